import type { Datasets, Source } from "../../data/schema";
import { localized } from "../../core/i18n/locales";

/** Picks the `<base>_<locale>` field of a row, e.g. name_fr / name_ar / name_en (core's one picker). */
export { localized as pick };

/** Looks up source rows by id, in order, without duplicates. */
export function sourcesFor(data: Datasets, ids: string[]): Source[] {
  return [...new Set(ids)].map((id) => data.sources.find((s) => s.source_id === id)).filter((s): s is Source => Boolean(s));
}
