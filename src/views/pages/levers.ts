// The levers-and-reforms page: the four levers and six reforms with what is public of each,
// and the measures announced, tied to the reform they serve where a source says so.
import type { Datasets, Lever, Measure, Reform, Source } from "../../data/schema";
import { t, tCount, capitalize, formatNumber, type Locale } from "../../core/i18n";
import { pick, sourcesFor } from "./localized";

/** A lever or reform as shown: name, description and note in the locale ("" when not published). */
export interface PolicyItemView {
  id: string;
  number: number;
  status: Lever["status"];
  name: string;
  description: string;
  note: string;
  /** True when the description is only an area of reform a source lists, not the reform's title. */
  isArea: boolean;
  sources: Source[];
  measureIds: string[];
}

/** A measure as shown, with its headline figure and the reform it serves (null if no source says). */
export interface MeasureView {
  id: string;
  name: string;
  value: number | null;
  unit: string;
  announcedOn: string;
  effectiveOn: string;
  note: string;
  reform: { id: string; number: number; name: string } | null;
  sources: Source[];
}

/** The page model. */
export interface LeversView {
  levers: PolicyItemView[];
  reforms: PolicyItemView[];
  measures: MeasureView[];
  sources: Source[];
}

function item(data: Datasets, row: Lever | Reform, id: string, locale: Locale): PolicyItemView {
  return {
    id,
    number: row.number,
    status: row.status,
    name: pick(row, "name", locale),
    description: pick(row, "description", locale),
    note: pick(row, "note", locale),
    isArea: "description_is_area" in row && row.description_is_area,
    sources: sourcesFor(data, row.source_ids),
    measureIds: data.measures.filter((m) => m.reform_id === id).map((m) => m.measure_id),
  };
}

function measure(data: Datasets, m: Measure, locale: Locale): MeasureView {
  const reform = m.reform_id ? data.reforms.find((r) => r.reform_id === m.reform_id) : undefined;
  return {
    id: m.measure_id,
    name: pick(m, "name", locale),
    value: m.value,
    unit: m.unit,
    announcedOn: m.announced_on ?? "",
    effectiveOn: m.effective_on ?? "",
    note: pick(m, "note", locale),
    reform: reform ? { id: reform.reform_id, number: reform.number, name: pick(reform, "name", locale) } : null,
    sources: sourcesFor(data, m.source_ids),
  };
}

/** Builds the levers-and-reforms model for a locale. */
export function leversView(data: Datasets, locale: Locale): LeversView {
  const levers = [...data.levers].sort((a, b) => a.number - b.number).map((l) => item(data, l, l.lever_id, locale));
  const reforms = [...data.reforms].sort((a, b) => a.number - b.number).map((r) => item(data, r, r.reform_id, locale));
  const measures = data.measures.map((m) => measure(data, m, locale));
  const sources = sourcesFor(
    data,
    [...data.levers, ...data.reforms, ...data.measures].flatMap((r) => r.source_ids),
  );
  return { levers, reforms, measures, sources };
}

/** The levers page's section headings, counting the rows ("Les quatre leviers"). */
export function leversHeadings(data: Datasets, locale: Locale): { levers: string; reforms: string } {
  return {
    levers: capitalize(t(locale, "levers.levers", { levers: tCount(locale, "count.levers", data.levers.length) }), locale),
    reforms: capitalize(t(locale, "levers.reforms", { reforms: tCount(locale, "count.cross-cutting-reforms", data.reforms.length) }), locale),
  };
}

/** Levers or reforms as a page shows them: the ones with something published, and one statement for the rest. */
export interface PolicyGroupView {
  /** Items with a name or a description in a source, each shown on its own. */
  shown: PolicyItemView[];
  /** Items that are only counted: no name or description published. */
  unpublished: PolicyItemView[];
  /** "Les noms des quatre leviers n'ont pas été publiés." or "Noms non publiés : deux réformes… sur six."; "" when none. */
  statement: string;
  /**
   * What the sources say about the unnamed items, when every item is unnamed: the first one's note
   * (the other rows point back to it). With some items named, each note speaks of one row
   * ("celle-ci"), which would misread as a statement about the group, so it stays on the levers page's
   * data download and sources instead.
   */
  known: string;
}

/** Groups items into those shown one by one and a single statement for the unpublished ones. */
export function policyGroupView(items: PolicyItemView[], countKey: "count.levers" | "count.cross-cutting-reforms", locale: Locale): PolicyGroupView {
  const shown = items.filter((i) => i.status !== "not-published" || i.name || i.description);
  const unpublished = items.filter((i) => !shown.includes(i));
  const all = shown.length === 0;
  const statement =
    unpublished.length === 0
      ? ""
      : all
        ? t(locale, "unpublished.all", { items: tCount(locale, countKey, items.length) })
        : t(locale, "unpublished.some", { items: tCount(locale, countKey, unpublished.length), total: numberInWords(items.length, locale) });
  return { shown, unpublished, statement, known: all ? (unpublished[0]?.note ?? "") : "" };
}

/** A small whole number in words where the string table has one ("six"), else in digits. */
function numberInWords(n: number, locale: Locale): string {
  const words = t(locale, "number.words").split("|");
  return Number.isInteger(n) && n >= 0 && n < words.length ? words[n] : formatNumber(n, locale);
}
