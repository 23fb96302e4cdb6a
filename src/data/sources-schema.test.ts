import { describe, it, expect } from "vitest";
import { mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { sourceSchema, sourceKinds, validateDataDir } from "./index";

const row = (over: Record<string, string> = {}) => ({
  source_id: "yabiladi-167616",
  title: "Maroc : lancement officiel de la feuille de route du commerce extérieur 2025-2027",
  publisher: "Yabiladi",
  url: "https://www.yabiladi.com/articles/details/167616/maroc-lancement-officiel-feuille-route.html",
  url_kind: "original",
  published_on: "2025-05-28",
  date_unknown_reason: "",
  language: "fr",
  kind: "press",
  copy_of: "",
  notes: "",
  notes_fr: "",
  notes_ar: "",
  ...over,
});

/** The problems zod reports for a row, as column → English message. */
function problems(cells: Record<string, string>): Record<string, string> {
  const result = sourceSchema.safeParse(cells);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

/** Writes rows back as CSV, every cell quoted. */
const toCsv = (rows: Record<string, string>[]) => {
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const header = Object.keys(rows[0]);
  return [header.join(","), ...rows.map((r) => header.map((h) => quote(r[h])).join(","))].join("\n") + "\n";
};

/** Edits data/sources.csv in a copy of data/ (as a team member would) and runs the same check as npm run data:check. */
function checkEditedSources(edit: (rows: Record<string, string>[]) => void) {
  const dir = mkdtempSync(join(tmpdir(), "sources-"));
  try {
    cpSync(join(process.cwd(), "data"), dir, { recursive: true });
    const path = join(dir, "sources.csv");
    const rows = parse(readFileSync(path, "utf8"), { columns: true }) as Record<string, string>[];
    edit(rows);
    writeFileSync(path, toCsv(rows));
    return validateDataDir(dir).issues.filter((i) => i.file === "sources.csv");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("sources.csv: every source is dated or says why not", () => {
  it("accepts a day, a month or a year as the page gives it", () => {
    for (const date of ["2025-05-28", "2025-05", "2025"]) expect(problems(row({ published_on: date }))).toEqual({});
  });

  it("accepts an undated source that gives a reason", () => {
    expect(problems(row({ published_on: "", date_unknown_reason: "not-shown" }))).toEqual({});
  });

  it("refuses an undated source without a reason, on the reason column, saying what to write", () => {
    const p = problems(row({ published_on: "" }));
    expect(Object.keys(p)).toEqual(["date_unknown_reason"]);
    expect(p.date_unknown_reason).toMatch(/give the publication date/);
    expect(p.date_unknown_reason).toMatch(/not-shown, not-recorded, continuously-updated/);
  });

  it("refuses a date and a reason together", () => {
    expect(problems(row({ date_unknown_reason: "not-shown" })).date_unknown_reason).toMatch(/empty one of the two/);
  });

  it("refuses an impossible month or a reason outside the list", () => {
    expect(problems(row({ published_on: "2025-13" })).published_on).toBeDefined();
    expect(problems(row({ published_on: "", date_unknown_reason: "unknown" })).date_unknown_reason).toMatch(/is not allowed/);
  });

  it("npm run data:check reports an undated source without reason with its file, line and column", () => {
    const issues = checkEditedSources((rows) => {
      rows[2].published_on = "";
      rows[2].date_unknown_reason = "";
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "sources.csv", line: 4, column: "date_unknown_reason" });
    expect(issues[0].fr).toMatch(/donnez la date de publication/);
  });
});

describe("sources.csv: notes in every language of the site", () => {
  it("refuses an English note without its French or Arabic translation, on the missing column", () => {
    expect(problems(row({ notes: "MAP wire wording.", notes_fr: "Formulation de la dépêche MAP.", notes_ar: "صياغة القصاصة." }))).toEqual({});
    expect(Object.keys(problems(row({ notes: "MAP wire wording.", notes_ar: "صياغة القصاصة." })))).toEqual(["notes_fr"]);
    expect(problems(row({ notes: "MAP wire wording.", notes_fr: "Formulation." })).notes_ar).toMatch(/translate it into Arabic/);
  });

  it("npm run data:check reports the missing translation with file, line and column", () => {
    const issues = checkEditedSources((rows) => {
      rows[0].notes_ar = "";
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "sources.csv", line: 2, column: "notes_ar" });
  });
});

describe("sources.csv: kinds", () => {
  it("accepts each kind and refuses the old unspecific ones", () => {
    for (const kind of sourceKinds) expect(problems(row({ kind }))).toEqual({});
    expect(problems(row({ kind: "wire" })).kind).toMatch(
      /is not allowed \(expected one of: official, news-agency, press, statistics, study, reference, wiki\)/,
    );
    expect(problems(row({ kind: "" })).kind).toMatch(/is empty/);
  });

  it("npm run data:check reports a source without kind with its file, line and column", () => {
    const issues = checkEditedSources((rows) => {
      rows[4].kind = "";
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "sources.csv", line: 6, column: "kind" });
  });
});

describe("sources.csv: canonical addresses only", () => {
  it.each([
    ["a CMS origin host", "https://le360-le-360-francais-prod.web.arc-cdn.net/economie/exportations_DM4/", /serves copies/],
    ["an origin-web host", "http://origin-web.yenisafak.com/fr/international/portail-49566", /serves copies/],
    ["a mail. mirror", "https://mail.laquotidienne.ma/article/economie/1-des-exportateurs", /serves copies/],
    ["a category listing", "https://www.anfaspress.com/index.php/news/categorie/2014-06-06-15-26-50?page=24", /listing of articles/],
    ["a tag page", "https://almajardh.com/tag/recensement", /listing of articles/],
    ["not a web address", "ftp://example.org/a", /not a web address/],
  ])("refuses %s", (_what, url, message) => {
    expect(problems(row({ url })).url).toMatch(message);
  });

  it.each([
    ["a news aggregator (Maghress)", "https://www.maghress.com/fr/barlamanefr/449172"],
    ["a reprint site (Djazairess)", "https://djazairess.com/fr/lemaghreb/56913"],
    ["a copy of Morocco World News (mk-venture)", "https://mk-venture.com/?p=673"],
    ["a copy of Morocco World News (daily8)", "https://www.daily8.com/en/article/00ffb984bf19d194cd5e9d8b21003f55"],
    ["a wiki mirror (wikimili)", "https://wikimili.com/en/Prefectures_and_provinces_of_Morocco"],
    ["a wiki mirror (defzone)", "https://defzone.net/wiki/fr/Tanger-Tétouan-Al_Hoceïma"],
  ])("refuses %s as an original, saying how to mark a copy whose original cannot be found", (_what, url) => {
    expect(problems(row({ url })).url).toMatch(
      /republishes other outlets' articles: give the original article's address, or.*write original-not-reachable in url_kind/,
    );
  });

  it.each([
    ["a known mirror", "https://www.maghress.com/fr/barlamanefr/449172"],
    ["a mail. host", "https://mail.laquotidienne.ma/article/economie/1-des-exportateurs"],
    ["a CMS origin", "http://origin-web.yenisafak.com/fr/international/portail-49566"],
    ["a listing", "https://www.anfaspress.com/index.php/news/categorie/2014-06-06-15-26-50?page=24"],
  ])("accepts %s only when the row says the original cannot be found and names its publisher", (_what, url) => {
    expect(problems(row({ url, url_kind: "original-not-reachable", copy_of: "Barlamane" }))).toEqual({});
    expect(problems(row({ url, url_kind: "original-not-reachable", copy_of: "" })).copy_of).toMatch(/name the outlet that published the original/);
    expect(problems(row({ url, url_kind: "original", copy_of: "" })).url).toBeDefined();
  });

  it("refuses a named original publisher on a row that says it is the original", () => {
    expect(problems(row({ copy_of: "Barlamane" })).url_kind).toMatch(/write original-not-reachable/);
  });

  it("refuses a row without url_kind or with an unknown one", () => {
    expect(problems(row({ url_kind: "" })).url_kind).toMatch(/is empty/);
    expect(problems(row({ url_kind: "copy" })).url_kind).toMatch(/is not allowed \(expected one of: original, original-not-reachable\)/);
  });

  it("npm run data:check reports a mirror address without the reason, and a copy without its original publisher, with file, line and column", () => {
    const issues = checkEditedSources((rows) => {
      const i = rows.findIndex((r) => r.source_id === "yabiladi-167616");
      rows[i].url = "https://www.maghress.com/fr/yabiladi/167616";
      const j = rows.findIndex((r) => r.url_kind === "original-not-reachable");
      rows[j].copy_of = "";
    });
    expect(issues.map((i) => i.column).sort()).toEqual(["copy_of", "url"]);
    for (const issue of issues) expect(issue.line).toBeGreaterThan(1);
    expect(issues.find((i) => i.column === "url")?.fr).toMatch(/republie les articles d'autres médias/);
  });

  it("accepts an article address even when its path mentions a category", () => {
    expect(problems(row({ url: "https://www.ask-aladdin.com/all-destinations/morocco/category/regions-of-morocco/page/tanger-tetouan-al-hoceima" }))).toEqual(
      {},
    );
  });

  it("the real sources.csv has no copy host, no listing and no undated source without reason", () => {
    expect(checkEditedSources(() => {})).toEqual([]);
  });
});
