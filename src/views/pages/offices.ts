// The regional-offices page: one row per office with its region, status and what is known.
import type { Datasets, Office, Source } from "../../data/schema";
import { formatDate, type Locale } from "../../core/i18n";
import { pick } from "./localized";
import { sourcesFor } from "./localized";

/** An office as shown. */
export interface OfficeView {
  id: string;
  regionCode: string;
  regionName: string;
  status: Office["status"];
  place: string;
  openedOn: string;
  /** The opening date as read, "" when not published. */
  openedText: string;
  note: string;
}

/** The page model: the offices, the note they share (if all notes are the same), and sources. */
export interface OfficesView {
  offices: OfficeView[];
  commonNote: string;
  sources: Source[];
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
        openedOn: o.opened_on ?? "",
        openedText: o.opened_on ? formatDate(o.opened_on, locale) : "",
        note: pick(o, "note", locale),
      };
    });
  const notes = new Set(offices.map((o) => o.note));
  const commonNote = notes.size === 1 ? [...notes][0] : "";
  return {
    offices: offices.map((o) => (commonNote ? { ...o, note: "" } : o)),
    commonNote,
    sources: sourcesFor(
      data,
      data.offices.flatMap((o) => o.source_ids),
    ),
  };
}
