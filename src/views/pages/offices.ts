// The regional-offices page: one row per office with its region, status and what is known, and
// what the record does not give said once in words (for all offices, or for one), not as empty rows.
import type { Datasets, Office, Source } from "../../data/schema";
import type { Locale } from "../../core/i18n/locales";
import { t, tCount, formatList, formatDate } from "../../core/i18n";
import { pick } from "./localized";
import { sourcesFor } from "./localized";

/** An office as shown. */
export interface OfficeView {
  id: string;
  regionCode: string;
  regionName: string;
  status: Office["status"];
  place: string;
  announcedOn: string;
  /** The announcement date as read, "" when not published. */
  announcedText: string;
  openedOn: string;
  /** The opening date as read, "" when not published. */
  openedText: string;
  note: string;
}

/** The page model: the offices, the note they share (if all notes are the same), and sources. */
export interface OfficesView {
  offices: OfficeView[];
  commonNote: string;
  /**
   * What sources do not give, as few sentences as possible: the facts missing for every office in
   * one, then the facts missing for some, grouped by how many offices lack them (none when all is known).
   */
  unpublished: string[];
  sources: Source[];
}

/** The facts an office row can give, in reading order. */
export const OFFICE_FACTS = ["place", "announced", "opened"] as const;
export type OfficeFact = (typeof OFFICE_FACTS)[number];

/** The facts the record does not give for an office (all of them when the region has no row). */
export function missingOfficeFacts(office: Office | undefined): OfficeFact[] {
  const value: Record<OfficeFact, unknown> = { place: office?.place, announced: office?.announced_on, opened: office?.opened_on };
  return OFFICE_FACTS.filter((fact) => !value[fact]);
}

/**
 * One sentence for the facts not published: "Pas encore publié pour ce bureau : la ville ou
 * l'adresse, la date d'annonce et la date d'ouverture." For `offices` > 1, for all of them. "" if none.
 */
export function unpublishedOfficeFacts(missing: readonly OfficeFact[], locale: Locale, offices = 1): string {
  if (missing.length === 0) return "";
  const items = formatList(
    missing.map((fact) => t(locale, `office.fact.${fact}`)),
    locale,
  );
  return offices > 1
    ? t(locale, "office.unpublished-all", { offices: tCount(locale, "count.offices", offices), items })
    : t(locale, "office.unpublished-one", { items });
}

/** Builds the offices model for a locale, in region-code order. */
export function officesView(data: Datasets, locale: Locale): OfficesView {
  const offices = [...data.offices]
    .sort((a, b) => a.region_code.localeCompare(b.region_code))
    .map((o) => {
      const region = data.regions.find((r) => r.region_code === o.region_code);
      return {
        id: o.office_id,
        regionCode: o.region_code,
        regionName: region ? pick(region, "name", locale) : o.region_code,
        status: o.status,
        place: o.place,
        announcedOn: o.announced_on ?? "",
        announcedText: o.announced_on ? formatDate(o.announced_on, locale) : "",
        openedOn: o.opened_on ?? "",
        openedText: o.opened_on ? formatDate(o.opened_on, locale) : "",
        note: pick(o, "note", locale),
        missing: missingOfficeFacts(o),
      };
    });
  const notes = new Set(offices.map((o) => o.note));
  const commonNote = notes.size === 1 ? [...notes][0] : "";
  // Facts grouped by how many offices lack them, most first: one sentence per group, never one per office.
  const lacking = new Map<number, OfficeFact[]>();
  for (const fact of OFFICE_FACTS) {
    const count = offices.filter((o) => o.missing.includes(fact)).length;
    if (count > 0) lacking.set(count, [...(lacking.get(count) ?? []), fact]);
  }
  const unpublished = [...lacking.entries()]
    .sort(([a], [b]) => b - a)
    .map(([count, facts]) =>
      count === offices.length
        ? unpublishedOfficeFacts(facts, locale, count)
        : t(locale, "office.unpublished-some", {
            count: tCount(locale, "count.number", count),
            offices: tCount(locale, "count.offices", offices.length),
            items: formatList(
              facts.map((fact) => t(locale, `office.fact.${fact}`)),
              locale,
            ),
          }),
    );
  return {
    offices: offices.map(({ missing: _missing, ...o }) => ({ ...o, note: commonNote ? "" : o.note })),
    commonNote,
    unpublished,
    sources: sourcesFor(
      data,
      data.offices.flatMap((o) => o.source_ids),
    ),
  };
}
