// Build-time exports: WOFF unpacking for resvg, PNG size, Arabic shaping and standalone SVG.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { woffToSfnt, exportFontFiles } from "./fonts";
import { svgToPng, pngSize } from "./rasterize";
import { resolveChartSvg, standaloneSvg, svgHeight, EXPORT_WIDTH } from "./standalone";
import { figureCsv } from "./downloads";
import { figureFor } from "./figures";
import { charts } from "../../charts/registry";
import { tokens } from "../../core/theme/tokens";

const require = createRequire(import.meta.url);

describe("woffToSfnt", () => {
  it("unpacks a WOFF into a TrueType font with the same tables", () => {
    const woff = readFileSync(require.resolve("@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff"));
    const ttf = woffToSfnt(woff);
    expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // flavor
    expect(ttf.readUInt16BE(4)).toBe(woff.readUInt16BE(12)); // numTables
    expect(ttf.length).toBe(woff.readUInt32BE(16)); // totalSfntSize
  });
});

/** Width resvg lays a line of text out at, in the bundled fonts. */
function textWidth(text: string, family: string): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="60"><text x="10" y="40" font-size="24" font-family="${family}">${text}</text></svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: exportFontFiles(), defaultFontFamily: "Noto Sans" } }).getBBox()?.width ?? 0;
}

describe("svgToPng", () => {
  it("writes a PNG of the requested width and the SVG's aspect ratio", () => {
    const png = svgToPng(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><rect width="200" height="50" fill="#0b5cad"/></svg>`, {
      width: 400,
      background: "#ffffff",
    });
    expect(pngSize(png)).toEqual({ width: 400, height: 100 });
  });

  it("shapes Arabic: joined letters are narrower than the same letters isolated", () => {
    const word = "الصادرات";
    const joined = textWidth(word, "Noto Sans Arabic");
    const isolated = textWidth([...word].join(" "), "Noto Sans Arabic") - textWidth(" ".repeat(word.length - 1), "Noto Sans Arabic");
    expect(joined).toBeGreaterThan(20);
    expect(joined).toBeLessThan(isolated);
    // Latin digits in Arabic text come from the same font, so no glyph is missing.
    expect(textWidth("2010", "Noto Sans Arabic")).toBeGreaterThan(20);
  });
});

describe("standalone SVG", () => {
  it("resolves every colour variable to the theme's value", () => {
    const out = resolveChartSvg(
      `<svg style="color:var(--c-text);font-family:var(--font-ar, 'Noto Sans Arabic', sans-serif)" fill="currentColor"><path stroke="var(--c-exports)"/></svg>`,
      "ar",
      "dark",
    );
    expect(out).not.toContain("var(");
    expect(out).toContain(tokens.dark.exports);
    expect(out).toContain(`fill="${tokens.dark.text}"`);
  });

  it("frames every chart in every theme with no CSS variable left", () => {
    for (const chart of charts) {
      for (const theme of ["light", "dark"] as const) {
        const svg = standaloneSvg(figureFor(chart.id, "ar"), "ar", theme, "example.org");
        expect(svg, chart.id).not.toMatch(/var\(--/);
        expect(svg).toContain(`<rect width="100%" height="100%" fill="${tokens[theme].bg}"/>`);
        expect(svgHeight(svg)).toBeGreaterThan(200);
        expect(svg).toContain(`width="${EXPORT_WIDTH}"`);
      }
    }
  });
});

describe("CSV", () => {
  it("has the table's columns plus source ids, data date and credit, one line per table row", () => {
    const figure = figureFor(charts[0].id, "fr");
    const lines = figureCsv(figure, "fr", "https://example.org/").trimEnd().split("\r\n");
    expect(lines.length).toBe(figure.table.rows.length + 1);
    expect(lines[0].endsWith(",source_ids,data_as_of,credit")).toBe(true);
  });
});

describe("published embed ids", () => {
  // Embeds pasted into other sites point at /embed/<id>/: an id, once published, must never go away.
  // Add new ids here when a chart is published; never remove or rename one.
  const PUBLISHED = [
    "exporter-base",
    "exports-by-sector",
    "exports-vs-target",
    "firm-concentration",
    "jobs-goal",
    "levers-reforms-status",
    "new-exporters-by-region",
    "regional-offices-map",
    "roadmap-timeline",
    "trade-coverage",
  ];

  it("every published id is still a chart in the registry", () => {
    const ids = new Set(charts.map((c) => c.id));
    expect(PUBLISHED.filter((id) => !ids.has(id))).toEqual([]);
  });
});
