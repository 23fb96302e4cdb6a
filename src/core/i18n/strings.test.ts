import { describe, it, expect } from "vitest";
import { strings, t, tCount, locales, formatNumber, formatSigned, formatDate, localeUrl, pathWithoutLocale } from "./index";

describe("interface strings", () => {
  const reference = Object.keys(strings.fr).sort();
  for (const locale of locales) {
    it(`${locale} has exactly the French keys, none empty`, () => {
      expect(Object.keys(strings[locale]).sort()).toEqual(reference);
      for (const [key, value] of Object.entries(strings[locale])) expect(value.trim(), key).not.toBe("");
    });
    it(`${locale} keeps every {placeholder} of the French string`, () => {
      for (const key of reference) {
        // Counted nouns ("one:{w} levier|other:{w} leviers") have one form per plural category of
        // the language, each with the number in digits {n} or words {w}: checked by tCount's tests.
        if (key.startsWith("count.")) continue;
        const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(names(strings[locale][key as keyof typeof strings.fr]), key).toEqual(names(strings.fr[key as keyof typeof strings.fr]));
      }
    });
  }
  it("fills placeholders", () => {
    expect(t("en", "home.published-count", { known: 3, total: 6 })).toBe("3 of 6 published");
  });
});

describe("locale formatting", () => {
  it("formats numbers per locale", () => {
    expect(formatNumber(76000, "en")).toBe("76,000");
    // Moroccan French groups thousands with a point, as the Moroccan press does: 76.000, always.
    expect(formatNumber(76000, "fr")).toBe("76.000");
    expect(formatNumber(1234567.5, "fr", { maximumFractionDigits: 1 })).toBe("1.234.567,5");
    expect(formatNumber(455.5, "fr")).toBe("455,5");
    expect(formatNumber(76000, "ar")).toMatch(/76.000/);
  });
  it("formats dates per locale", () => {
    expect(formatDate("2025-05-28", "en")).toBe("28 May 2025");
    expect(formatDate("2025-05-28", "fr")).toBe("28 mai 2025");
    expect(formatDate("2025-05-28", "ar")).toContain("2025");
  });
  it("builds locale URLs and strips them", () => {
    expect(localeUrl("fr", "echanges/")).toBe("/echanges/");
    expect(localeUrl("ar", "echanges/")).toBe("/ar/echanges/");
    expect(localeUrl("en", "")).toBe("/en/");
    expect(pathWithoutLocale("/ar/echanges/")).toBe("echanges/");
    expect(pathWithoutLocale("/echanges/")).toBe("echanges/");
  });
});

describe("counted nouns and signed numbers", () => {
  it("counts the sources a credit line leaves out in the singular for one (French)", () => {
    expect(tCount("fr", "count.more-sources", 1)).toBe("et 1 autre");
    expect(tCount("fr", "count.more-sources", 23)).toBe("et 23 autres");
    expect(tCount("en", "count.more-sources", 1)).toBe("and 1 more");
  });

  it("agrees Arabic nouns with their number (Intl.PluralRules)", () => {
    expect(tCount("ar", "count.regions", 12)).toBe("12 جهة");
    expect(tCount("ar", "count.regions", 3)).toBe("3 جهات");
    expect(tCount("ar", "count.regions", 2)).toBe("جهتان");
    expect(tCount("ar", "count.offices", 12)).toBe("12 مكتبا جهويا");
    expect(tCount("ar", "count.offices", 100)).toBe("100 مكتب جهوي");
  });
  it("writes small counts in words in French and English, larger ones in digits", () => {
    expect(tCount("fr", "count.offices", 12)).toBe("douze bureaux régionaux");
    expect(tCount("fr", "count.reforms", 1)).toBe("une réforme");
    expect(tCount("fr", "count.levers", 25)).toBe("25 leviers");
    expect(tCount("en", "count.goals", 3)).toBe("three goals");
    expect(tCount("en", "count.goals", 1)).toBe("one goal");
  });
  it("every counted noun has an other: form in every locale", () => {
    for (const locale of locales)
      for (const key of Object.keys(strings.fr).filter((k) => k.startsWith("count.")))
        expect(strings[locale][key as keyof typeof strings.fr], `${locale} ${key}`).toMatch(/(^|\|)other:/);
  });
  it("keeps a sign before its number in Arabic by isolating it", () => {
    expect(formatSigned(84, "en")).toBe("+84");
    expect(formatSigned(84, "ar")).toBe("\u2066+84\u2069");
    expect(formatSigned(-3, "fr")).toBe("-3");
  });
});
