// One number format per locale on every built page (issue 12, item 6): French and Arabic group
// thousands with a point ("76.000"), English with a comma ("76,000"); a page never mixes in another
// grouping (a space, or the other locale's mark). Arabic counted nouns follow their number ("12 جهة",
// never "الجهات 12") and Maroc Export Plus has one Arabic spelling. Text quoted verbatim from data/
// (source titles, notes) is the editors' and is left out; everything the code, strings and prose
// print is scanned, in pages, embeds and the chart downloads.
import { describe, it, expect } from "vitest";
import { join } from "node:path";
import { builtPages, distDir } from "../../scripts/tools/built-pages";
import { builtFiles, dataTextCells, fileText, withoutDataText } from "./page-text";

const dist = distDir();
const cells = dataTextCells(join(process.cwd(), process.env.DATA_DIR ?? "data"));

/** Thousands grouped with a mark this locale does not use; years and ranges such as "2011 2019" never match (a group is exactly 3 digits after 1–3). */
const foreignGrouping: Record<"fr" | "ar" | "en", RegExp> = {
  fr: /(?<![\d.,])\d{1,3}(?:[ ,]\d{3})+(?![\d.,]?\d)/g,
  ar: /(?<![\d.,])\d{1,3}(?:[ ,]\d{3})+(?![\d.,]?\d)/g,
  en: /(?<![\d.,])\d{1,3}(?:[ .]\d{3})+(?![\d.,]?\d)/g,
};

/** Hits of `pattern` in a file's text that do not come from data text. */
function hits(file: string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const piece of fileText(file)) {
    if (!piece.match(pattern)) continue;
    const own = withoutDataText(piece, cells);
    for (const m of own.matchAll(pattern)) found.push(`${m[0]} in "…${own.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 20).trim()}…"`);
  }
  return found;
}

describe("one number format per locale", () => {
  it("no page, embed or download groups thousands with another locale's mark", () => {
    const problems: string[] = [];
    for (const page of builtPages()) {
      // "0 360" in a viewBox is an attribute no one reads; only read text is scanned.
      for (const hit of hits(page.file, foreignGrouping[page.locale])) problems.push(`${page.urlPath} (${page.locale}): ${hit}`);
    }
    for (const [rel, file] of builtFiles(join(dist, "charts"), [".csv", ".json", ".svg"])) {
      // "<id>.en.excel-fr.csv" is English text laid out for a French spreadsheet: its locale is en.
      const locale = (rel.match(/\.(fr|ar|en)\.[\w.-]+$/)?.[1] ?? "fr") as "fr" | "ar" | "en";
      for (const hit of hits(file, foreignGrouping[locale])) problems.push(`/charts/${rel}: ${hit}`);
    }
    expect(problems).toEqual([]);
  });

  it("Arabic pages put counted nouns after their number and spell Maroc Export Plus one way", () => {
    const problems: string[] = [];
    for (const page of builtPages().filter((p) => p.locale === "ar")) {
      for (const hit of hits(page.file, /الجهات\s*\d+/g)) problems.push(`${page.urlPath}: ${hit}`);
      for (const hit of hits(page.file, /ماروك|تصدير بلوس|إكسبور/g)) problems.push(`${page.urlPath}: ${hit}`);
    }
    expect(problems).toEqual([]);
  });

  it("the scan sees the figures it checks (it is not reading empty pages)", () => {
    const home = builtPages().find((p) => p.urlPath === "/")!;
    const text = fileText(home.file).join(" ");
    expect(text).toMatch(/\d{1,3}\.\d{3}/);
    // A space-grouped number typed into a page would be caught.
    expect("créer 76 000 postes".match(foreignGrouping.fr)).toEqual(["76 000"]);
    expect("76,000 jobs".match(foreignGrouping.fr)).toEqual(["76,000"]);
    expect("de 2011 à 2019, 455,5 MMDH".match(foreignGrouping.fr)).toBeNull();
  });
});
