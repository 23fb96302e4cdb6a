// Images right in every script: every character an export prints has a glyph in the export fonts,
// and Arabic label runs come out of resvg in the visual order a reader expects.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { Resvg } from "@resvg/resvg-js";
import { fontCodePoints } from "./cmap";
import { exportFontFiles, woffToSfnt } from "./fonts";
import { figureFor } from "./figures";
import { isolateRanges, ogImageSvg, standaloneSvg } from "./standalone";
import { charts } from "../../charts/registry";
import { locales, type Locale } from "../../core/i18n/locales";
import { t } from "../../core/i18n";

/** Characters each export font family draws, from the cmaps of its files. */
function familyCodePoints(): Map<string, Set<number>> {
  const families = new Map<string, Set<number>>();
  for (const file of exportFontFiles()) {
    const family = /arabic/i.test(file) ? "Noto Sans Arabic" : "Noto Sans";
    const bytes = readFileSync(file);
    const points = fontCodePoints(bytes.toString("latin1", 0, 4) === "wOFF" ? woffToSfnt(bytes) : bytes);
    const set = families.get(family) ?? new Set<number>();
    for (const p of points) set.add(p);
    families.set(family, set);
  }
  return families;
}

/** Bidi and layout controls: shaped away by resvg, never drawn, so they need no glyph. */
const CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** Text resvg draws: the content of <text> elements, not <title> or <desc>. */
function drawnText(svg: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll("text")].map((el) => el.textContent ?? "").join("");
}

describe("export glyph coverage", () => {
  const fonts = familyCodePoints();
  it("parses the fonts' character maps", () => {
    expect(fonts.get("Noto Sans")!.has("A".codePointAt(0)!)).toBe(true);
    expect(fonts.get("Noto Sans Arabic")!.has("ب".codePointAt(0)!)).toBe(true);
    expect(fonts.get("Noto Sans Arabic")!.has("≈".codePointAt(0)!)).toBe(false);
  });

  for (const locale of locales) {
    it(`every character in every ${locale} export (SVG, PNG, og:image) has a glyph in the locale's font`, () => {
      const family = locale === "ar" ? "Noto Sans Arabic" : "Noto Sans";
      const covered = fonts.get(family)!;
      const missing: string[] = [];
      for (const chart of charts) {
        const figure = figureFor(chart.id, locale);
        const svgs = [standaloneSvg(figure, locale, "light", "https://example.org"), ogImageSvg(figure, locale, t(locale, "site.name"))];
        for (const ch of new Set([...svgs.map(drawnText).join("")])) {
          if (/\s/u.test(ch) || CONTROLS.test(ch)) continue;
          if (!covered.has(ch.codePointAt(0)!)) missing.push(`${chart.id}: "${ch}" U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});

const PALETTE = ["#ff0000", "#00c000", "#0000ff", "#ff00ff"];

/**
 * Renders `text` with resvg, painting each of `parts` (substrings, in logical order) its own colour,
 * and returns the parts sorted by where they land from left to right.
 */
function visualOrder(text: string, parts: string[]): string[] {
  let marked = text;
  parts.forEach((part, i) => {
    marked = marked.replace(part, `<tspan fill="${PALETTE[i]}">${part}</tspan>`);
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="60"><rect width="100%" height="100%" fill="#fff"/><text x="20" y="40" font-size="24" font-family="'Noto Sans Arabic'" fill="#fff">${marked}</text></svg>`;
  const image = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: exportFontFiles(), defaultFontFamily: "Noto Sans" } }).render();
  // The pixels getter copies the whole buffer: read it once.
  const pixels = image.pixels;
  const lefts = parts.map((_, i) => {
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(PALETTE[i].slice(at, at + 2), 16));
    let left = Infinity;
    for (let p = 0; p < pixels.length; p += 4) {
      const near = Math.abs(pixels[p] - r) < 60 && Math.abs(pixels[p + 1] - g) < 60 && Math.abs(pixels[p + 2] - b) < 60;
      if (near) left = Math.min(left, (p / 4) % image.width);
    }
    if (left === Infinity) throw new Error(`"${parts[i]}" was not drawn`);
    return left;
  });
  return parts
    .map((part, i) => ({ part, left: lefts[i] }))
    .sort((a, b) => a.left - b.left)
    .map((p) => p.part);
}

/** The drawn lines of the Arabic export of a chart (RLE/LRI marks kept), as resvg receives them. */
function arabicLines(id: string): string[] {
  const svg = standaloneSvg(figureFor(id, "ar" as Locale), "ar", "light", "");
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll("text")].flatMap((el) =>
    (el.querySelector("tspan") ? [...el.querySelectorAll("tspan")] : [el]).map((n) => n.textContent ?? ""),
  );
}

describe("Arabic order in exports", () => {
  it("an end label reads right to left: the signed gap, then the words", () => {
    // The wide end label is wrapped: its value on one line, then the reading ("+84 مليار كل سنة").
    const line = arabicLines("exports-vs-target").find((l) => l.includes("+") && /[\u0600-\u06FF]/u.test(l));
    expect(line).toBeDefined();
    const words = line!.match(/[\u0600-\u06FF]+/u)![0];
    // Left to right on the image: the Arabic words, then +84 (sign first) at the right, where the line starts.
    expect(visualOrder(line!, [words, "+", "84"])).toEqual([words, "+", "84"]);
  });

  it("a year range in an Arabic title keeps its years in reading order", () => {
    const line = arabicLines("exports-by-sector").find((l) => /\d{4}\u2013\d{4}/u.test(l));
    expect(line).toBeDefined();
    const [from, to] = line!.match(/(\d{4})\u2013(\d{4})/u)!.slice(1);
    expect(visualOrder(line!, [from, to])).toEqual([from, to]);
  });

  it("isolates en-dash number ranges once, and leaves isolated ones and hyphens alone", () => {
    expect(isolateRanges("خارطة 2025–2027 بالشرح")).toBe("خارطة \u20662025–2027\u2069 بالشرح");
    expect(isolateRanges("\u20662018–2025\u2069")).toBe("\u20662018–2025\u2069");
    expect(isolateRanges("2025-2027")).toBe("2025-2027");
  });

  it("the site name's range reads 2025–2027 in the Arabic og:image", () => {
    const name = t("ar", "site.name");
    const range = name.match(/(\d{4})\u2013(\d{4})/u);
    if (!range) return expect(name).not.toMatch(/\d{4}\u2013\d{4}/u);
    const svg = ogImageSvg(figureFor("exports-vs-target", "ar"), "ar", name);
    const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
    const footer = [...document.querySelectorAll("text")].map((el) => el.textContent ?? "").find((l) => l.includes(range[1]))!;
    expect(visualOrder(footer, [range[1], range[2]])).toEqual([range[1], range[2]]);
  });
});
