/** One problem found in data/, located precisely enough for a non-developer to fix it. */
export interface DataIssue {
  file: string;
  line?: number;
  column?: string;
  value?: string;
  en: string;
  fr: string;
}

/** Thrown when data/ holds at least one problem; carries all of them, not only the first. */
export class DataValidationError extends Error {
  constructor(public readonly issues: DataIssue[]) {
    super(formatIssues(issues, "en"));
    this.name = "DataValidationError";
  }
}

/** Where an issue is, e.g. "data/trade_annual.csv, line 7, column exports_mad_bn". */
export function locate(issue: DataIssue, lang: "en" | "fr"): string {
  const parts = [`data/${issue.file}`];
  if (issue.line !== undefined) parts.push(lang === "fr" ? `ligne ${issue.line}` : `line ${issue.line}`);
  if (issue.column) parts.push(lang === "fr" ? `colonne ${issue.column}` : `column ${issue.column}`);
  return parts.join(", ");
}

/** The report printed by `npm run data:check` and by a failed build. */
export function formatIssues(issues: DataIssue[], lang: "en" | "fr" | "both" = "both"): string {
  const langs: ("en" | "fr")[] = lang === "both" ? ["fr", "en"] : [lang];
  const head =
    lang === "en"
      ? `${issues.length} problem(s) in data/:`
      : lang === "fr"
        ? `${issues.length} problème(s) dans data/ :`
        : `${issues.length} problème(s) dans data/ / ${issues.length} problem(s) in data/:`;
  const lines = issues.map((issue) => langs.map((l, i) => `${i === 0 ? "✖" : " "} ${locate(issue, l)}: ${issue[l]}`).join("\n"));
  return [head, ...lines].join("\n");
}
