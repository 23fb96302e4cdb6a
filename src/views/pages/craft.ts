// Where the craft and social-economy story is linked from: the reform it belongs to (levers page)
// and the region pages that have a craft export figure of their own.
import type { Datasets, Source } from "../../data/schema";
import { sourcesFor } from "./localized";
import { formatNumber, formatYear } from "../../core/i18n/format";
import { t } from "../../core/i18n";
import type { Locale } from "../../core/i18n/locales";

/** The story page on craft and SSE exports. */
export const CRAFT_STORY_PATH = "artisanat-et-economie-sociale/";

/**
 * Story pages that explain a reform in depth, by reform id. Reform 3 is "promotion of craft and SSE
 * exports" in data/reforms.csv; the page is about exactly that.
 */
const REFORM_STORIES: Record<string, string> = { "reform-3": CRAFT_STORY_PATH };

/** The story explaining this reform, or null. */
export function reformStoryPath(reformId: string): string | null {
  return REFORM_STORIES[reformId] ?? null;
}

/** A region's own craft export figure (latest year), as one sentence with its sources, or null. */
export function regionCraftExports(data: Datasets, regionCode: string, locale: Locale): { text: string; sources: Source[] } | null {
  const rows = data.craftExportsByRegion.filter((r) => r.region_code === regionCode).sort((a, b) => a.year - b.year);
  const latest = rows[rows.length - 1];
  if (!latest) return null;
  const value = formatNumber(latest.exports_mad_m, locale, { maximumFractionDigits: 2 });
  const year = formatYear(latest.year, locale);
  const text =
    latest.change_pct === null
      ? t(locale, "craft.region-line", { value, year })
      : t(locale, "craft.region-line-change", {
          value,
          year,
          change: formatNumber(latest.change_pct / 100, locale, { style: "percent", maximumFractionDigits: 1 }),
        });
  const note = latest[`note_${locale}`];
  return { text: note ? `${text} ${note}` : text, sources: sourcesFor(data, latest.source_ids) };
}
