// How concentrated are exports among firms? Each published figure is a row: the share of firms
// (hollow dot) and the share of exports they make (filled dot). The disputed statement appears
// twice, as "2 %" and as "20 %", each tagged with how well sources support it (data/claims.csv,
// data/claim_readings.csv); neither is hidden. Reads data/firm_concentration.csv.
// Right-to-left: mirrored. Rows are categories: in Arabic the 0 % edge and the labels sit right.
import * as Plot from "@observablehq/plot";
import { defineChart } from "./kit/types";
import { colon, textDirection, uniqueIds, plotChart, isNarrow } from "./kit/plotStyle";
import { cssVar } from "../core/theme/tokens";
import { formatNumber, formatYear } from "../core/i18n/format";
import type { Locale } from "../core/i18n/locales";
import { t, type StringKey } from "../core/i18n";

type Support = "best-supported" | "weaker" | "unresolved" | "single";
interface Figure {
  figure_id: string;
  year: number | null;
  firms: number;
  exports: number;
  support: Support;
  publishers: string[];
  source_ids: string[];
}
interface Rows {
  figures: Figure[];
  question: Record<Locale, string> | null;
}

const supportLabel: Record<Support, StringKey> = {
  "best-supported": "chart.firm-concentration.support.best-supported",
  weaker: "chart.firm-concentration.support.weaker",
  unresolved: "chart.firm-concentration.support.unresolved",
  single: "chart.firm-concentration.support.single",
};
const pct = (v: number, locale: Locale) => formatNumber(v / 100, locale, { style: "percent", maximumFractionDigits: 1 });

/** The versions of the disputed figure (one statement reported with different shares), smallest first. */
const disputed = (rows: Rows) => rows.figures.filter((f) => f.support !== "single").sort((a, b) => a.firms - b.firms);

/** One row's sentence: "2 % of firms make 70 % of exports". */
function sentence(f: Figure, locale: Locale): string {
  return t(locale, "chart.firm-concentration.row", { firms: pct(f.firms, locale), exports: pct(f.exports, locale) });
}

/** A row's heading: who says it, when, and its standing. */
function heading(f: Figure, locale: Locale): string {
  const year = f.year === null ? t(locale, "chart.firm-concentration.year-not-stated") : formatYear(f.year, locale);
  return `${f.publishers.join(", ")} (${year}) — ${t(locale, supportLabel[f.support])}`;
}

export default defineChart<Rows>({
  id: "firm-concentration",
  title(rows, locale) {
    const asked = disputed(rows).map((f) => pct(f.firms, locale));
    const or = t(locale, "chart.firm-concentration.title-or");
    const lead = t(locale, "chart.firm-concentration.title");
    return asked.length ? t(locale, "chart.firm-concentration.title-asked", { lead, values: asked.join(or) }) : lead;
  },
  dek: "chart.firm-concentration.dek",
  notes(rows, locale) {
    const versions = disputed(rows);
    if (versions.length < 2) return "";
    const or = t(locale, "chart.firm-concentration.notes-or");
    const listed = versions.map((f) => pct(f.firms, locale)).join(or);
    const best = versions.find((f) => f.support === "best-supported");
    const bestText = best ? t(locale, "chart.firm-concentration.notes-best", { share: pct(best.firms, locale) }) : "";
    return t(locale, "chart.firm-concentration.notes", { listed, bestText });
  },
  rtl: { mirror: true, why: "Rows are categories: in Arabic the scale starts at the right edge, where the row labels begin." },
  select(data) {
    const figures = data.firmConcentration.map((f) => {
      const readings = data.claimReadings.filter((r) => r.claim_id === f.claim_id);
      const reading = readings.find((r) => r.source_ids.some((id) => f.source_ids.includes(id)));
      const publishers = [...new Set(f.source_ids.map((id) => data.sources.find((s) => s.source_id === id)?.publisher ?? id))];
      return {
        figure_id: f.figure_id,
        year: f.year,
        firms: f.share_of_firms_pct,
        exports: f.share_of_exports_pct,
        support: (f.claim_id ? (reading?.support ?? "unresolved") : "single") as Support,
        publishers,
        source_ids: f.source_ids,
      };
    });
    const claimId = data.firmConcentration.find((f) => f.claim_id)?.claim_id;
    const claim = data.claims.find((c) => c.claim_id === claimId);
    return { figures, question: claim ? { fr: claim.question_fr, ar: claim.question_ar, en: claim.question_en } : null };
  },
  sources(rows) {
    return uniqueIds(...rows.figures.map((f) => f.source_ids));
  },
  table(rows, locale) {
    return {
      columns: [
        t(locale, "chart.source"),
        t(locale, "chart.year"),
        t(locale, "chart.firm-concentration.col.firms"),
        t(locale, "chart.firm-concentration.col.exports"),
        t(locale, "chart.firm-concentration.col.status"),
      ],
      rows: rows.figures.map((f) => [
        f.publishers.join(", "),
        f.year === null ? null : formatYear(f.year, locale),
        pct(f.firms, locale),
        pct(f.exports, locale),
        t(locale, supportLabel[f.support]),
      ]),
    };
  },
  describe(rows, locale) {
    const disputed = rows.figures.filter((f) => f.support !== "single");
    const others = rows.figures.filter((f) => f.support === "single");
    const list = (fs: Figure[]) => fs.map((f) => `${sentence(f, locale)} (${f.publishers.join(", ")})`).join(t(locale, "list.separator.semicolon"));
    return t(locale, "chart.firm-concentration.describe", { disputed: list(disputed), others: list(others) });
  },
  points(rows, locale) {
    return rows.figures.flatMap((f) => [
      { x: f.firms, y: f.figure_id, label: `${heading(f, locale)}${colon(locale)}${sentence(f, locale)}` },
      { x: f.exports, y: f.figure_id, label: `${heading(f, locale)}${colon(locale)}${sentence(f, locale)}` },
    ]);
  },
  render(rows, { locale, width, document }) {
    const narrow = isNarrow(width);
    const ar = locale === "ar";
    const dir = ar ? { textAnchor: "start" as const, ...textDirection(locale) } : { textAnchor: "start" as const };
    const firmsWord = t(locale, "chart.firm-concentration.of-firms");
    const exportsWord = t(locale, "chart.firm-concentration.of-exports");
    return plotChart(
      { locale, width, document },
      {
        height: rows.figures.length * (narrow ? 104 : 76) + 50,
        // Half of the 0 % and 100 % ticks sit beyond the plot.
        marginLeft: 24,
        marginRight: 24,
        marginTop: 36,
        marginBottom: 30,
        x: { label: null, domain: [0, 100], reverse: ar, ticks: [0, 25, 50, 75, 100], tickFormat: (d: number) => pct(d, locale), grid: true },
        y: { label: null, axis: null, domain: rows.figures.map((f) => f.figure_id), paddingInner: 0.2, paddingOuter: 0.1 },
        marks: [
          // The two versions of the disputed statement share a tinted band.
          Plot.barX(
            rows.figures.filter((f) => f.support !== "single"),
            { x1: 0, x2: 100, y: "figure_id", fill: cssVar("surface"), insetTop: -30 },
          ),
          Plot.ruleY(rows.figures, { y: "figure_id", x1: "firms", x2: "exports", stroke: cssVar("muted"), strokeWidth: 2 }),
          Plot.dot(rows.figures, { x: "firms", y: "figure_id", r: 6, stroke: cssVar("imports"), strokeWidth: 2.5, fill: cssVar("bg") }),
          Plot.dot(rows.figures, { x: "exports", y: "figure_id", r: 6, fill: cssVar("exports") }),
          Plot.text(rows.figures, {
            x: 0,
            y: "figure_id",
            dy: -13,
            lineAnchor: "bottom",
            text: (f: Figure) => heading(f, locale),
            lineWidth: narrow ? (ar ? 19 : 24) : ar ? 44 : 52,
            fontWeight: 600,
            fill: cssVar("text"),
            ...dir,
          }),
          Plot.text(rows.figures, {
            x: "firms",
            y: "figure_id",
            dy: 18,
            text: (f: Figure) => `${pct(f.firms, locale)} ${firmsWord}`,
            fill: cssVar("imports"),
            fontWeight: 600,
            ...dir,
          }),
          Plot.text(rows.figures, {
            x: "exports",
            y: "figure_id",
            dy: narrow ? 34 : 18,
            text: (f: Figure) => `${pct(f.exports, locale)} ${exportsWord}`,
            fill: cssVar("exports"),
            fontWeight: 600,
            ...(ar ? { textAnchor: "end" as const, ...textDirection(locale) } : { textAnchor: "end" as const }),
          }),
        ],
      },
    );
  },
});
