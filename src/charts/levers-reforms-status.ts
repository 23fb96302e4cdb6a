// What is public of the roadmap's levers and cross-cutting reforms? One square per item:
// filled when its name is known, half-filled when partly described, a dashed outline when not
// published. Shape carries the status as well as colour, so it reads in greyscale and for
// colour-blind readers. Reads data/levers.csv and data/reforms.csv.
// Right-to-left: mirrored. Items are categories: in Arabic item 1 sits on the right.
import * as Plot from "@observablehq/plot";
import { defineChart } from "./kit/types";
import { colon, fontSizeFor, labelWidth, plotChart, isNarrow, labelStart } from "./kit/plotStyle";
import { cssVar } from "../core/theme/tokens";
import { formatNumber } from "../core/i18n/format";
import type { Locale } from "../core/i18n/locales";
import { t, tCount, type StringKey } from "../core/i18n";

type Status = "named" | "partly-described" | "not-published";
type Group = "lever" | "reform";
interface Item {
  id: string;
  group: Group;
  number: number;
  status: Status;
  names: Record<Locale, string>;
  source_ids: string[];
}
type Rows = Item[];

const statusLabel: Record<Status, StringKey> = {
  named: "status.item.named",
  "partly-described": "status.item.partly-described",
  "not-published": "status.item.not-published",
};
const statusColour: Record<Status, Parameters<typeof cssVar>[0]> = {
  named: "status-known",
  "partly-described": "status-partial",
  "not-published": "status-unknown",
};
const groupLabel: Record<Group, StringKey> = {
  lever: "chart.levers-reforms-status.group.lever",
  reform: "chart.levers-reforms-status.group.reform",
};
const itemWord: Record<Group, StringKey> = {
  lever: "chart.levers-reforms-status.item.lever",
  reform: "chart.levers-reforms-status.item.reform",
};
const order: Status[] = ["named", "partly-described", "not-published"];

/** Square size and positions for a width; Arabic counts from the right edge. */
function layout(locale: Locale, width: number) {
  const size = isNarrow(width) ? 40 : 48;
  const gap = 10;
  const pad = 8;
  const rowY: Record<Group, number> = { lever: 34, reform: 34 + size + 44 };
  const place = (item: Item) => {
    const offset = pad + (item.number - 1) * (size + gap);
    return { x: locale === "ar" ? width - offset - size : offset, y: rowY[item.group] };
  };
  return { size, rowY, place, legendY: rowY.reform + size + 30 };
}

export default defineChart<Rows>({
  id: "levers-reforms-status",
  title: "chart.levers-reforms-status.title",
  dek(rows, locale) {
    const levers = tCount(locale, "count.levers", rows.filter((r) => r.group === "lever").length);
    const reforms = tCount(locale, "count.reforms", rows.filter((r) => r.group === "reform").length);
    return t(locale, "chart.levers-reforms-status.dek", { levers, reforms });
  },
  // No source is the roadmap document itself (unpublished): "known" means named in a source read.
  notes: "chart.levers-reforms-status.notes",
  rtl: { mirror: true, why: "Items are categories: in Arabic item 1 sits on the right and the row reads right to left." },
  select(data) {
    const items = (group: Group, rows: typeof data.levers) =>
      rows.map((r) => ({
        id: "lever_id" in r ? String(r.lever_id) : "",
        group,
        number: r.number,
        status: r.status as Status,
        names: { fr: r.name_fr, ar: r.name_ar, en: r.name_en },
        source_ids: r.source_ids,
      }));
    return [
      ...items("lever", data.levers).map((i, k) => ({ ...i, id: data.levers[k].lever_id })),
      ...items("reform", data.reforms as unknown as typeof data.levers).map((i, k) => ({ ...i, id: data.reforms[k].reform_id })),
    ].sort((a, b) => (a.group === b.group ? a.number - b.number : a.group === "lever" ? -1 : 1));
  },
  table(rows, locale) {
    return {
      columns: [
        t(locale, "chart.levers-reforms-status.col.item"),
        t(locale, "chart.levers-reforms-status.col.status"),
        t(locale, "chart.levers-reforms-status.col.name"),
      ],
      rows: rows.map((r) => [`${t(locale, itemWord[r.group])} ${formatNumber(r.number, locale)}`, t(locale, statusLabel[r.status]), r.names[locale] || null]),
    };
  },
  describe(rows, locale) {
    const count = (g: Group, s?: Status) => rows.filter((r) => r.group === g && (!s || r.status === s)).length;
    const n = (v: number) => formatNumber(v, locale);
    const parts = (g: Group) => order.map((s) => `${n(count(g, s))} ${t(locale, statusLabel[s])}`).join(t(locale, "list.separator"));
    return t(locale, "chart.levers-reforms-status.describe", {
      levers: n(count("lever")),
      leverStatus: parts("lever"),
      reforms: n(count("reform")),
      reformStatus: parts("reform"),
    });
  },
  points(rows, locale, width) {
    const { size, place } = layout(locale, width);
    return rows.map((r) => {
      const p = place(r);
      return {
        x: p.x + size / 2,
        y: p.y + size / 2,
        label: `${t(locale, itemWord[r.group])} ${formatNumber(r.number, locale)}${colon(locale)}${t(locale, statusLabel[r.status])}${r.names[locale] ? ` — ${r.names[locale]}` : ""}`,
      };
    });
  },
  render(rows, { locale, width, document }) {
    const ar = locale === "ar";
    const { size, rowY, place, legendY } = layout(locale, width);
    const cells = rows.map((r) => ({ ...r, ...place(r) }));
    type Cell = (typeof cells)[number];
    const dir = labelStart(locale);
    const edge = ar ? width - 8 : 8;
    const count = (g: Group) => formatNumber(rows.filter((r) => r.group === g).length, locale);
    // Legend entries flow from the start edge and wrap to a new line when the next would not fit.
    const legend: { s: Status; x: number; y: number }[] = [];
    let along = 0;
    let legendRow = 0;
    for (const s of order) {
      const room = 22 + labelWidth(t(locale, statusLabel[s]), width);
      if (along > 0 && along + room > width - 16) {
        along = 0;
        legendRow += 1;
      }
      legend.push({ s, x: ar ? width - 8 - along - 16 : 8 + along, y: legendY + legendRow * 24 });
      along += room + 16;
    }
    const fs = fontSizeFor(width);
    return plotChart(
      { locale, width, document },
      {
        height: legendY + legendRow * 24 + 30,
        margin: 0,
        x: { type: "identity", axis: null },
        y: { type: "identity", axis: null },
        marks: [
          Plot.text(
            (["lever", "reform"] as Group[]).map((g) => ({ g })),
            {
              x: edge,
              y: (d: { g: Group }) => rowY[d.g] - 14,
              text: (d: { g: Group }) => t(locale, groupLabel[d.g], { n: count(d.g) }),
              fontWeight: 700,
              fill: cssVar("text"),
              ...dir,
            },
          ),
          // Known: filled. Partly known: outlined with its lower half filled. Not published: dashed outline.
          ...order.map((status) =>
            Plot.rect(
              cells.filter((c) => c.status === status),
              {
                x1: "x",
                x2: (c: Cell) => c.x + size,
                y1: "y",
                y2: (c: Cell) => c.y + size,
                fill: status === "named" ? cssVar(statusColour[status]) : cssVar("bg"),
                stroke: cssVar(statusColour[status]),
                strokeWidth: 2,
                strokeDasharray: status === "not-published" ? "5 4" : undefined,
              },
            ),
          ),
          Plot.rect(
            cells.filter((c) => c.status === "partly-described"),
            {
              x1: "x",
              x2: (c: Cell) => c.x + size,
              y1: (c: Cell) => c.y + size / 2,
              y2: (c: Cell) => c.y + size,
              fill: cssVar(statusColour["partly-described"]),
            },
          ),
          Plot.text(cells, {
            x: (c: Cell) => c.x + size / 2,
            y: (c: Cell) => c.y + (c.status === "partly-described" ? size / 4 : size / 2),
            text: (c: Cell) => formatNumber(c.number, locale),
            fontWeight: 700,
            fontSize: fs + 2,
            fill: (c: Cell) => (c.status === "named" ? cssVar("bg") : cssVar("text")),
          }),
          // Legend: the same three shapes, with their words.
          ...legend.map((d) =>
            Plot.rect([d], {
              x1: d.x,
              x2: d.x + 16,
              y1: d.y - 8,
              y2: d.y + 8,
              fill: d.s === "named" ? cssVar(statusColour[d.s]) : cssVar("bg"),
              stroke: cssVar(statusColour[d.s]),
              strokeWidth: 2,
              strokeDasharray: d.s === "not-published" ? "3 2" : undefined,
            }),
          ),
          Plot.rect(
            legend.filter((d) => d.s === "partly-described"),
            {
              x1: "x",
              x2: (d: { x: number }) => d.x + 16,
              y1: (d: { y: number }) => d.y,
              y2: (d: { y: number }) => d.y + 8,
              fill: cssVar(statusColour["partly-described"]),
            },
          ),
          Plot.text(legend, {
            x: (d: { x: number }) => (ar ? d.x - 6 : d.x + 22),
            y: "y",
            text: (d: { s: Status }) => t(locale, statusLabel[d.s]),
            fill: cssVar("text"),
            ...dir,
          }),
        ],
      },
    );
  },
});
