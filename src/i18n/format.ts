import { intlTag, type Locale } from "./locales";

/** Formats a number in the page's locale, e.g. 76000 → "76 000" (fr), "76,000" (en). */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(intlTag(locale), options).format(value);
}

/** Formats billions of MAD with one decimal at most, e.g. 454.97 → "455,0". */
export function formatMadBn(value: number, locale: Locale, digits = 1): string {
  return formatNumber(value, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Formats a ratio (0.598) as a percentage ("59,8 %"). */
export function formatPercent(ratio: number, locale: Locale, digits = 1): string {
  return formatNumber(ratio, locale, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Formats an ISO date (YYYY-MM-DD) in the page's locale; `precision` "month" drops the day. */
export function formatDate(iso: string, locale: Locale, precision: "day" | "month" | "year" = "day"): string {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    precision === "year"
      ? { year: "numeric", timeZone: "UTC" }
      : precision === "month"
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(intlTag(locale), options).format(date);
}

/** Formats a year without grouping ("2027", never "2 027"). */
export function formatYear(year: number, locale: Locale): string {
  return formatNumber(year, locale, { useGrouping: false });
}
