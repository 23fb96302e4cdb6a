// The palette in both themes, for the colours the charts actually draw (read from their rendered
// SVG, not listed by hand): marks at least 3:1 and text at least 4.5:1 against the page background
// (WCAG 1.4.11 and 1.4.3), and series drawn together stay apart for colour-blind readers.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { tokens, type TokenName } from "../src/core/theme/tokens";
import { charts } from "../src/charts/registry";
import { renderChart } from "../src/charts/kit/ssr";
import { CHART_WIDTHS } from "../src/charts/figure";
import { locales } from "../src/core/i18n/locales";

/** sRGB hex → linear RGB. */
function linear(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
}

/** WCAG relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// Machado, Oliveira & Fernandes (2009) matrices for full-severity dichromacy, on linear RGB.
const cvd: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** Linear RGB → CIE Lab (D65). */
function lab([r, g, b]: number[]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** Colour difference (CIE76) between two colours as seen with a given vision. */
function difference(a: string, b: string, vision?: keyof typeof cvd): number {
  const simulate = (hex: string) => {
    const c = linear(hex);
    if (!vision) return c;
    return cvd[vision].map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2])));
  };
  const [p, q] = [lab(simulate(a)), lab(simulate(b))];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** Tokens that are not data: guides (axis rules, gridlines), separators and halos in the background's
 * colour, and the keyboard focus ring (which has its own contrast rule in the page CSS). */
const NOT_DATA = new Set<string>(["rule", "grid", "bg", "surface", "focus"]);
const SHAPES = "path,rect,circle,line,polyline,polygon,ellipse";

/** The colour tokens one chart draws, read from its rendered SVG in every locale and width (fixtures,
 * as the snapshots use): marks (fills and strokes of shapes), text colours, and knockout text drawn in
 * the background colour on top of marks. */
function tokensDrawn(id: string): { marks: Set<string>; texts: Set<string>; knockout: boolean } {
  const chart = charts.find((c) => c.id === id)!;
  const rows = JSON.parse(readFileSync(join(process.cwd(), "tests/fixtures/charts", `${id}.json`), "utf8"));
  const marks = new Set<string>();
  const texts = new Set<string>();
  let knockout = false;
  for (const locale of locales) {
    for (const width of Object.values(CHART_WIDTHS)) {
      const { document } = parseHTML(`<html><body>${renderChart(chart, rows, locale, width).svg}</body></html>`);
      for (const element of document.querySelectorAll("*")) {
        const tag = element.tagName.toLowerCase();
        // A text, or a group that holds only texts (Plot puts a text mark's fill on its group).
        const isText = tag === "text" || tag === "tspan" || (element.querySelector("text") !== null && element.querySelector(SHAPES) === null);
        for (const attribute of ["fill", "stroke"]) {
          for (const match of (element.getAttribute(attribute) ?? "").matchAll(/var\(--c-([a-z-]+)\)/g)) {
            const token = match[1];
            if (!isText) marks.add(token);
            else if (attribute === "fill" && token === "bg") knockout = true;
            else if (attribute === "fill") texts.add(token);
          }
        }
      }
    }
  }
  for (const token of NOT_DATA) marks.delete(token);
  return { marks, texts, knockout };
}

const drawn = new Map(charts.map((c) => [c.id, tokensDrawn(c.id)]));
const all = (pick: (d: ReturnType<typeof tokensDrawn>) => Iterable<string>) =>
  [...new Set([...drawn.values()].flatMap((d) => [...pick(d)]))].sort() as TokenName[];
const marks = all((d) => d.marks);
const texts = [...new Set<TokenName>([...all((d) => d.texts), "text", "muted", "link"])].sort();
// Series drawn in one chart must be told apart by colour (labels and shapes help too); "muted" is
// context (history, other regions), never a series to match against a key.
const together = [
  ...new Set(
    [...drawn.values()].flatMap(({ marks: m }) => {
      const series = [...m].filter((t) => t !== "muted" && t !== "text").sort();
      return series.flatMap((a, i) => series.slice(i + 1).map((b) => `${a}|${b}`));
    }),
  ),
]
  .sort()
  .map((pair) => pair.split("|") as [TokenName, TokenName]);
const knockoutOn = [...drawn.values()].filter((d) => d.knockout).flatMap((d) => [...d.marks].filter((t) => t !== "muted" && t !== "text")) as TokenName[];

describe("the colours the charts draw", () => {
  it("are found in the rendered charts", () => {
    // The series colours of the trade charts are drawn as marks and as direct labels.
    expect(marks).toContain("exports");
    expect(texts).toContain("exports");
    expect(together.length).toBeGreaterThan(0);
  });
});

describe.each(["light", "dark"] as const)("%s theme", (theme) => {
  const palette = tokens[theme];

  it.each(marks)("mark colour %s has at least 3:1 contrast with the background", (name) => {
    expect(contrast(palette[name], palette.bg)).toBeGreaterThanOrEqual(3);
  });

  it.each(texts)("text colour %s has at least 4.5:1 contrast with the background and the surface", (name) => {
    expect(contrast(palette[name], palette.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette[name], palette.surface)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([...new Set(knockoutOn)])("text in the background colour on %s has at least 4.5:1 contrast", (name) => {
    expect(contrast(palette.bg, palette[name])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(together)("%s and %s stay distinguishable with normal and colour-blind vision", (a, b) => {
    for (const vision of [undefined, "protanopia", "deuteranopia", "tritanopia"] as const) {
      // 10 ΔE is a clearly visible difference for adjacent lines and swatches.
      expect(difference(palette[a], palette[b], vision), `${a}/${b} under ${vision ?? "normal vision"}`).toBeGreaterThan(10);
    }
  });
});

describe("contrast()", () => {
  it("matches the WCAG reference values", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });
});
