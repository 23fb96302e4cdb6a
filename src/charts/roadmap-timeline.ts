// The roadmap's milestones, from the Secretary of State's appointment to the regional forum.
// Reads data/milestones.csv. A vertical timeline: dots sit at their true date on a time line
// (top = earliest); labels follow in date order and are pushed down only where events crowd,
// with a thin connector back to their dot. Month-precision dates are shown as months.
// Right-to-left: mirrored. Dates sit on the start side of the line and titles on the end side,
// so in Arabic the dates are on the right and the titles run leftwards from the line.
import * as Plot from "@observablehq/plot";
import { defineChart } from "./kit/types";
import { charsFor, colon, fontSizeFor, textDirection, wrapText, plotChart, isNarrow } from "./kit/plotStyle";
import { cssVar } from "../core/theme/tokens";
import { formatDate } from "../core/i18n/format";
import type { Locale } from "../core/i18n/locales";
import { t } from "../core/i18n";

interface Milestone {
  id: string;
  date: string;
  precision: "day" | "month";
  kind: string;
  titles: Record<Locale, string>;
  places: Record<Locale, string>;
  source_ids: string[];
}
type Rows = Milestone[];

interface Placed {
  m: Milestone;
  dotY: number;
  labelY: number;
  lines: string[];
  date: string;
}

/** The title, with its place in brackets unless the title already names it. */
function withPlace(m: Milestone, locale: Locale): string {
  const place = m.places[locale];
  return place && !m.titles[locale].includes(place) ? `${m.titles[locale]} (${place})` : m.titles[locale];
}

/** Lays out the timeline for a width: dot positions by date, labels pushed apart where they crowd. */
function layout(rows: Rows, locale: Locale, width: number) {
  const narrow = isNarrow(width);
  const lineX = narrow ? 124 : 150;
  const textWidth = width - lineX - 24;
  const lh = fontSizeFor(width) * 1.3;
  const top = 16;
  const t0 = Date.parse(rows[0].date);
  const t1 = Date.parse(rows[rows.length - 1].date);
  const span = narrow ? 620 : 520;
  const placed: Placed[] = [];
  let bottom = 0;
  for (const m of rows) {
    const dotY = top + ((Date.parse(m.date) - t0) / Math.max(1, t1 - t0)) * span;
    const title = withPlace(m, locale);
    const lines = wrapText(title, charsFor(textWidth, width));
    const labelY = Math.max(dotY, bottom);
    bottom = labelY + lines.length * lh + 10;
    // On phones, steps a few days apart would need long leader lines that fan out and cross:
    // there the dot moves down with its label (the order and the dates stay exact).
    placed.push({ m, dotY: narrow ? labelY : dotY, labelY, lines, date: formatDate(m.date, locale, m.precision) });
  }
  return { placed, lineX, height: Math.max(bottom, top + span) + 12, lh };
}

export default defineChart<Rows>({
  id: "roadmap-timeline",
  title: "chart.roadmap-timeline.title",
  dek(rows, locale) {
    const month = (iso: string) => formatDate(iso, locale, "month");
    const [first, last] = [month(rows[0].date), month(rows[rows.length - 1].date)];
    // French elides "de" before a vowel ("d'avril"); the other languages' keys ignore it.
    const from = t(locale, /^[aeiouyàâéèêîôûh]/i.test(first) ? "date.from-elided" : "date.from", { date: first });
    return t(locale, "chart.roadmap-timeline.dek", { from, last });
  },
  notes: "chart.roadmap-timeline.notes",
  rtl: { mirror: true, why: "Dates and titles swap sides in Arabic; time still runs top to bottom, which reads the same in both directions." },
  select(data) {
    return [...data.milestones]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((m) => ({
        id: m.milestone_id,
        date: m.date,
        precision: m.date_precision,
        kind: m.kind,
        titles: { fr: m.title_fr, ar: m.title_ar, en: m.title_en },
        places: { fr: m.place_fr, ar: m.place_ar, en: m.place_en },
        source_ids: m.source_ids,
      }));
  },
  table(rows, locale) {
    return {
      columns: [t(locale, "chart.roadmap-timeline.col.date"), t(locale, "chart.roadmap-timeline.col.step"), t(locale, "chart.roadmap-timeline.col.place")],
      rows: rows.map((m) => [formatDate(m.date, locale, m.precision), m.titles[locale], m.places[locale] || null]),
    };
  },
  describe(rows, locale) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    const launch = rows.find((m) => m.kind === "launch");
    const d = (m: Milestone) => formatDate(m.date, locale, m.precision);
    const n = rows.length;
    return t(locale, "chart.roadmap-timeline.describe", {
      n,
      firstDate: d(first),
      firstTitle: first.titles[locale],
      lastDate: d(last),
      lastTitle: last.titles[locale],
      launch: launch ? t(locale, "chart.roadmap-timeline.describe-launch", { date: d(launch), place: launch.places[locale] }) : "",
    });
  },
  points(rows, locale, width) {
    const { placed, lineX } = layout(rows, locale, width);
    const x = locale === "ar" ? width - lineX : lineX;
    return placed.map((p) => ({ x, y: p.dotY, label: `${p.date}${colon(locale)}${withPlace(p.m, locale)}` }));
  },
  render(rows, { locale, width, document }) {
    const ar = locale === "ar";
    const { placed, lineX: start, height, lh } = layout(rows, locale, width);
    // Mirror by computing x from the right edge in Arabic; the SVG itself stays left to right.
    const lineX = ar ? width - start : start;
    const toward = ar ? -1 : 1;
    const textX = lineX + toward * 14;
    const dateX = lineX - toward * 12;
    const dir = ar ? textDirection(locale) : {};
    const first = placed[0];
    const last = placed[placed.length - 1];
    return plotChart(
      { locale, width, document },
      {
        height,
        margin: 0,
        x: { type: "identity", axis: null },
        y: { type: "identity", axis: null },
        marks: [
          Plot.ruleX([lineX], { y1: first.dotY, y2: last.dotY, stroke: cssVar("rule"), strokeWidth: 2 }),
          Plot.link(
            placed.filter((p) => p.labelY - p.dotY > 2),
            {
              x1: lineX,
              y1: (p: Placed) => p.dotY,
              x2: textX - toward * 4,
              y2: (p: Placed) => p.labelY,
              stroke: cssVar("muted"),
              strokeWidth: 1,
            },
          ),
          Plot.dot(placed, {
            x: lineX,
            y: "dotY",
            r: (p: Placed) => (p.m.kind === "launch" ? 7 : 5),
            fill: (p: Placed) => cssVar(p.m.kind === "launch" ? "accent" : "exports"),
            stroke: cssVar("bg"),
            strokeWidth: 1.5,
          }),
          Plot.text(placed, { x: dateX, y: "labelY", text: "date", lineAnchor: "middle", fill: cssVar("muted"), ...dir, textAnchor: "end" }),
          // The launch is set in bold; every other title in regular weight.
          ...[true, false].map((launch) =>
            Plot.text(
              placed.filter((p) => (p.m.kind === "launch") === launch),
              {
                x: textX,
                y: (p: Placed) => p.labelY - lh / 2,
                text: (p: Placed) => p.lines.join("\n"),
                lineAnchor: "top",
                lineHeight: 1.3,
                fontWeight: launch ? 700 : 400,
                fill: cssVar("text"),
                ...dir,
                textAnchor: "start",
              },
            ),
          ),
        ],
      },
    );
  },
});
