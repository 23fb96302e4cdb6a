import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatMadBn, formatNumber, formatPercent, pluralCategory } from "./format";
import { intlTag } from "./locales";

const originals = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat };
afterEach(() => Object.assign(Intl, originals));

/** Replaces an Intl constructor by one that counts how many formatters are made. */
function counting(name: "NumberFormat" | "DateTimeFormat"): { made: number } {
  const counter = { made: 0 };
  const Original = originals[name] as unknown as new (...args: unknown[]) => object;
  (Intl as unknown as Record<string, unknown>)[name] = function (...args: unknown[]) {
    counter.made++;
    return new Original(...args);
  };
  return counter;
}

describe("formatters are made once per locale and options", () => {
  it("formats 10,000 numbers and dates with a handful of formatters, not one per call", () => {
    const numbers = counting("NumberFormat");
    const dates = counting("DateTimeFormat");
    // Unseen option sets, so the formatters below are made during this test.
    for (let i = 0; i < 10_000; i++) {
      formatNumber(i, "fr", { minimumIntegerDigits: 7 });
      formatNumber(i, "ar", { minimumIntegerDigits: 7 });
      formatDate(`20${10 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`, "en", "day");
    }
    expect(numbers.made).toBe(2);
    expect(dates.made).toBeLessThanOrEqual(1);
  });

  it("keeps each option set apart: cached formatters give the same text as fresh ones", () => {
    expect(formatNumber(76000, "fr")).toBe("76.000");
    expect(formatNumber(1234.567, "en", { maximumFractionDigits: 0 })).toBe("1,235");
    expect(formatNumber(1234.567, "en", { maximumFractionDigits: 2 })).toBe("1,234.57");
    expect(formatMadBn(454.97, "fr")).toBe("455,0");
    expect(formatPercent(0.598, "en")).toBe("59.8%");
    expect(formatDate("2025-05-28", "fr")).toBe("28 mai 2025");
    expect(formatDate("2025-05", "en", "month")).toBe("May 2025");
    expect(formatDate("2025", "en", "year")).toBe("2025");
    expect(pluralCategory(1, "en")).toBe("one");
    expect(pluralCategory(3, "ar")).toBe("few");
    for (const [value, options] of [
      [0.5, { style: "percent" }],
      [1e6, { notation: "compact" }],
      [-3, { signDisplay: "always" }],
    ] as const) {
      expect(formatNumber(value, "en", options)).toBe(new originals.NumberFormat(intlTag("en"), options).format(value));
    }
  });
});
