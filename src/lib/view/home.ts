// What the home page shows, computed from validated data: goals, levers, reforms, offices,
// each with what is and is not published.
import type { Datasets, Goal, Lever, Reform, Source } from "../data/schema";
import type { Locale } from "../../i18n/locales";
import { pick } from "./localized";

/** A goal ready to display. */
export interface GoalView {
  goal: Goal;
  sources: Source[];
}

/** A lever or reform with its localized name (empty when not published) and sources. */
export interface StatusItemView {
  id: string;
  number: number;
  status: Lever["status"];
  name: string;
  description: string;
  note: string;
  sources: Source[];
}

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

/** Looks up source rows by id, in order, without duplicates. */
export function sourcesFor(data: Datasets, ids: string[]): Source[] {
  return [...new Set(ids)].map((id) => data.sources.find((s) => s.source_id === id)).filter((s): s is Source => Boolean(s));
}

function statusItems(data: Datasets, rows: (Lever | Reform)[], idOf: (r: Lever | Reform) => string, locale: Locale): StatusItemView[] {
  return [...rows]
    .sort((a, b) => a.number - b.number)
    .map((r) => ({ id: idOf(r), number: r.number, status: r.status, name: pick(r, "name", locale), description: pick(r, "description", locale), note: pick(r, "note", locale), sources: sourcesFor(data, r.source_ids) }));
}

/** Builds the home page's model for a locale. */
export function homeView(data: Datasets, locale: Locale): HomeView {
  const goals = goalOrder
    .map((id) => data.goals.find((g) => g.goal_id === id))
    .filter((g): g is Goal => Boolean(g))
    .map((goal) => ({ goal, sources: sourcesFor(data, goal.source_ids) }));
  const levers = statusItems(data, data.levers, (r) => (r as Lever).lever_id, locale);
  const reforms = statusItems(data, data.reforms, (r) => (r as Reform).reform_id, locale);
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
