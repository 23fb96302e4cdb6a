import { fr, type StringKey } from "./strings/fr";
import { en } from "./strings/en";
import { ar } from "./strings/ar";
import type { Locale } from "./locales";
import { formatNumber, pluralCategory } from "./format";

export * from "./locales";
export * from "./format";
export type { StringKey };

/** The interface-string tables, one per locale, with the same keys. */
export const strings: Record<Locale, Record<StringKey, string>> = { fr, en, ar };

/** Looks up an interface string and fills `{name}` placeholders. */
export function t(locale: Locale, key: StringKey, vars: Record<string, string | number> = {}): string {
  const template = strings[locale][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/**
 * A counted noun from the string table, agreeing with `count` in the locale's plural rules
 * (Intl.PluralRules: Arabic has "two", "few" and "many"). The entry lists forms as
 * "one:{w} levier|other:{w} leviers": `{n}` is the number in digits, `{w}` the number in words where
 * the table has a word for it ("number.words"), else digits.
 */
export function tCount(locale: Locale, key: StringKey, count: number): string {
  const forms = new Map(
    strings[locale][key].split("|").map((form) => {
      const at = form.indexOf(":");
      return [form.slice(0, at), form.slice(at + 1)] as const;
    }),
  );
  const template = forms.get(pluralCategory(count, locale)) ?? forms.get("other");
  if (template === undefined) throw new Error(`String ${key} (${locale}) has no "other:" form`);
  const words = strings[locale]["number.words"].split("|").filter(Boolean);
  const digits = formatNumber(count, locale);
  return template.replace("{n}", digits).replace("{w}", Number.isInteger(count) && count >= 0 && count < words.length ? words[count] : digits);
}

/** The text with its first letter in upper case (for a counted phrase opening a heading). */
export function capitalize(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
