import { intlTag, type Locale } from "./locales";
import { fr } from "./strings/fr";
import { ar } from "./strings/ar";
import { en } from "./strings/en";

const qualifierTemplates = {
  about: { fr: fr["value.about"], ar: ar["value.about"], en: en["value.about"] },
  moreThan: { fr: fr["value.more-than"], ar: ar["value.more-than"], en: en["value.more-than"] },
};

/**
 * Intl formatters are costly to create (tens of microseconds each) and pages format thousands of
 * numbers and dates (a sources listing of 200,000 rows): each locale and option set gets one.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.Collator>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.Collator>(
  kind: string,
  locale: Locale,
  options: object,
  make: () => T,
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let hit = formatters.get(key) as T | undefined;
  if (!hit) {
    hit = make();
    formatters.set(key, hit);
  }
  return hit;
}

/**
 * Formats a number in the page's locale, e.g. 76000 → "76.000" (fr), "76,000" (en).
 * French on this site groups thousands with a point, as the Moroccan press does ("76.000"), in
 * titles, prose, tables and chart ticks alike. The point is set here rather than left to the ICU
 * data for fr-MA, which differs between Node and browser versions (some give "76 000").
 */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  const format = cached("number", locale, options, () => new Intl.NumberFormat(intlTag(locale), options));
  if (locale !== "fr") return format.format(value);
  return format
    .formatToParts(value)
    .map((part) => (part.type === "group" ? "." : part.value))
    .join("");
}

/**
 * A number with its sign, e.g. "+84". In Arabic it is wrapped in a left-to-right isolate
 * (U+2066 … U+2069) so the sign stays before the digits inside right-to-left text.
 */
export function formatSigned(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  const text = formatNumber(value, locale, { ...options, signDisplay: "exceptZero" }).replace(/[\u200e\u200f\u061c]/g, "");
  return isolateLtr(text, locale);
}

/** Wraps text that must read left to right (a signed number, a range) in an isolate in Arabic. */
export function isolateLtr(text: string, locale: Locale): string {
  return locale === "ar" ? `\u2066${text}\u2069` : text;
}

/**
 * The page's alphabetical order: compares two strings as readers of `locale` sort them (one
 * collator per locale, made once: sorting 200,000 rows with localeCompare would build millions).
 */
export function collator(locale: Locale): Intl.Collator {
  return cached("collator", locale, {}, () => new Intl.Collator(intlTag(locale)));
}

/** The plural category of `count` in `locale` ("one", "two", "few", "many", "other"…). */
export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  return cached("plural", locale, {}, () => new Intl.PluralRules(intlTag(locale))).select(count);
}

/**
 * Picks the form of a counted noun that agrees with `count`: `forms` maps plural categories to
 * templates with `{n}` (Arabic needs "two", "few" and "many": "12 جهة", "3 جهات"); "other" is required.
 */
export function formatCount(count: number, locale: Locale, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const form = forms[pluralCategory(count, locale)] ?? forms.other;
  return form.replace("{n}", formatNumber(count, locale));
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
  return cached("date", locale, options, () => new Intl.DateTimeFormat(intlTag(locale), options)).format(date);
}

/** Formats a year without grouping ("2027", never "2 027"). */
export function formatYear(year: number, locale: Locale): string {
  return formatNumber(year, locale, { useGrouping: false });
}

/** Joins names as a list in the page's language ("MAP, Yabiladi et 3 autres"). */
export function formatList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(intlTag(locale), { style: "long", type: "conjunction" }).format(items);
}

/** A formatted value as its source states it: "plus de 822,22", "environ 469,1", or unchanged when exact. */
export function withQualifier(formatted: string, qualifier: string | null | undefined, locale: Locale): string {
  if (qualifier !== "about" && qualifier !== "more-than") return formatted;
  // Read from the string tables (format.ts cannot import the i18n index, which imports it).
  const template = (qualifier === "about" ? qualifierTemplates.about : qualifierTemplates.moreThan)[locale];
  return template.replace("{value}", formatted);
}
