import { fr, type StringKey } from "./strings/fr";
import { en } from "./strings/en";
import { ar } from "./strings/ar";
import type { Locale } from "./locales";

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
