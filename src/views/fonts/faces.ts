// The site's web fonts: which files exist (Noto Sans for Latin, Noto Sans Arabic for Arabic, 400
// and 700), where the build writes their subsets (scripts in src/views/fonts/subset.ts), and the
// @font-face rules pages inline, each with a metric-matched fallback face so that the swap from
// the fallback to the web font does not move the text (size-adjust and the ascent, descent and
// line-gap overrides are computed here from the font files, never typed).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
// subset-font ships no types: src/views/fonts/subset-font.d.ts declares the one function used.
import subsetFont from "subset-font";
import { strings, type Locale } from "../../core/i18n";
import { meanAdvancePerEm, readFontMetrics, type FontMetrics } from "./sfnt";

export type FontScript = "latin" | "arabic";

/** One web font file of the site. */
export interface WebFont {
  family: string;
  /** Family name of its metric-matched fallback face. */
  fallbackFamily: string;
  weight: 400 | 700;
  script: FontScript;
  /** The complete file the subset is cut from (a @fontsource package file). */
  source: string;
  /** Name of the subset file under the site's fonts/ folder. */
  file: string;
  /** A font installed on readers' systems that the fallback face uses, and its file here to measure it. */
  fallback: { local: readonly string[]; file: string };
}

/** The folder of the built site (and of the dev server) that holds the subset fonts. */
export const FONT_DIR = "fonts";

const fontsource = (pkg: string, name: string) => join(process.cwd(), "node_modules", "@fontsource", pkg, "files", name);
// DejaVu Sans is what Chromium on Linux (and the bench) falls back to for sans-serif. Its Arabic
// glyphs make it the fallback for both scripts. Its files are measured from the exact-pinned npm
// package (the same 2.37 files Debian installs), so every machine computes the same metrics.
const DEJAVU = join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const dejavu = {
  400: { local: ["DejaVu Sans", "DejaVuSans"], file: join(DEJAVU, "DejaVuSans.ttf") },
  700: { local: ["DejaVu Sans Bold", "DejaVuSans-Bold"], file: join(DEJAVU, "DejaVuSans-Bold.ttf") },
} as const;

export const WEB_FONTS: readonly WebFont[] = ([400, 700] as const).flatMap((weight) => [
  {
    family: "Noto Sans",
    fallbackFamily: "Noto Sans Fallback",
    weight,
    script: "latin" as const,
    source: fontsource("noto-sans", `noto-sans-latin-${weight}-normal.woff2`),
    file: `noto-sans-latin-${weight}.woff2`,
    fallback: dejavu[weight],
  },
  {
    family: "Noto Sans Arabic",
    fallbackFamily: "Noto Sans Arabic Fallback",
    weight,
    script: "arabic" as const,
    source: fontsource("noto-sans-arabic", `noto-sans-arabic-arabic-${weight}-normal.woff2`),
    file: `noto-sans-arabic-${weight}.woff2`,
    fallback: dejavu[weight],
  },
]);

/** The scripts a page in `locale` sets text in: Arabic pages use both (digits and Latin names fall to Noto Sans). */
export function scriptsOf(locale: Locale): FontScript[] {
  return locale === "ar" ? ["arabic", "latin"] : ["latin"];
}

/**
 * The one font worth a preload on a page in `locale`: the one its largest text (the <h1> and lede,
 * 700 and 400) needs first. Latin pages preload the body weight; Arabic pages the Arabic body weight.
 */
export function lcpFont(locale: Locale): WebFont {
  const script: FontScript = locale === "ar" ? "arabic" : "latin";
  return WEB_FONTS.find((f) => f.script === script && f.weight === 400)!;
}

/** Fallback-face descriptors, as CSS percentages. */
export interface FallbackMetrics {
  sizeAdjust: number;
  ascentOverride: number;
  descentOverride: number;
  lineGapOverride: number;
}

/**
 * Metrics that make `fallback` take the room `web` takes: size-adjust scales the fallback's glyphs
 * to the web font's mean advance over `sample` (the site's own words), and the overrides give
 * its line box the web font's ascender, descender and line gap (divided by size-adjust, which
 * scales them too).
 */
export function fallbackMetrics(web: FontMetrics, fallback: FontMetrics, sample: string): FallbackMetrics {
  const sizeAdjust = meanAdvancePerEm(web, sample, fallback) / meanAdvancePerEm(fallback, sample, web);
  const per = (units: number) => Math.abs(units) / web.unitsPerEm / sizeAdjust;
  return { sizeAdjust, ascentOverride: per(web.ascender), descentOverride: per(web.descender), lineGapOverride: per(web.lineGap) };
}

const percent = (x: number) => `${(x * 100).toFixed(2)}%`;

/** The interface strings that are set in `script`: the sample a fallback is fitted to. */
function sampleText(script: FontScript): string {
  const tables = script === "arabic" ? [strings.ar] : [strings.fr, strings.en];
  return tables.flatMap((table) => Object.values(table)).join(" ");
}

async function sfntOf(font: WebFont, sample: string): Promise<Buffer> {
  // Decompressed (and cut to the sample, so it is quick) only to read its metrics.
  return Buffer.from(await subsetFont(readFileSync(font.source), sample, { targetFormat: "sfnt" }));
}

const fallbackCache = new Map<string, Promise<FallbackMetrics | null>>();

/** The fallback metrics of one web font, or null when its fallback font is not installed here to measure. */
export function fallbackFor(font: WebFont): Promise<FallbackMetrics | null> {
  let cached = fallbackCache.get(font.file);
  if (!cached) {
    cached = (async () => {
      if (!existsSync(font.fallback.file)) {
        console.warn(
          `⚠ fonts: ${font.fallback.file} is missing (run npm ci: it comes with the dejavu-fonts-ttf package): ${font.family} ${font.weight} gets no metric-matched fallback`,
        );
        return null;
      }
      const sample = sampleText(font.script);
      const web = readFontMetrics(await sfntOf(font, sample));
      return fallbackMetrics(web, readFontMetrics(readFileSync(font.fallback.file)), sample);
    })();
    fallbackCache.set(font.file, cached);
  }
  return cached;
}

/** A web font a page loads after its first paint, in place of its stand-in face (see fontFaceCss). */
export interface LateFont {
  family: string;
  weight: number;
  url: string;
}

/**
 * The fonts a page in `locale` loads after its first paint: every face of its scripts but the one
 * it preloads (lcpFont). Until they come, a stand-in face takes their place: the metric-matched
 * fallback under the web font's own family name, so the page's first paint needs one font file.
 */
export function lateFonts(locale: Locale, base: string): LateFont[] {
  const first = lcpFont(locale);
  return scriptsOf(locale).flatMap((script) =>
    WEB_FONTS.filter((f) => f.script === script && f !== first).map((f) => ({ family: f.family, weight: f.weight, url: `${base}${FONT_DIR}/${f.file}` })),
  );
}

/**
 * The @font-face rules a page inlines for the fonts of `scripts`: the web fonts and their fallback
 * faces. font-display: optional: a font that has not arrived within the short block period is not
 * swapped in later on that page (so text never moves once shown; the next page has it cached),
 * and the metric-matched fallback shown meanwhile takes the room the web font would.
 * With `late` (see lateFonts), those faces are declared as stand-ins instead: the fallback font
 * under the web family's name, which the page's after-paint script replaces with the web font
 * (a face added later with the same descriptors wins), without moving the text.
 */
export async function fontFaceCss(scripts: readonly FontScript[], base: string, late: readonly LateFont[] = []): Promise<string> {
  const rules: string[] = [];
  for (const script of scripts) {
    for (const font of WEB_FONTS.filter((f) => f.script === script)) {
      const m = await fallbackFor(font);
      const local = font.fallback.local.map((name) => `local("${name}")`).join(",");
      const metrics = m
        ? `size-adjust:${percent(m.sizeAdjust)};ascent-override:${percent(m.ascentOverride)};descent-override:${percent(m.descentOverride)};line-gap-override:${percent(m.lineGapOverride)}`
        : "";
      const isLate = late.some((l) => l.family === font.family && l.weight === font.weight);
      rules.push(
        isLate
          ? `@font-face{font-family:"${font.family}";font-style:normal;font-weight:${font.weight};src:${local}${metrics ? `;${metrics}` : ""}}`
          : `@font-face{font-family:"${font.family}";font-style:normal;font-weight:${font.weight};font-display:optional;src:url(${base}${FONT_DIR}/${font.file}) format("woff2")}`,
      );
      if (m) rules.push(`@font-face{font-family:"${font.fallbackFamily}";font-style:normal;font-weight:${font.weight};src:${local};${metrics}}`);
    }
  }
  return rules.join("\n");
}

/** The address of the font a page in `locale` preloads. */
export function preloadHref(locale: Locale, base: string): string {
  return `${base}${FONT_DIR}/${lcpFont(locale).file}`;
}
