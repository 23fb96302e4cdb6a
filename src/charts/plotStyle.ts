// Shared Plot settings so every chart has the same type, colours and locale-aware numbers.
import type { Locale } from "../i18n/locales";
import { formatNumber, formatYear } from "../i18n/format";
import { cssVar } from "../lib/theme/tokens";
import type { RenderFunction } from "@observablehq/plot";

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
  return (d: number) => formatNumber(d, locale, options);
}

/** A tick formatter for years (no grouping separator). */
export function yearTick(locale: Locale) {
  return (d: number) => formatYear(d, locale);
}

/**
 * Mark options that make a text mark's own lines run right to left in Arabic while the SVG around
 * stays left to right (STACK.md G7). Under direction rtl, textAnchor "start" is the right edge.
 */
export function textDirection(locale: Locale): { render?: RenderFunction } {
  if (locale !== "ar") return {};
  return {
    render(index, scales, values, dimensions, context, next) {
      const g = next?.(index, scales, values, dimensions, context) ?? null;
      g?.setAttribute("direction", "rtl");
      return g;
    },
  };
}

/** Wraps text into lines of at most `chars` characters (a build-time estimate, so layout is deterministic). */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Characters that fit in `px` at the chart font size, for wrapText (Latin and Arabic glyphs average ~0.55 em). */
export function charsFor(px: number, width: number): number {
  return Math.max(8, Math.floor(px / (fontSizeFor(width) * 0.56)));
}

/** The separator between a label and its value: French puts a space before the colon. */
export function colon(locale: Locale): string {
  return locale === "fr" ? " : " : ": ";
}

/** Unique source ids, in first-seen order. */
export function uniqueIds(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/** Picks the text for the page's language from a record with _fr/_ar/_en fields. */
export function pick<K extends string>(row: Record<`${K}_${Locale}`, string>, key: K, locale: Locale): string {
  return row[`${key}_${locale}` as `${K}_${Locale}`];
}

/** Text options for a label that runs rightwards from its anchor (end-of-line labels), in any script. */
export function labelRight(locale: Locale) {
  return locale === "ar" ? { textAnchor: "end" as const, ...textDirection(locale) } : { textAnchor: "start" as const };
}

/** Text options for a label that runs leftwards from its anchor, in any script. */
export function labelLeft(locale: Locale) {
  return locale === "ar" ? { textAnchor: "start" as const, ...textDirection(locale) } : { textAnchor: "end" as const };
}
