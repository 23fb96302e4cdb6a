// What the home page shows, computed from validated data: goals, levers, reforms, offices,
// each with what is and is not published.
import type { Datasets, Goal, Source } from "../data/schema";
import type { Locale } from "../../i18n/locales";
import { sourcesFor } from "./localized";
import { leversView, type PolicyItemView } from "./levers";

/** A goal ready to display. */
export interface GoalView {
  goal: Goal;
  sources: Source[];
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
  officeCount: number;
  officeSources: Source[];
}

const goalOrder: Goal["goal_id"][] = ["jobs", "new-exporters", "exports"];

/** Builds the home page's model for a locale. */
export function homeView(data: Datasets, locale: Locale): HomeView {
  const goals = goalOrder
    .map((id) => data.goals.find((g) => g.goal_id === id))
    .filter((g): g is Goal => Boolean(g))
    .map((goal) => ({ goal, sources: sourcesFor(data, goal.source_ids) }));
  const { levers, reforms } = leversView(data, locale);
  return {
    goals,
    levers,
    reforms,
    leversPublished: levers.filter((l) => l.status !== "not-published").length,
    reformsPublished: reforms.filter((r) => r.status !== "not-published").length,
    officeCount: data.offices.length,
    officeSources: sourcesFor(data, data.offices.flatMap((o) => o.source_ids)),
  };
}
