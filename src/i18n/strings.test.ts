import { describe, it, expect } from "vitest";
import { strings, t, locales, formatNumber, formatDate, localeUrl, pathWithoutLocale } from "./index";

describe("interface strings", () => {
  const reference = Object.keys(strings.fr).sort();
  for (const locale of locales) {
    it(`${locale} has exactly the French keys, none empty`, () => {
      expect(Object.keys(strings[locale]).sort()).toEqual(reference);
      for (const [key, value] of Object.entries(strings[locale])) expect(value.trim(), key).not.toBe("");
    });
    it(`${locale} keeps every {placeholder} of the French string`, () => {
      for (const key of reference) {
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
    // Moroccan French (fr-MA) groups thousands with a point, as the Moroccan press does: 76.000.
    expect(formatNumber(76000, "fr")).toBe("76.000");
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
