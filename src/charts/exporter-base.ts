// How many firms export, and what would +400 new exporters a year add by 2027, next to the +200 a
// year that Maroc Export Plus aimed for? Reads data/exporters.csv, data/goals.csv (new-exporters)
// and data/past_plans.csv (maroc-export-plus). The 2025 count ("about 6,000", definition not
// stated) is drawn as its own point, never joined to the 2011–2019 series, which use other
// definitions. Both paths start from that 2025 count: they show pace, not a forecast.
// Right-to-left: the time axis is not mirrored (same editorial choice as exports-vs-target).
import * as Plot from "@observablehq/plot";
import { defineChart } from "./types";
import { basePlotOptions, colon, labelLeft, labelRight, numberTick, uniqueIds, yearTick } from "./plotStyle";
import { cssVar } from "../lib/theme/tokens";
import { goalById } from "../lib/data/derive";
import { formatNumber, formatYear } from "../i18n/format";
import type { Locale } from "../i18n/locales";

type Series = "all" | "active" | "stated" | "path-goal" | "path-past";
interface Point {
  series: Series;
  year: number;
  count: number;
}
interface Rows {
  points: Point[];
  perYear: { goal: number; past: number };
  pastPeriod: { start: number | null; end: number | null };
  sourceIds: string[];
}

const seriesLabel: Record<Series, Record<Locale, string>> = {
  all: { fr: "Tous les exportateurs", ar: "جميع المصدرين", en: "All exporters" },
  active: { fr: "Exportateurs actifs (plus de 1 MDH)", ar: "المصدرون النشطون (أكثر من مليون درهم)", en: "Active exporters (over 1 MDH)" },
  stated: { fr: "Environ 6 000, définition non précisée", ar: "حوالي 6000، دون تحديد التعريف", en: "About 6,000, definition not stated" },
  "path-goal": { fr: "+400 par an (feuille de route)", ar: "+400 سنويا (خارطة الطريق)", en: "+400 a year (roadmap)" },
  "path-past": { fr: "+200 par an (rythme visé par Maroc Export Plus)", ar: "+200 سنويا (وتيرة ماروك إكسبور بلوس)", en: "+200 a year (Maroc Export Plus pace)" },
};
const shortLabel: Record<Series, Record<Locale, string>> = {
  all: { fr: "Tous", ar: "الجميع", en: "All" },
  active: { fr: "Actifs", ar: "النشطون", en: "Active" },
  stated: { fr: "≈", ar: "≈", en: "≈" },
  "path-goal": { fr: "+400/an", ar: "+400 سنويا", en: "+400/yr" },
  "path-past": { fr: "+200/an", ar: "+200 سنويا", en: "+200/yr" },
};
const colour: Record<Series, Parameters<typeof cssVar>[0]> = {
  all: "exports",
  active: "imports",
  stated: "text",
  "path-goal": "target",
  "path-past": "target-alt",
};
const order: Series[] = ["all", "active", "stated", "path-goal", "path-past"];

export default defineChart<Rows>({
  id: "exporter-base",
  title: {
    fr: "Combien d'entreprises exportent, et le chemin de +400 par an",
    ar: "كم مقاولة تصدّر، ومسار +400 سنويا",
    en: "How many firms export, and the +400-a-year path",
  },
  dek: {
    fr: "Nombre d'entreprises exportatrices, et ce que donneraient d'ici 2027 400 nouveaux exportateurs par an, à côté des 200 par an visés par Maroc Export Plus",
    ar: "عدد المقاولات المصدرة، وما سيعطيه في أفق 2027 إحداث 400 مصدر جديد سنويا، مقارنة بـ200 سنويا استهدفها مخطط ماروك إكسبور بلوس",
    en: "Number of exporting firms, and what 400 new exporters a year would add by 2027, beside the 200 a year Maroc Export Plus aimed for",
  },
  notes: {
    fr: "Les chiffres 2011 et 2019 viennent d'une étude de l'Office des Changes (deux définitions) ; celui de 2025 est une valeur approximative citée sans définition : il n'est pas relié aux précédents. Les deux chemins partent de ce chiffre et supposent que les nouveaux exportateurs s'ajoutent sans départs ; ce sont des rythmes, pas des prévisions.",
    ar: "أرقام 2011 و2019 مأخوذة من دراسة لمكتب الصرف (بتعريفين)؛ أما رقم 2025 فقيمة تقريبية ذُكرت دون تعريف: لذلك لا يُربط بما سبقه. ينطلق المساران من هذا الرقم ويفترضان أن المصدرين الجدد يُضافون دون خروج أي مصدر؛ إنهما وتيرتان لا توقعات.",
    en: "The 2011 and 2019 counts come from an Office des Changes study (two definitions); the 2025 figure is an approximate value quoted without a definition, so it is not joined to them. Both paths start from that figure and assume new exporters add up with no exits; they show pace, not forecasts.",
  },
  rtl: { mirror: false, why: "Time axis kept left to right in Arabic, as in exports-vs-target." },
  select(data) {
    const goal = goalById(data.goals, "new-exporters");
    const past = data.pastPlans.find((p) => p.plan_id === "maroc-export-plus" && p.metric === "new-exporters");
    if (!past || past.target_value === null) throw new Error("data/past_plans.csv lacks maroc-export-plus new-exporters");
    if (goal.baseline_value === null || goal.baseline_year === null) throw new Error("the new-exporters goal has no baseline");
    const points: Point[] = data.exporters
      .filter((r) => r.year !== goal.baseline_year)
      .map((r) => ({ series: r.definition, year: r.year, count: r.count }));
    points.push({ series: "stated", year: goal.baseline_year, count: goal.baseline_value });
    for (let year = goal.baseline_year; year <= goal.horizon_year; year++) {
      const k = year - goal.baseline_year;
      points.push({ series: "path-goal", year, count: goal.baseline_value + goal.target_value * k });
      points.push({ series: "path-past", year, count: goal.baseline_value + past.target_value * k });
    }
    points.sort((a, b) => order.indexOf(a.series) - order.indexOf(b.series) || a.year - b.year);
    return {
      points,
      perYear: { goal: goal.target_value, past: past.target_value },
      pastPeriod: { start: past.period_start, end: past.period_end },
      sourceIds: uniqueIds(...data.exporters.map((r) => r.source_ids), goal.source_ids, past.source_ids),
    };
  },
  sources(rows) {
    return rows.sourceIds;
  },
  table(rows, locale) {
    const years = [...new Set(rows.points.map((p) => p.year))].sort((a, b) => a - b);
    const at = (s: Series, year: number) => rows.points.find((p) => p.series === s && p.year === year)?.count ?? null;
    return {
      columns: [{ fr: "Année", ar: "السنة", en: "Year" }[locale], ...order.map((s) => seriesLabel[s][locale])],
      rows: years.map((year) => [formatYear(year, locale), ...order.map((s) => at(s, year))]),
    };
  },
  describe(rows, locale) {
    const n = (v: number) => formatNumber(v, locale);
    const y = (v: number) => formatYear(v, locale);
    const get = (s: Series) => rows.points.filter((p) => p.series === s);
    const [all, active, stated, goal, past] = [get("all"), get("active"), get("stated")[0], get("path-goal"), get("path-past")];
    const [a0, a1, b0, b1] = [all[0], all[all.length - 1], active[0], active[active.length - 1]];
    const [g, p] = [goal[goal.length - 1], past[past.length - 1]];
    if (locale === "fr") {
      return `Selon l'Office des Changes, le nombre d'exportateurs est passé de ${n(a0.count)} en ${y(a0.year)} à ${n(a1.count)} en ${y(a1.year)}, et celui des exportateurs actifs de ${n(b0.count)} à ${n(b1.count)}. En ${y(stated.year)}, on parle d'environ ${n(stated.count)} exportateurs, sans définition. À +${n(rows.perYear.goal)} par an, cette base atteindrait ${n(g.count)} en ${y(g.year)} ; au rythme de +${n(rows.perYear.past)} par an visé par Maroc Export Plus, ${n(p.count)}.`;
    }
    if (locale === "ar") {
      return `حسب مكتب الصرف، انتقل عدد المصدرين من ${n(a0.count)} سنة ${y(a0.year)} إلى ${n(a1.count)} سنة ${y(a1.year)}، وعدد المصدرين النشطين من ${n(b0.count)} إلى ${n(b1.count)}. وفي ${y(stated.year)} يُتحدث عن حوالي ${n(stated.count)} مصدر دون تعريف. بزيادة ${n(rows.perYear.goal)} سنويا، ستبلغ هذه القاعدة ${n(g.count)} سنة ${y(g.year)}؛ وبوتيرة ${n(rows.perYear.past)} سنويا التي استهدفها ماروك إكسبور بلوس، ${n(p.count)}.`;
    }
    return `According to the Office des Changes, the number of exporters went from ${n(a0.count)} in ${y(a0.year)} to ${n(a1.count)} in ${y(a1.year)}, and active exporters from ${n(b0.count)} to ${n(b1.count)}. In ${y(stated.year)}, about ${n(stated.count)} exporters are quoted, with no definition. At +${n(rows.perYear.goal)} a year, this base would reach ${n(g.count)} in ${y(g.year)}; at the +${n(rows.perYear.past)} a year Maroc Export Plus aimed for, ${n(p.count)}.`;
  },
  points(rows, locale) {
    return rows.points.map((p) => ({
      x: p.year,
      y: p.count,
      label: `${seriesLabel[p.series][locale]}, ${formatYear(p.year, locale)}${colon(locale)}${formatNumber(p.count, locale)}`,
    }));
  },
  render(rows, { locale, width, document }) {
    const narrow = width < 480;
    const lines = rows.points.filter((p) => p.series !== "stated");
    const ends = order
      .filter((s) => s !== "stated")
      .map((s) => rows.points.filter((p) => p.series === s).at(-1)!);
    const stated = rows.points.filter((p) => p.series === "stated");
    const years = rows.points.map((p) => p.year);
    const label = (p: Point) => `${formatNumber(p.count, locale)} ${(narrow || p.series.startsWith("path") ? shortLabel : seriesLabel)[p.series][locale]}`;
    // The two paths end close together: nudge their labels apart.
    const nudge = (p: Point) => (p.series === "path-goal" ? -8 : p.series === "path-past" ? 8 : 0);
    return Plot.plot({
      ...basePlotOptions(locale, width),
      document,
      height: narrow ? 320 : 380,
      marginLeft: 48,
      marginRight: narrow ? 96 : 120,
      x: { label: null, domain: [Math.min(...years), Math.max(...years)], tickFormat: yearTick(locale), ticks: narrow ? 4 : 8 },
      y: { label: null, grid: true, domain: [0, Math.max(...rows.points.map((p) => p.count)) * 1.08], tickFormat: numberTick(locale), ticks: 5 },
      marks: [
        Plot.ruleY([0], { stroke: cssVar("rule") }),
        // Observed counts: solid. Paths: dashed, as they are paces, not data.
        ...[false, true].map((path) =>
          Plot.lineY(lines.filter((p) => p.series.startsWith("path") === path), {
            x: "year",
            y: "count",
            z: "series",
            stroke: (p: Point) => cssVar(colour[p.series]),
            strokeWidth: path ? 2 : 2.5,
            strokeDasharray: path ? "5 4" : undefined,
            ariaHidden: "true",
          }),
        ),
        Plot.dot(lines.filter((p) => !p.series.startsWith("path")), { x: "year", y: "count", fill: (p: Point) => cssVar(colour[p.series]), r: 3.5, ariaHidden: "true" }),
        Plot.dot(stated, { x: "year", y: "count", stroke: cssVar("text"), fill: cssVar("bg"), strokeWidth: 2, r: 5, ariaHidden: "true" }),
        ...ends.map((end) =>
          Plot.text([end], { x: "year", y: "count", text: label, dx: locale === "ar" ? 12 : 8, dy: nudge(end), fill: cssVar(colour[end.series]), fontWeight: 600, ariaHidden: "true", ...labelRight(locale) }),
        ),
        Plot.text(stated, {
          x: "year",
          y: "count",
          text: (p: Point) => (narrow ? `≈ ${formatNumber(p.count, locale)}` : `≈ ${formatNumber(p.count, locale)} (${{ fr: "définition non précisée", ar: "دون تعريف", en: "definition not stated" }[locale]})`),
          dy: 16,
          fill: cssVar("text"),
          ariaHidden: "true",
          ...labelLeft(locale),
        }),
      ],
    }) as unknown as Element;
  },
});
