// The rows every regional map draws: one per region, joined with what is known of its office.
import type { Datasets, Office } from "../../data/schema";
import type { Locale, LocalizedText } from "../../core/i18n/locales";
import { cssVar } from "../../core/theme/tokens";

/** What is known of a region's office (the `status` column of data/offices.csv). */
export type OfficeStatus = Office["status"];

/** Statuses from most to least confirmed: the legend's order. */
export const officeStatuses: readonly OfficeStatus[] = ["opened", "reported-opened", "announced", "unknown"];

/** Fill colour per status: one colour-blind-safe family, with "unknown" the palest. */
export const statusFill: Record<OfficeStatus, string> = {
  opened: cssVar("status-known"),
  "reported-opened": cssVar("status-partial"),
  announced: cssVar("status-unknown"),
  unknown: cssVar("surface"),
};

/** Fill opacity per status: the less confirmed, the paler, so the map's weight follows what is known. */
export const statusOpacity: Record<OfficeStatus, number> = {
  opened: 1,
  "reported-opened": 0.55,
  announced: 0.45,
  unknown: 1,
};

/** One region as the maps draw it. */
export interface RegionOfficeRow {
  code: string;
  name: LocalizedText;
  capital: LocalizedText;
  capitalLonLat: [number, number];
  status: OfficeStatus;
  sourceIds: string[];
}

/** Regions in code order with their office's status; a region with no office row is "unknown". */
export function regionOfficeRows(data: Pick<Datasets, "regions" | "offices">): RegionOfficeRow[] {
  return [...(data.regions ?? [])]
    .sort((a, b) => a.region_code.localeCompare(b.region_code))
    .map((r) => {
      const office = (data.offices ?? []).find((o) => o.region_code === r.region_code);
      return {
        code: r.region_code,
        name: { fr: r.name_fr, ar: r.name_ar, en: r.name_en },
        capital: { fr: r.capital_fr, ar: r.capital_ar, en: r.capital_en },
        capitalLonLat: [r.capital_lon, r.capital_lat] as [number, number],
        status: office?.status ?? "unknown",
        sourceIds: office?.source_ids ?? [],
      };
    });
}

/** The URL slug of a region's page: its ISO code in lower case ("MA-06" → "ma-06"). */
export function regionSlug(code: string): string {
  return code.toLowerCase();
}

/** The site path of a region's page, without locale ("regions/ma-06/"). */
export function regionPath(code: string): string {
  return `regions/${regionSlug(code)}/`;
}

/** The name of a row in a locale. */
export function nameIn(row: RegionOfficeRow, locale: Locale): string {
  return row.name[locale];
}
