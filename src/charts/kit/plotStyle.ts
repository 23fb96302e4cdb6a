// Shared Plot settings so every chart has the same type, colours and locale-aware numbers.
import type { Locale } from "../../core/i18n/locales";
import { formatNumber, formatYear } from "../../core/i18n/format";
import { t } from "../../core/i18n";
import { cssVar } from "../../core/theme/tokens";
import * as Plot from "@observablehq/plot";
import type { RenderFunction } from "@observablehq/plot";
import { ticks as d3ticks } from "d3";
import type { RenderContext } from "./types";

/** Smallest chart text in px: never below 11 px on a 360 px phone. */
export const MIN_FONT_PX = 12;

/** Below this width (px) a chart is drawn for phones: smaller text, fewer ticks, shorter labels. */
const NARROW_BELOW = 480;

/** Whether a chart drawn at `width` is the phone layout. */
export function isNarrow(width: number): boolean {
  return width < NARROW_BELOW;
}

/** Font size for a width: charts are drawn at the width they are shown, so text is never scaled down. */
export function fontSizeFor(width: number): number {
  return isNarrow(width) ? MIN_FONT_PX : 13;
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

/**
 * Draws a Plot chart with the site's type, colours and locale in the render's document. Every mark
 * is decoration for assistive tech (the figure carries the alt text and a data table), so each is
 * aria-hidden here rather than in every chart file.
 */
export function plotChart({ locale, width, document }: RenderContext, options: Plot.PlotOptions): Element {
  const marks = (options.marks ?? []).flat(Number.POSITIVE_INFINITY as 1);
  for (const mark of marks) if (mark instanceof Plot.Mark) (mark as { ariaHidden?: string }).ariaHidden = "true";
  // Plot types its result for the browser's DOM; at build time it is linkedom's element.
  return Plot.plot({ ...basePlotOptions(locale, width), document, ...options, marks }) as unknown as Element;
}

/** A tick formatter for numbers in the page's locale. */
export function numberTick(locale: Locale, options: Intl.NumberFormatOptions = {}) {
  return (d: number) => formatNumber(d, locale, options);
}

/**
 * The value (y) axis of a quantity chart: its unit on top with no arrow, a grid, numbers in the
 * locale, and `count` ticks above zero up to `top` (the domain too, unless `fixDomain` is false).
 */
export function valueAxis(locale: Locale, label: string, top: number, count: number, fixDomain = true) {
  return {
    label,
    labelArrow: "none" as const,
    labelAnchor: "top" as const,
    grid: true,
    ...(fixDomain ? { domain: [0, top] } : {}),
    tickFormat: numberTick(locale),
    ticks: ticksAboveZero(top, count),
  };
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
  return t(locale, "punct.colon");
}

/** Unique source ids, in first-seen order. */
export function uniqueIds(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/** Text options for a label that runs rightwards from its anchor (end-of-line labels), in any script. */
export function labelRight(locale: Locale) {
  return locale === "ar" ? { textAnchor: "end" as const, ...textDirection(locale) } : { textAnchor: "start" as const };
}

/** Text options for a label that starts at the chart's start edge: the left, or the right in Arabic. */
export function labelStart(locale: Locale) {
  return locale === "ar" ? { textAnchor: "start" as const, ...textDirection(locale) } : { textAnchor: "start" as const };
}

/** Category names written just above their bars (x = 0), from the start edge. */
export function namesAboveBars<Bar>(bars: Bar[], y: string, name: (bar: Bar) => string, locale: Locale) {
  return Plot.text(bars, { x: 0, y, text: name, dx: locale === "ar" ? -3 : 3, dy: -19, fill: cssVar("text"), ...labelStart(locale) });
}

/** Values written just past the end of their bars, in bold, running away from the bar in any script. */
export function valuesAtBarEnds<Bar>(bars: Bar[], x: string, y: string, value: (bar: Bar) => string, locale: Locale) {
  const ar = locale === "ar";
  return Plot.text(bars, { x, y, text: value, dx: ar ? -6 : 6, fontWeight: 600, fill: cssVar("text"), textAnchor: ar ? "end" : "start" });
}

/** Text options for a label that runs leftwards from its anchor, in any script. */
export function labelLeft(locale: Locale) {
  return locale === "ar" ? { textAnchor: "start" as const, ...textDirection(locale) } : { textAnchor: "end" as const };
}

/** Bidi marks and isolates: they take no room on screen. */
const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Width of a chart label in px at the chart font size: a build-time estimate erring on the wide
 * side (digits and Arabic glyphs in Noto Sans are wider than the usual 0.5 em), so labels sized
 * by it stay inside the SVG (tests/e2e/label-fit.test.ts measures the real glyphs).
 */
export function labelWidth(text: string, width: number, bold = false): number {
  const visible = text.replace(INVISIBLE, "");
  const arabic = /[\u0600-\u06ff]/.test(visible);
  return visible.length * fontSizeFor(width) * (arabic ? 0.64 : 0.62) * (bold ? 1.06 : 1);
}

/** A margin that holds the longest of `labels` drawn `gap` px from the plot area. */
export function marginFor(labels: string[], width: number, gap = 8, bold = false): number {
  return Math.ceil(Math.max(0, ...labels.map((l) => labelWidth(l, width, bold))) + gap + 4);
}

/**
 * Year ticks from `first` to the `horizon` a chart reaches: round years every `step`, and the
 * horizon itself (the target year), leaving out a round year that would crowd it.
 */
export function horizonTicks(first: number, horizon: number, step: number): number[] {
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= horizon - Math.max(2, step / 2); year += step) ticks.push(year);
  return [...ticks, horizon];
}

/** Value ticks above zero: the zero line is drawn, and its "0" would sit in the corner on the first year tick. */
export function ticksAboveZero(max: number, count: number): number[] {
  return d3ticks(0, max, count).filter((v) => v > 0);
}

/**
 * Moves labels apart so no two are closer than `gap` (px, top = 0), keeping their order and each
 * group of crowded labels centred on where its labels were asked to be. A deterministic pass on
 * positions the chart computes at build time; returns the new positions in the input order.
 */
export function spreadApart(ys: number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const groups: { items: typeof order; top: number }[] = [];
  for (const item of order) {
    groups.push({ items: [item], top: item.y });
    // Merge with the group above while they collide, re-centring the merged group.
    while (groups.length > 1) {
      const [above, below] = groups.slice(-2);
      if (above.top + above.items.length * gap <= below.top) break;
      const items = [...above.items, ...below.items];
      const mean = items.reduce((sum, it) => sum + it.y, 0) / items.length;
      groups.splice(-2, 2, { items, top: mean - ((items.length - 1) * gap) / 2 });
    }
  }
  const out = new Array<number>(ys.length);
  for (const group of groups) group.items.forEach((it, k) => (out[it.i] = group.top + k * gap));
  return out;
}
