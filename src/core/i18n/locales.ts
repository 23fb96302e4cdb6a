/** The site's languages: French first (unprefixed), then Arabic and English. */
export const locales = ["fr", "ar", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "fr";

/** Text in the three languages. */
export type LocalizedText = Record<Locale, string>;

/**
 * The `<base>_<locale>` field of a data row (name_fr, name_ar, name_en), or "" when it has none.
 * With `fallback`, an empty field gives the French, then the English one (for rows read leniently,
 * such as an old release's snapshot).
 */
export function localized(row: object, base: string, locale: Locale, fallback = false): string {
  const field = (l: Locale) => {
    const value = (row as Record<string, unknown>)[`${base}_${l}`];
    return typeof value === "string" ? value : "";
  };
  return fallback ? field(locale) || field("fr") || field("en") : field(locale);
}

/** Writing direction of a locale. */
export function dirOf(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** BCP 47 tag used for Intl; Arabic uses Morocco's conventions with Latin digits, as Moroccan press does. */
/** The Open Graph locale of a page ("fr_MA"): a tag for machines, not copy. */
export function ogLocale(locale: Locale): string {
  return { fr: "fr_MA", ar: "ar_MA", en: "en_GB" }[locale];
}

export function intlTag(locale: Locale): string {
  return locale === "ar" ? "ar-MA-u-nu-latn" : locale === "fr" ? "fr-MA" : "en-GB";
}

/** Is this string one of our locales? */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Route parameter for a locale: French has none, as it lives at the root. */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** getStaticPaths entries for a page that exists in every locale. */
export function localePaths() {
  return locales.map((locale) => ({ params: { lang: localeParam(locale) }, props: { locale } }));
}

/** Site-relative URL (with base path) of `path` in `locale`; `path` has no leading locale. */
export function localeUrl(locale: Locale, path = "/"): string {
  const base = (import.meta.env?.BASE_URL ?? "/").replace(/\/?$/, "/");
  const clean = path.replace(/^\/+/, "");
  const prefix = locale === defaultLocale ? "" : `${locale}/`;
  const joined = `${base}${prefix}${clean}`;
  return joined.endsWith("/") || /\.[a-z0-9]+$/i.test(joined) || joined.includes("#") ? joined : `${joined}/`;
}

/** The locale-free path of a page URL (strips base and locale prefix), e.g. "/ar/echanges/" → "echanges/". */
export function pathWithoutLocale(pathname: string): string {
  const base = (import.meta.env?.BASE_URL ?? "/").replace(/\/?$/, "/");
  let rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, "");
  for (const locale of locales) {
    if (locale !== defaultLocale && (rest === locale || rest.startsWith(`${locale}/`))) {
      rest = rest.slice(locale.length + 1);
    }
  }
  return rest;
}
