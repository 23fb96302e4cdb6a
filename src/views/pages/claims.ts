// The "what the sources say" page: each question sources disagree on, its readings with their
// support and sources, and the explanation of which reading holds and why.
import type { ClaimReading, Datasets, Source } from "../../data/schema";
import type { Locale } from "../../core/i18n/locales";
import { pick } from "./localized";
import { sourcesFor } from "./localized";

/** One reading of a claim. */
export interface ReadingView {
  id: string;
  text: string;
  support: ClaimReading["support"];
  best: boolean;
  sources: Source[];
}

/** A disputed claim. */
export interface ClaimView {
  id: string;
  question: string;
  explanation: string;
  readings: ReadingView[];
}

const supportOrder: ClaimReading["support"][] = ["best-supported", "unresolved", "weaker"];

/** Builds the claims model for a locale, readings ordered from best supported to weakest. */
export function claimsView(data: Datasets, locale: Locale): { claims: ClaimView[]; sources: Source[] } {
  const claims = data.claims.map((c) => ({
    id: c.claim_id,
    question: pick(c, "question", locale),
    explanation: pick(c, "explanation", locale),
    readings: data.claimReadings
      .filter((r) => r.claim_id === c.claim_id)
      .sort((a, b) => supportOrder.indexOf(a.support) - supportOrder.indexOf(b.support))
      .map((r) => ({
        id: r.reading_id,
        text: pick(r, "reading", locale),
        support: r.support,
        best: r.reading_id === c.best_reading_id,
        sources: sourcesFor(data, r.source_ids),
      })),
  }));
  return {
    claims,
    sources: sourcesFor(
      data,
      data.claimReadings.flatMap((r) => r.source_ids),
    ),
  };
}
