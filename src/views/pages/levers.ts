// The levers-and-reforms page: the four levers and six reforms with what is public of each,
// and the measures announced, tied to the reform they serve where a source says so.
import type { Datasets, Lever, Measure, Reform, Source } from "../../data/schema";
import { t, tCount, capitalize, formatDate, formatNumber, type Locale } from "../../core/i18n";
import { pick, sourcesFor } from "./localized";
import { reformStoryPath } from "./craft";

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
  /** "Levier 1", "Réforme 2". */
  label: string;
  /** The heading on the levers page: "Réforme 2 — name", or the label alone while the name is unpublished. */
  title: string;
  /** The line the home page lists: the name, else (reforms) the area of reform or the description. */
  listTitle: string;
  /** The measures serving this reform, by id and name, in the order of data/measures.csv. */
  measures: { id: string; name: string }[];
  /** The story page that tells this reform (locale-free path), or null. */
  storyPath: string | null;
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
  /** The headline figure with its unit ("80 %", "100 millions de dirhams"), or null when none. */
  valueText: string | null;
  /** "Annoncé pour le …" / "Annoncée le …", or "" when the date is not published. */
  effectiveText: string;
  announcedText: string;
  /** The link to the reform it serves: "Sert la réforme 2 : name" (or its number alone), "" when none. */
  reformText: string;
}

/** The page model. */
export interface LeversView {
  levers: PolicyItemView[];
  reforms: PolicyItemView[];
  measures: MeasureView[];
  sources: Source[];
}

function item(data: Datasets, row: Lever | Reform, id: string, locale: Locale): PolicyItemView {
  const isReform = "reform_id" in row;
  const name = pick(row, "name", locale);
  const description = pick(row, "description", locale);
  const isArea = "description_is_area" in row && row.description_is_area;
  const label = t(locale, isReform ? "levers.reform-n" : "levers.lever-n", { n: formatNumber(row.number, locale) });
  // Levers are listed by name only; a reform without a name by its area of reform or description.
  const summary = name || (isReform ? (isArea ? t(locale, "levers.reform-area") : description) : "");
  const linked = data.measures.filter((m) => m.reform_id === id);
  return {
    id,
    number: row.number,
    status: row.status,
    name,
    description,
    note: pick(row, "note", locale),
    isArea,
    sources: sourcesFor(data, row.source_ids),
    measureIds: linked.map((m) => m.measure_id),
    label,
    title: name ? `${label} — ${name}` : label,
    listTitle: summary ? `${label} — ${summary}` : label,
    measures: linked.map((m) => ({ id: m.measure_id, name: pick(m, "name", locale) })),
    storyPath: reformStoryPath(id),
  };
}

function measure(data: Datasets, m: Measure, locale: Locale): MeasureView {
  const reform = m.reform_id ? data.reforms.find((r) => r.reform_id === m.reform_id) : undefined;
  const reformName = reform ? pick(reform, "name", locale) : "";
  return {
    id: m.measure_id,
    name: pick(m, "name", locale),
    value: m.value,
    unit: m.unit,
    announcedOn: m.announced_on ?? "",
    effectiveOn: m.effective_on ?? "",
    note: pick(m, "note", locale),
    reform: reform ? { id: reform.reform_id, number: reform.number, name: reformName } : null,
    sources: sourcesFor(data, m.source_ids),
    valueText: m.value === null ? null : measureValue(m.value, m.unit, locale),
    effectiveText: m.effective_on ? t(locale, "levers.effective", { date: formatDate(m.effective_on, locale) }) : "",
    announcedText: m.announced_on ? t(locale, "levers.announced", { date: formatDate(m.announced_on, locale) }) : "",
    reformText: !reform
      ? ""
      : reformName
        ? t(locale, "levers.serves", { n: formatNumber(reform.number, locale), name: reformName })
        : t(locale, "levers.serves-unnamed", { n: formatNumber(reform.number, locale) }),
  };
}

/** A measure's figure in its unit: a percentage, millions of MAD, or the number alone. */
export function measureValue(value: number, unit: string, locale: Locale): string {
  const n = formatNumber(value, locale);
  return unit === "percent"
    ? t(locale, "levers.value-percent", { value: n })
    : unit === "mad_million"
      ? t(locale, "levers.value-mad_million", { value: n })
      : n;
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

/** The levers page: its items, section headings (with their table-of-contents entries) and groups. */
export interface LeversPageView extends LeversView {
  headings: { levers: string; reforms: string; measures: string };
  toc: { id: string; text: string }[];
  leverGroup: PolicyGroupView;
  reformGroup: PolicyGroupView;
}

/** Builds the levers page's model for a locale. */
export function leversPageView(data: Datasets, locale: Locale): LeversPageView {
  const view = leversView(data, locale);
  const headings = { ...leversHeadings(data, locale), measures: t(locale, "levers.measures") };
  return {
    ...view,
    headings,
    toc: [
      { id: "leviers", text: headings.levers },
      { id: "reformes", text: headings.reforms },
      { id: "mesures", text: headings.measures },
    ],
    leverGroup: policyGroupView(view.levers, "count.levers", locale),
    reformGroup: policyGroupView(view.reforms, "count.cross-cutting-reforms", locale),
  };
}

/** Levers or reforms as a page shows them: the ones with something published, and one statement for the rest. */
export interface PolicyGroupView {
  /** Items with a name or a description in a source, each shown on its own. */
  shown: PolicyItemView[];
  /** Items that are only counted: no name or description published. */
  unpublished: PolicyItemView[];
  /** The sources that count the unpublished items, item by item (each item's sources in turn). */
  unpublishedSources: Source[];
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
  return { shown, unpublished, unpublishedSources: unpublished.flatMap((i) => i.sources), statement, known: all ? (unpublished[0]?.note ?? "") : "" };
}

/** A small whole number in words where the string table has one ("six"), else in digits. */
function numberInWords(n: number, locale: Locale): string {
  const words = t(locale, "number.words").split("|");
  return Number.isInteger(n) && n >= 0 && n < words.length ? words[n] : formatNumber(n, locale);
}
