// Shared Plot settings so every chart has the same type, colours and locale-aware numbers.
import { intlTag, type Locale } from "../i18n/locales";
import { cssVar } from "../lib/theme/tokens";

/** Smallest chart text in px: never below 11 px on a 360 px phone. */
export const MIN_FONT_PX = 12;

/** Font size for a width: charts are drawn at the width they are shown, so text is never scaled down. */
export function fontSizeFor(width: number): number {
  return width < 480 ? MIN_FONT_PX : 13;
}

/** Options common to every Plot chart. */
export function basePlotOptions(locale: Locale, width: number) {
  const fontSize = fontSizeFor(width);
  return {
    width,
    style: {
      fontFamily: locale === "ar" ? "var(--font-ar, 'Noto Sans Arabic', sans-serif)" : "var(--font-sans, 'Noto Sans', sans-serif)",
      fontSize: `${fontSize}px`,
      color: cssVar("text"),
      background: "transparent",
      overflow: "visible",
    },
    marginTop: 24,
  };
}

/** A tick formatter for numbers in the page's locale. */
export function numberTick(locale: Locale, options: Intl.NumberFormatOptions = {}) {
  const f = new Intl.NumberFormat(intlTag(locale), options);
  return (d: number) => f.format(d);
}

/** A tick formatter for years (no grouping separator). */
export function yearTick(locale: Locale) {
  const f = new Intl.NumberFormat(intlTag(locale), { useGrouping: false });
  return (d: number) => f.format(d);
}
