// The jobs goal (about 76,000 jobs by 2027) as a path, beside the Industrial Acceleration Plan's
// 500,000 target and its reported 405,496 result. The plans run over different periods (3 and 7
// years), so both are drawn against "years since the plan began": the slopes compare paces
// honestly, and the labels give the calendar years and the average per year.
// Reads data/goals.csv (jobs, and the exports goal for the roadmap's years) and data/past_plans.csv (pai).
// Right-to-left: the time axis is not mirrored (same editorial choice as exports-vs-target).
import * as Plot from "@observablehq/plot";
import { defineChart } from "./kit/types";
import { charsFor, colon, fontSizeFor, isNarrow, labelLeft, labelWidth, numberTick, plotChart, ticksAboveZero, uniqueIds, wrapText } from "./kit/plotStyle";
import { t, tCount, type StringKey } from "../core/i18n";
import { cssVar } from "../core/theme/tokens";
import { goalById, roadmapYears } from "../data/derive";
import { formatNumber, formatYear, isolateLtr } from "../core/i18n/format";
import type { Locale } from "../core/i18n/locales";

type Plan = "roadmap" | "pai-target" | "pai-result";
interface Step {
  plan: Plan;
  /** Years since the plan began (0 = before its first year). */
  k: number;
  /** Calendar year this step ends. */
  year: number;
  jobs: number;
}
interface Rows {
  steps: Step[];
  periods: Record<"roadmap" | "pai", { first: number; last: number; count: number; total: number }>;
  result: number;
  /** The PAI row's note (where its result comes from), per language. */
  paiNote: Record<Locale, string>;
  sourceIds: string[];
}

const planLabel: Record<Plan, StringKey> = {
  roadmap: "chart.jobs-goal.plan.roadmap",
  "pai-target": "chart.jobs-goal.plan.pai-target",
  "pai-result": "chart.jobs-goal.plan.pai-result",
};
const colour: Record<Plan, Parameters<typeof cssVar>[0]> = { roadmap: "target", "pai-target": "target-alt", "pai-result": "exports" };

/** Line spacing of the labels, in em (Plot's lineHeight). */
const LINE_HEIGHT = 1.3;

/** A point in data units: years since the plan began, jobs. */
interface At {
  k: number;
  jobs: number;
}
/** A label as placed: its lines, its box in data units, and the leader's far end when it sits away. */
interface PlacedLabel {
  id: string;
  at: At;
  lines: string[];
  box: { left: number; right: number; top: number };
  leader: At | null;
}
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Places each label (in order) at the free spot nearest its anchor inside the chart, in px at build
 * time: a spot is free when the label's box, with a margin, holds no point of a line (sampled every
 * 3 px), no dot and no label placed before it, and when its leader (drawn if the box sits away from
 * the anchor) crosses no other series' line or label. Each label offers its texts from the fullest
 * to the shortest and is tried close to its anchor first, then farther: the fullest text that fits
 * nearest wins. Deterministic: a grid scan, nearest first.
 */
function placeLabels(
  labels: { id: string; at: At; texts: string[][] }[],
  geo: {
    width: number;
    height: number;
    frame: { left: number; right: number; top: number; bottom: number };
    xMax: number;
    yMax: number;
    lines: { id: string; points: At[] }[];
    dots: (At & { id: string; r: number })[];
    /** Lines start at the box's right edge (Arabic). */
    rtl: boolean;
  },
): PlacedLabel[] {
  const { width, height, frame } = geo;
  const plotW = width - frame.left - frame.right;
  const plotH = height - frame.top - frame.bottom;
  const px = (a: At) => ({ x: frame.left + (a.k / geo.xMax) * plotW, y: height - frame.bottom - (a.jobs / geo.yMax) * plotH });
  const toData = (x: number, y: number): At => ({ k: ((x - frame.left) / plotW) * geo.xMax, jobs: ((height - frame.bottom - y) / plotH) * geo.yMax });
  const fontSize = fontSizeFor(width);
  const pad = 4;
  const obstacles: { id: string; x: number; y: number; r: number }[] = [];
  for (const line of geo.lines) {
    for (let i = 1; i < line.points.length; i++) {
      const [a, b] = [px(line.points[i - 1]), px(line.points[i])];
      const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 3));
      for (let j = 0; j <= steps; j++) obstacles.push({ id: line.id, x: a.x + ((b.x - a.x) * j) / steps, y: a.y + ((b.y - a.y) * j) / steps, r: 1.5 });
    }
  }
  for (const d of geo.dots) obstacles.push({ id: d.id, ...px(d), r: d.r });
  const taken: Box[] = [];
  const apart = (a: Box, b: Box) => b.right + pad <= a.left || b.left - pad >= a.right || b.bottom + pad <= a.top || b.top - pad >= a.bottom;
  const clear = (box: Box) =>
    obstacles.every((o) => o.x + o.r + pad <= box.left || o.x - o.r - pad >= box.right || o.y + o.r + pad <= box.top || o.y - o.r - pad >= box.bottom) &&
    taken.every((t) => apart(box, t));
  // The leader ends on the part of the box the text surely inks: the width estimate errs wide, so
  // the far quarter from where the lines start may be empty.
  const nearest = (box: Box, p: { x: number; y: number }) => {
    const ink = (box.right - box.left) * 0.75;
    const [from, to] = geo.rtl ? [box.right - ink, box.right] : [box.left, box.left + ink];
    return { x: Math.min(Math.max(p.x, from), to), y: Math.min(Math.max(p.y, box.top), box.bottom) };
  };
  // A leader from the anchor to the box must not cut another series' line or dot, nor another label.
  const leaderClear = (id: string, from: { x: number; y: number }, to: { x: number; y: number }) => {
    const steps = Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 2);
    for (let j = 1; j < steps; j++) {
      const x = from.x + ((to.x - from.x) * j) / steps;
      const y = from.y + ((to.y - from.y) * j) / steps;
      if (obstacles.some((o) => o.id !== id && Math.hypot(o.x - x, o.y - y) < o.r + 2)) return false;
      if (taken.some((t) => x > t.left - 2 && x < t.right + 2 && y > t.top - 2 && y < t.bottom + 2)) return false;
    }
    return true;
  };
  const placed: PlacedLabel[] = [];
  for (const label of labels) {
    const anchor = px(label.at);
    let best = null as { box: Box; lines: string[]; d: number } | null;
    // The fullest text close to the anchor (no leader), then within a few lines (with a leader),
    // then the next text; the shortest may go anywhere.
    const tries = [
      ...label.texts.flatMap((lines) => [fontSize, fontSize * 6].map((reach) => ({ lines, reach }))),
      { lines: label.texts.at(-1)!, reach: Infinity },
    ];
    for (const { lines, reach } of tries) {
      const w = Math.max(...lines.map((l) => labelWidth(l, width, true)));
      const h = lines.length * fontSize * LINE_HEIGHT;
      for (let top = frame.top; top + h <= height - frame.bottom - pad; top += 2) {
        for (let left = frame.left + pad; left + w <= width - pad; left += 2) {
          const box = { left, right: left + w, top, bottom: top + h };
          const near = nearest(box, anchor);
          const d = Math.hypot(near.x - anchor.x, near.y - anchor.y);
          if (d > reach || (best && d >= best.d) || !clear(box)) continue;
          if (d > fontSize && !leaderClear(label.id, anchor, near)) continue;
          best = { box, lines, d };
        }
      }
      if (best) break;
    }
    if (!best) throw new Error(`jobs-goal: no room for the label of ${label.id} at ${width} px`);
    taken.push(best.box);
    const near = nearest(best.box, anchor);
    placed.push({
      id: label.id,
      at: label.at,
      lines: best.lines,
      box: { left: toData(best.box.left, 0).k, right: toData(best.box.right, 0).k, top: toData(0, best.box.top).jobs },
      leader: best.d > fontSize ? toData(near.x, near.y) : null,
    });
  }
  return placed;
}

export default defineChart<Rows>({
  id: "jobs-goal",
  title(rows, locale) {
    const { total, last } = rows.periods.roadmap;
    const jobs = tCount(locale, "count.jobs", total);
    const end = formatYear(last, locale);
    return t(locale, "chart.jobs-goal.title", { jobs, end });
  },
  dek: "chart.jobs-goal.dek",
  // The PAI's result and its dispute are told by the data row's own note (data/past_plans.csv).
  notes(rows, locale) {
    const fixed = t(locale, "chart.jobs-goal.notes");
    return [fixed, rows.paiNote[locale]].filter(Boolean).join(" ");
  },
  rtl: { mirror: false, why: "Years since the start run left to right in Arabic too, as on every time axis of the site." },
  select(data) {
    const goal = goalById(data.goals, "jobs");
    const pai = data.pastPlans.find((p) => p.plan_id === "pai" && p.metric === "jobs");
    if (!pai || pai.target_value === null || pai.result_value === null || pai.period_start === null || pai.period_end === null) {
      throw new Error("data/past_plans.csv lacks the pai jobs target, result or period");
    }
    const road = roadmapYears(data.goals);
    const paiYears = { first: pai.period_start, last: pai.period_end, count: pai.period_end - pai.period_start + 1 };
    const steps: Step[] = [];
    for (let k = 0; k <= road.count; k++) steps.push({ plan: "roadmap", k, year: road.first + k - 1, jobs: Math.round((goal.target_value * k) / road.count) });
    for (let k = 0; k <= paiYears.count; k++)
      steps.push({ plan: "pai-target", k, year: paiYears.first + k - 1, jobs: Math.round((pai.target_value * k) / paiYears.count) });
    steps.push({ plan: "pai-result", k: paiYears.count, year: paiYears.last, jobs: pai.result_value });
    return {
      steps,
      periods: { roadmap: { ...road, total: goal.target_value }, pai: { ...paiYears, total: pai.target_value } },
      result: pai.result_value,
      paiNote: { fr: pai.note_fr, ar: pai.note_ar, en: pai.note_en },
      sourceIds: uniqueIds(goal.source_ids, pai.source_ids),
    };
  },
  sources(rows) {
    return rows.sourceIds;
  },
  table(rows, locale) {
    const ks = [...new Set(rows.steps.map((s) => s.k))].sort((a, b) => a - b);
    const at = (plan: Plan, k: number) => rows.steps.find((s) => s.plan === plan && s.k === k) ?? null;
    const yearOf = (plan: Plan, k: number) => {
      const s = at(plan, k);
      return s && k > 0 ? formatYear(s.year, locale) : null;
    };
    return {
      columns: [
        t(locale, "chart.jobs-goal.col.plan-year"),
        t(locale, "chart.jobs-goal.col.roadmap-year"),
        t(locale, "chart.jobs-goal.col.roadmap-jobs"),
        t(locale, "chart.jobs-goal.col.pai-year"),
        t(locale, "chart.jobs-goal.col.pai-target"),
        t(locale, "chart.jobs-goal.col.pai-result"),
      ],
      rows: ks.map((k) => [
        formatNumber(k, locale),
        yearOf("roadmap", k),
        at("roadmap", k)?.jobs ?? null,
        yearOf("pai-target", k),
        at("pai-target", k)?.jobs ?? null,
        at("pai-result", k)?.jobs ?? null,
      ]),
    };
  },
  describe(rows, locale) {
    const n = (v: number) => formatNumber(Math.round(v), locale);
    const y = (v: number) => formatYear(v, locale);
    const { roadmap: r, pai: p } = rows.periods;
    const share = formatNumber(rows.result / p.total, locale, { style: "percent" });
    return t(locale, "chart.jobs-goal.describe", {
      roadmapJobs: n(r.total),
      roadmapYears: tCount(locale, "count.years-digits", r.count),
      roadmapFirst: y(r.first),
      roadmapLast: y(r.last),
      roadmapPace: n(r.total / r.count),
      paiJobs: n(p.total),
      paiYears: tCount(locale, "count.years-digits", p.count),
      paiFirst: y(p.first),
      paiLast: y(p.last),
      paiPace: n(p.total / p.count),
      result: n(rows.result),
      share,
      resultPace: n(rows.result / p.count),
    });
  },
  points(rows, locale) {
    return rows.steps
      .filter((s) => s.k > 0)
      .map((s) => ({
        x: s.k,
        y: s.jobs,
        label: `${t(locale, planLabel[s.plan])}, ${formatYear(s.year, locale)}${colon(locale)}${formatNumber(s.jobs, locale)}`,
      }));
  },
  render(rows, { locale, width, document }) {
    const narrow = isNarrow(width);
    const lines = rows.steps.filter((s) => s.plan !== "pai-result");
    const ends: Step[] = (["roadmap", "pai-target", "pai-result"] as Plan[]).map((plan) => rows.steps.filter((s) => s.plan === plan).at(-1)!);
    const { roadmap: r, pai: p } = rows.periods;
    const height = narrow ? 340 : 400;
    const frame = { left: locale === "ar" ? 68 : 60, right: 16, top: 24, bottom: 40 };
    const yMax = p.total * 1.05;
    // Each line is named where it ends, with its period and average pace, in the line's colour:
    // no key to look up. The labels are placed at build time by placeLabels, clear of every line,
    // dot and other label, as close to their line's end as the room allows.
    const labelLines = (s: Step, full: boolean, share: number) => {
      const period = s.plan === "roadmap" ? r : p;
      const total = s.plan === "pai-result" ? rows.result : period.total;
      // The period reads 2014–2020 in Arabic too, not reordered by the right-to-left line.
      const span = isolateLtr(`${formatYear(period.first, locale)}–${formatYear(period.last, locale)}`, locale);
      const pace = `~${formatNumber(Math.round(total / period.count), locale)} ${t(locale, "chart.jobs-goal.per-year")}`;
      const name = full ? `${t(locale, planLabel[s.plan])} (${span})` : t(locale, planLabel[s.plan]);
      const value = full ? `${formatNumber(total, locale)}${t(locale, "list.separator")}${pace}` : formatNumber(total, locale);
      return [...wrapText(name, charsFor((width - frame.left - frame.right) * share, width)), value];
    };
    const placed = placeLabels(
      // The PAI result's dot sits under the PAI line's end, where room is scarcest: it is placed first.
      [...ends].reverse().map((s) => ({
        id: s.plan,
        at: { k: s.k, jobs: s.jobs },
        texts: [
          labelLines(s, true, narrow ? 0.6 : 0.4),
          labelLines(s, true, narrow ? 0.45 : 0.3),
          labelLines(s, false, narrow ? 0.6 : 0.4),
          labelLines(s, false, narrow ? 0.4 : 0.25),
        ],
      })),
      {
        width,
        height,
        frame,
        xMax: p.count,
        yMax,
        lines: (["roadmap", "pai-target"] as Plan[]).map((plan) => ({
          id: plan,
          points: lines.filter((s) => s.plan === plan).map((s) => ({ k: s.k, jobs: s.jobs })),
        })),
        dots: rows.steps.filter((s) => s.k > 0).map((s) => ({ id: s.plan, k: s.k, jobs: s.jobs, r: s.plan === "pai-result" ? 6 : 3 })),
        rtl: locale === "ar",
      },
    );
    return plotChart(
      { locale, width, document },
      {
        height,
        // Arabic digits in Noto Sans Arabic run wider: the ticks need more room.
        marginLeft: frame.left,
        marginRight: frame.right,
        marginTop: frame.top,
        marginBottom: frame.bottom,
        x: {
          label: t(locale, "chart.jobs-goal.axis"),
          labelArrow: "none" /* no "→": the export fonts lack it */,
          labelAnchor: "right",
          labelOffset: 36,
          domain: [0, p.count],
          ticks: p.count,
          tickFormat: (d: number) => formatNumber(d, locale),
        },
        y: {
          label: t(locale, "chart.unit.jobs"),
          labelArrow: "none",
          labelAnchor: "top",
          grid: true,
          domain: [0, yMax],
          tickFormat: numberTick(locale),
          ticks: ticksAboveZero(yMax, 5),
        },
        marks: [
          Plot.ruleY([0], { stroke: cssVar("rule") }),
          Plot.lineY(lines, { x: "k", y: "jobs", z: "plan", stroke: (s: Step) => cssVar(colour[s.plan]), strokeWidth: 2.5, ariaHidden: "true" }),
          Plot.dot(
            lines.filter((s) => s.k > 0),
            { x: "k", y: "jobs", fill: (s: Step) => cssVar(colour[s.plan]), r: 3, ariaHidden: "true" },
          ),
          Plot.dot(
            rows.steps.filter((s) => s.plan === "pai-result"),
            { x: "k", y: "jobs", fill: cssVar(colour["pai-result"]), r: 6, ariaHidden: "true" },
          ),
          // A thin leader in the line's colour when a label had to sit away from its line's end.
          Plot.link(
            placed.filter((l) => l.leader),
            {
              x1: (l: PlacedLabel) => l.at.k,
              y1: (l: PlacedLabel) => l.at.jobs,
              x2: (l: PlacedLabel) => l.leader!.k,
              y2: (l: PlacedLabel) => l.leader!.jobs,
              stroke: (l: PlacedLabel) => cssVar(colour[l.id as Plan]),
              strokeWidth: 1,
              ariaHidden: "true",
            },
          ),
          ...placed.map((l) =>
            Plot.text([l], {
              x: (d: PlacedLabel) => (locale === "ar" ? d.box.right : d.box.left),
              y: (d: PlacedLabel) => d.box.top,
              lineAnchor: "top",
              lineHeight: LINE_HEIGHT,
              text: (d: PlacedLabel) => d.lines.join("\n"),
              fill: cssVar(colour[l.id as Plan]),
              fontWeight: 600,
              ariaHidden: "true",
              // Arabic lines run right to left from the block's right edge; others from its left edge.
              ...(locale === "ar" ? labelLeft(locale) : { textAnchor: "start" as const }),
            }),
          ),
        ],
      },
    );
  },
});
