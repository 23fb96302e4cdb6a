// What the home page shows, computed from validated data: goals, levers, reforms, offices,
// each with what is and is not published.
import type { Datasets, Goal, Source } from "../../data/schema";
import { t, tCount, capitalize, formatDate, formatNumber, formatSigned, formatYear, type Locale } from "../../core/i18n";
import { sourcesFor } from "./localized";
import { leversView, policyGroupView, type PolicyGroupView, type PolicyItemView } from "./levers";

/** A goal ready to display. */
export interface GoalView {
  goal: Goal;
  sources: Source[];
  /** The headline figure ("+84" for the exports goal, an amount added) and what it counts. */
  value: string;
  label: string;
  /** "Point de départ : 455 Mds MAD (2024)", or null when no baseline is published. */
  baseline: string | null;
  /** The goal's story page (locale-free path). */
  path: string;
}

/** A lever or reform as the home page lists it (the same model as the levers page). */
export type StatusItemView = PolicyItemView;

/** The home page's model. */
export interface HomeView {
  goals: GoalView[];
  levers: StatusItemView[];
  reforms: StatusItemView[];
  leversPublished: number;
  reformsPublished: number;
  /** Levers and reforms split into those shown one by one and one statement for the unnamed rest. */
  leverGroup: PolicyGroupView;
  reformGroup: PolicyGroupView;
  officeCount: number;
  officeSources: Source[];
  /** Every sentence and heading of the page whose numbers come from the data. */
  copy: {
    description: string;
    lede: string;
    goalsHeading: string;
    leversHeading: string;
    reformsHeading: string;
    leversCount: string;
    reformsCount: string;
    officesSummary: string;
  };
}

const goalOrder: Goal["goal_id"][] = ["jobs", "new-exporters", "exports"];
const goalPage: Record<Goal["goal_id"], string> = {
  jobs: "objectifs/emplois/",
  "new-exporters": "objectifs/exportateurs/",
  exports: "objectifs/exportations/",
};

/** Builds the home page's model for a locale. */
export function homeView(data: Datasets, locale: Locale): HomeView {
  const goals = goalOrder
    .map((id) => data.goals.find((g) => g.goal_id === id))
    .filter((g): g is Goal => Boolean(g))
    .map((goal) => ({ goal, sources: sourcesFor(data, goal.source_ids), path: goalPage[goal.goal_id], ...goalCopy(goal, locale) }));
  const { levers, reforms } = leversView(data, locale);
  // "Published" means named in a source; a reform only partly described is not counted (issue 12).
  const leversPublished = levers.filter((l) => l.status === "named").length;
  const reformsPublished = reforms.filter((r) => r.status === "named").length;
  const launch = data.milestones.find((m) => m.kind === "launch");
  if (!launch) throw new Error("data/milestones.csv has no row of kind launch: the home page dates the launch from it");
  const counts = {
    goals: tCount(locale, "count.goals", goals.length),
    levers: tCount(locale, "count.levers", levers.length),
    reforms: tCount(locale, "count.cross-cutting-reforms", reforms.length),
    offices: tCount(locale, "count.offices", data.offices.length),
  };
  const launchDate = formatDate(launch.date, locale, launch.date_precision === "month" ? "month" : "day");
  const n = (v: number) => formatNumber(v, locale);
  return {
    goals,
    levers,
    reforms,
    leversPublished,
    reformsPublished,
    leverGroup: policyGroupView(levers, "count.levers", locale),
    reformGroup: policyGroupView(reforms, "count.cross-cutting-reforms", locale),
    officeCount: data.offices.length,
    officeSources: sourcesFor(
      data,
      data.offices.flatMap((o) => o.source_ids),
    ),
    copy: {
      description: capitalize(t(locale, "home.description", { ...counts, date: launchDate }), locale),
      lede: t(locale, "home.lede", { date: launchDate, place: launch[`place_${locale}`] }),
      goalsHeading: capitalize(t(locale, "home.goals", { goals: counts.goals }), locale),
      leversHeading: capitalize(t(locale, "home.levers", { levers: counts.levers }), locale),
      reformsHeading: capitalize(t(locale, "home.reforms", { reforms: counts.reforms }), locale),
      leversCount: t(locale, "home.published-count", { known: n(leversPublished), total: n(levers.length) }),
      reformsCount: t(locale, "home.published-count-feminine", { known: n(reformsPublished), total: n(reforms.length) }),
      officesSummary: capitalize(t(locale, "home.offices-summary", { offices: counts.offices }), locale),
    },
  };
}

/** A goal's headline figure, what it counts and its baseline, in the page's language. */
function goalCopy(goal: Goal, locale: Locale): Pick<GoalView, "value" | "label" | "baseline"> {
  const year = formatYear(goal.horizon_year, locale);
  const label =
    goal.goal_id === "jobs"
      ? t(locale, "goal.jobs", { year })
      : goal.goal_id === "new-exporters"
        ? t(locale, "goal.new-exporters")
        : t(locale, "goal.exports", { year });
  // The exports goal is an amount added to the baseline, so it carries its sign.
  const value = goal.goal_id === "exports" ? formatSigned(goal.target_value, locale) : formatNumber(goal.target_value, locale);
  const baseline =
    goal.baseline_value === null || goal.baseline_year === null
      ? null
      : t(locale, "goal.baseline", {
          value:
            goal.baseline_unit === "mad_bn"
              ? `${formatNumber(goal.baseline_value, locale)} ${t(locale, "unit.mad-bn")}`
              : formatNumber(goal.baseline_value, locale),
          year: formatYear(goal.baseline_year, locale),
        });
  return { value, label, baseline };
}
