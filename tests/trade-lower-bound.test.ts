// 2025 imports are "plus de 822,22" in the source (a lower bound) and exports "environ 469,1":
// the charts' tooltips, tables and descriptions say so in every language, not only a note.
import { describe, it, expect } from "vitest";
import { loadData } from "../src/data";
import { chartById } from "../src/charts/registry";
import type { Locale } from "../src/core/i18n/locales";

const data = loadData();
const latest = [...data.tradeAnnual].sort((a, b) => b.year - a.year)[0];
const words: Record<Locale, { more: string; about: string }> = {
  fr: { more: "plus de", about: "environ" },
  en: { more: "more than", about: "about" },
  ar: { more: "أكثر من", about: "حوالي" },
};

describe("trade figures the source gives as a lower bound or an approximation", () => {
  it("the data says how the source states the latest imports and exports", () => {
    expect(latest.imports_qualifier).toBe("more-than");
    expect(latest.exports_qualifier).toBe("about");
  });

  for (const locale of ["fr", "ar", "en"] as Locale[]) {
    it(`trade-coverage keeps "${words[locale].more}" and "${words[locale].about}" in its tooltip, table and description (${locale})`, () => {
      const chart = chartById("trade-coverage");
      const rows = chart.select(data);
      const point = chart.points!(rows, locale, 640).find((p) => p.x === latest.year)!;
      expect(point.label).toContain(words[locale].more);
      expect(point.label).toContain(words[locale].about);
      const row = chart.table(rows, locale).rows.find((r) => String(r[0]).includes(String(latest.year).slice(-2)))!;
      expect(String(row[2])).toMatch(new RegExp(`^${words[locale].more} `));
      expect(String(row[1])).toMatch(new RegExp(`^${words[locale].about} `));
      expect(chart.describe(rows, locale)).toContain(words[locale].more);
      // Years the source states exactly stay plain numbers.
      expect(typeof chart.table(rows, locale).rows[0][2]).toBe("number");
    });

    it(`exports-vs-target says the latest exports are approximate (${locale})`, () => {
      const chart = chartById("exports-vs-target");
      const rows = chart.select(data);
      expect(chart.describe(rows, locale)).toContain(words[locale].about);
      expect(chart.points!(rows, locale, 640).find((p) => p.x === latest.year && !p.label.includes("("))?.label).toContain(words[locale].about);
    });
  }
});
