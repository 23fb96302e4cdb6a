// The jobs goal (about 76,000 jobs by 2027) as a path, beside the Industrial Acceleration Plan's
// 500,000 target and its reported 405,496 result. The plans run over different periods (3 and 7
// years), so both are drawn against "years since the plan began": the slopes compare paces
// honestly, and the labels give the calendar years and the average per year.
// Reads data/goals.csv (jobs, and the exports goal for the roadmap's years) and data/past_plans.csv (pai).
// Right-to-left: the time axis is not mirrored (same editorial choice as exports-vs-target).
import * as Plot from "@observablehq/plot";
import { defineChart } from "./kit/types";
import { charsFor, colon, fontSizeFor, labelRight, labelWidth, numberTick, ticksAboveZero, uniqueIds, wrapText, plotChart, isNarrow } from "./kit/plotStyle";
import { t, tCount, type StringKey } from "../core/i18n";
import { cssVar } from "../core/theme/tokens";
import { goalById, roadmapYears } from "../data/derive";
import { formatCount, formatNumber, formatYear, isolateLtr } from "../core/i18n/format";
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
/** "3 سنوات", "7 سنوات", "12 سنة": the Arabic noun agrees with its count. */
const arYears = (count: number) => formatCount(count, "ar", { one: "سنة واحدة", two: "سنتين", few: "{n} سنوات", other: "{n} سنة" });

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
    if (locale === "fr") {
      return `La feuille de route vise environ ${n(r.total)} emplois en ${n(r.count)} ans (${y(r.first)}–${y(r.last)}), soit environ ${n(r.total / r.count)} par an. Le PAI visait ${n(p.total)} emplois en ${n(p.count)} ans (${y(p.first)}–${y(p.last)}), environ ${n(p.total / p.count)} par an, et en a compté ${n(rows.result)} (${share} de l'objectif), environ ${n(rows.result / p.count)} par an.`;
    }
    if (locale === "ar") {
      return `تستهدف خارطة الطريق حوالي ${n(r.total)} منصب شغل في ${arYears(r.count)} (${y(r.first)}–${y(r.last)})، أي حوالي ${n(r.total / r.count)} سنويا. واستهدف مخطط التسريع الصناعي ${n(p.total)} منصب في ${arYears(p.count)} (${y(p.first)}–${y(p.last)})، أي حوالي ${n(p.total / p.count)} سنويا، وأحصى ${n(rows.result)} منصبا (${share} من الهدف)، أي حوالي ${n(rows.result / p.count)} سنويا.`;
    }
    return `The roadmap aims for about ${n(r.total)} jobs in ${n(r.count)} years (${y(r.first)}–${y(r.last)}), about ${n(r.total / r.count)} a year. The IAP aimed for ${n(p.total)} jobs in ${n(p.count)} years (${y(p.first)}–${y(p.last)}), about ${n(p.total / p.count)} a year, and counted ${n(rows.result)} (${share} of its target), about ${n(rows.result / p.count)} a year.`;
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
    // A key in the empty top-left corner names each line with its period and average pace; the
    // ends carry only their numbers, so no label crosses a line at any width.
    const key = ends.map((s) => {
      const period = s.plan === "roadmap" ? r : p;
      const total = s.plan === "pai-result" ? rows.result : period.total;
      // The period reads 2014–2020 in Arabic too, not reordered by the right-to-left line.
      const span = isolateLtr(`${formatYear(period.first, locale)}–${formatYear(period.last, locale)}`, locale);
      const text = `${t(locale, planLabel[s.plan])} (${span})${colon(locale)}${formatNumber(total, locale)}${locale === "ar" ? "، " : ", "}~${formatNumber(Math.round(total / period.count), locale)} ${t(locale, "chart.jobs-goal.per-year")}`;
      // The key stops short of the end label drawn in the top-right corner (the PAI target).
      const room = width - (locale === "ar" ? 68 : 60) - 16 - 16 - 12 - Math.max(...ends.map((e) => labelWidth(formatNumber(e.jobs, locale), width, true)));
      return { plan: s.plan, lines: wrapText(text, charsFor(Math.min(width * (narrow ? 0.62 : 0.5), room), width)) };
    });
    const lineHeight = fontSizeFor(width) * 1.3;
    let offset = 0;
    const keyed = key.map((k) => {
      const dy = offset;
      offset += k.lines.length * lineHeight + 6;
      return { ...k, dy };
    });
    return plotChart(
      { locale, width, document },
      {
        height: narrow ? 340 : 400,
        // Arabic digits in Noto Sans Arabic run wider: the ticks need more room.
        marginLeft: locale === "ar" ? 68 : 60,
        marginRight: 16,
        marginBottom: 40,
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
          domain: [0, p.total * 1.05],
          tickFormat: numberTick(locale),
          ticks: ticksAboveZero(p.total * 1.05, 5),
        },
        marks: [
          Plot.ruleY([0], { stroke: cssVar("rule") }),
          Plot.lineY(lines, { x: "k", y: "jobs", z: "plan", stroke: (s: Step) => cssVar(colour[s.plan]), strokeWidth: 2.5 }),
          Plot.dot(
            lines.filter((s) => s.k > 0),
            { x: "k", y: "jobs", fill: (s: Step) => cssVar(colour[s.plan]), r: 3 },
          ),
          Plot.dot(
            rows.steps.filter((s) => s.plan === "pai-result"),
            { x: "k", y: "jobs", fill: cssVar(colour["pai-result"]), r: 6 },
          ),
          ...keyed.map((k) =>
            Plot.text([k], {
              frameAnchor: "top-left",
              dx: 8,
              dy: k.dy,
              lineAnchor: "top",
              lineHeight: 1.3,
              text: (d: typeof k) => d.lines.join("\n"),
              fill: cssVar(colour[k.plan]),
              fontWeight: 600,
              ...labelRight(locale),
            }),
          ),
          Plot.text(
            ends.filter((s) => s.plan === "roadmap"),
            {
              x: "k",
              y: "jobs",
              text: (s: Step) => formatNumber(s.jobs, locale),
              dx: 8,
              dy: 8,
              textAnchor: "start",
              fill: cssVar(colour.roadmap),
              fontWeight: 600,
            },
          ),
          ...(["pai-target", "pai-result"] as Plan[]).map((plan) =>
            Plot.text(
              ends.filter((s) => s.plan === plan),
              {
                x: "k",
                y: "jobs",
                text: (s: Step) => formatNumber(s.jobs, locale),
                dx: -12,
                dy: plan === "pai-target" ? -14 : 18,
                textAnchor: "end",
                fill: cssVar(colour[plan]),
                fontWeight: 600,
              },
            ),
          ),
        ],
      },
    );
  },
});
