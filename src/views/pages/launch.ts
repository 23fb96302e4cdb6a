// The launch page: who was at the launch (as far as sources confirm) and the dated timeline.
import type { Datasets, Milestone, Person, Source } from "../../data/schema";
import { formatDate, type Locale } from "../../core/i18n";
import { pick } from "./localized";
import { sourcesFor } from "./localized";

/** A person at an event. */
export interface PersonView {
  id: string;
  name: string;
  role: string;
  presence: Person["presence"];
  /** What sources say of the person's presence or title, in the locale ("" when nothing). */
  note: string;
  sources: Source[];
}

/** A dated step of the timeline. */
export interface MilestoneView {
  id: string;
  date: string;
  precision: Milestone["date_precision"];
  kind: Milestone["kind"];
  place: string;
  title: string;
  sources: Source[];
  /** The machine-readable date of <time>: "2025-05" for a month, "2025-05-28" for a day. */
  datetime: string;
  /** The date as read, and the place when known: "28 mai 2025 — Casablanca". */
  when: string;
}

/** The page model. */
export interface LaunchView {
  people: PersonView[];
  timeline: MilestoneView[];
  sources: Source[];
}

const presenceOrder: Person["presence"][] = ["spoke", "confirmed", "not-confirmed"];

/** Builds the launch model: people at the launch event and every milestone in date order. */
export function launchView(data: Datasets, locale: Locale): LaunchView {
  const launch = data.milestones.find((m) => m.kind === "launch");
  const people = data.people
    .filter((p) => p.milestone_id === launch?.milestone_id)
    .sort((a, b) => presenceOrder.indexOf(a.presence) - presenceOrder.indexOf(b.presence))
    // Arabic pages write names in Arabic script, as an Arabic-language source in source_ids does.
    .map((p) => ({
      id: p.person_id,
      name: locale === "ar" && p.name_ar ? p.name_ar : p.name,
      role: pick(p, "role", locale),
      presence: p.presence,
      note: pick(p, "note", locale),
      sources: sourcesFor(data, p.source_ids),
    }));
  const timeline = [...data.milestones]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => ({
      datetime: m.date_precision === "month" ? m.date.slice(0, 7) : m.date,
      when: [formatDate(m.date, locale, m.date_precision === "month" ? "month" : "day"), pick(m, "place", locale)].filter(Boolean).join(" — "),
      id: m.milestone_id,
      date: m.date,
      precision: m.date_precision,
      kind: m.kind,
      place: pick(m, "place", locale),
      title: pick(m, "title", locale),
      sources: sourcesFor(data, m.source_ids),
    }));
  return {
    people,
    timeline,
    sources: sourcesFor(
      data,
      [...data.people, ...data.milestones].flatMap((r) => r.source_ids),
    ),
  };
}
