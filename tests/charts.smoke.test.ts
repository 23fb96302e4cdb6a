// Every chart drawn from the real data/, in every locale and at both widths: no NaN or undefined,
// a title and alt text in each language, a data table shaped like its header, tooltip points
// inside the drawing, chart text never below 11 px at 360 px, and the expected number of marks.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { loadData, type Datasets } from "../src/data";
import { charts, chartById } from "../src/charts/registry";
import { buildFigure, CHART_WIDTHS } from "../src/charts/figure";
import { renderChart } from "../src/charts/kit/ssr";
import { locales } from "../src/core/i18n/locales";
import { goalById, roadmapYears } from "../src/data/derive";
import { itemStatuses } from "../src/data/schema";

const data = loadData();
const reformStatuses = itemStatuses;
const cases = charts.flatMap((c) => locales.map((l) => [c.id, l] as const));

/** Counts the elements with this tag in a drawn chart (read with an HTML parser). */
function count(svg: string, tag: string): number {
  return parseHTML(`<html><body>${svg}</body></html>`).document.querySelectorAll(tag).length;
}

/** The jobs goal's dots: one per roadmap year and per year of the PAI target path, and the PAI result. */
function jobsGoalDots(d: Datasets): number {
  const pai = d.pastPlans.find((p) => p.plan_id === "pai" && p.metric === "jobs");
  if (!pai || pai.period_start === null || pai.period_end === null) throw new Error("data/past_plans.csv lacks the PAI jobs period");
  return roadmapYears(d.goals).count + (pai.period_end - pai.period_start + 1) + 1;
}

// Marks each chart must draw, computed from data/ (so a changed CSV changes the expectation, not the test).
const expectedMarks: Record<string, (d: Datasets) => { tag: string; count: number }[]> = {
  // One dot per year of trade, and one at the end of each of the two readings of the target.
  "exports-vs-target": (d) => [{ tag: "circle", count: d.tradeAnnual.length + 2 }],
  "exports-by-sector": (d) => [{ tag: "circle", count: d.sectorExports.filter((r) => r.exports_mad_bn !== null).length }],
  // Counts of other years than the goal's baseline, and the baseline the roadmap states.
  "exporter-base": (d) => [{ tag: "circle", count: d.exporters.filter((r) => r.year !== goalById(d.goals, "new-exporters").baseline_year).length + 1 }],
  "jobs-goal": (d) => [{ tag: "circle", count: jobsGoalDots(d) }],
  "new-exporters-by-region": (d) => [{ tag: "rect", count: d.newExportersByRegion.length }],
  "firm-concentration": (d) => [{ tag: "circle", count: d.firmConcentration.length * 2 }],
  "roadmap-timeline": (d) => [{ tag: "circle", count: d.milestones.length }],
  "craft-exports": (d) => [
    { tag: "circle", count: d.craftExports.filter((r) => r.scope === "year-to-date" && r.reading === "main" && r.exports_mad_m !== null).length },
    { tag: "rect", count: d.craftExports.filter((r) => r.scope === "calendar-year" && r.reading === "main" && r.exports_mad_m !== null).length },
  ],
  "craft-exports-by-product": (d) => [{ tag: "rect", count: d.craftExportsByProduct.filter((r) => r.share_pct !== null).length }],
  "craft-exports-by-destination": (d) => [{ tag: "rect", count: d.craftExportsByDestination.filter((r) => r.share_pct !== null).length }],
  "levers-reforms-status": (d) => [
    // A square per lever and reform, the lower half of each partly described one, and the key: a square
    // per status the schema allows plus the half of the "partly described" square.
    {
      tag: "rect",
      count: d.levers.length + d.reforms.length + d.reforms.filter((r) => r.status === "partly-described").length + reformStatuses.length + 1,
    },
  ],
};

describe.each(cases)("%s in %s", (id, locale) => {
  const figure = buildFigure(id, locale, data);

  it("has a title, a dek, alt text and sources, with no NaN or undefined", () => {
    for (const text of [figure.title, figure.dek, figure.alt, figure.notes ?? ""]) {
      expect(text).not.toMatch(/NaN|undefined|\[object/);
    }
    expect(figure.title.length).toBeGreaterThan(5);
    expect(figure.alt.length).toBeGreaterThan(40);
    expect(figure.sources.length).toBeGreaterThan(0);
    expect(figure.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("draws SVG without NaN or undefined, and a table shaped like its header", () => {
    for (const svg of [figure.svg.narrow, figure.svg.wide]) {
      expect(svg).toMatch(/^<svg/);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    }
    expect(figure.table.rows.length).toBeGreaterThan(0);
    for (const row of figure.table.rows) {
      expect(row).toHaveLength(figure.table.columns.length);
      for (const v of row) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
    }
  });

  it("places every tooltip point inside the drawing", () => {
    for (const [key, width] of Object.entries(CHART_WIDTHS) as [keyof typeof CHART_WIDTHS, number][]) {
      const points = figure.points[key];
      const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(figure.svg[key])?.[1]);
      for (const p of points) {
        expect(p.label).not.toMatch(/NaN|undefined/);
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(width);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(height);
      }
    }
  });

  it("never sets chart text below 11 px at 360 px", () => {
    const svg = figure.svg.narrow;
    const sizes = [...svg.matchAll(/font-size(?:="|:\s*)(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  });
});

describe.each(Object.keys(expectedMarks).flatMap((id) => locales.map((l) => [id, l] as const)))("%s in %s", (id, locale) => {
  it("draws the expected number of marks", () => {
    for (const width of Object.values(CHART_WIDTHS)) {
      const svg = renderChart(chartById(id), chartById(id).select(data), locale, width).svg;
      for (const { tag, count: n } of expectedMarks[id](data)) expect(count(svg, tag), `${tag} at ${width}px`).toBe(n);
    }
  });
});

describe("the chart set", () => {
  it("has at least ten charts with unique ids, each stating whether it mirrors in Arabic", () => {
    const ids = charts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const id of [
      "exports-vs-target",
      "trade-coverage",
      "exports-by-sector",
      "exporter-base",
      "jobs-goal",
      "new-exporters-by-region",
      "firm-concentration",
      "roadmap-timeline",
      "levers-reforms-status",
    ]) {
      expect(ids).toContain(id);
    }
    for (const c of charts) expect(c.rtl.why.length).toBeGreaterThan(10);
  });

  it("uses an editor's alt text where one is set", () => {
    const chart = chartById("jobs-goal");
    chart.altOverride = { en: "Edited alt text for the jobs chart." };
    try {
      expect(buildFigure("jobs-goal", "en", data).alt).toBe("Edited alt text for the jobs chart.");
      expect(buildFigure("jobs-goal", "en", data).altEdited).toBe(true);
      expect(buildFigure("jobs-goal", "fr", data).alt).toBe(chart.describe(chart.select(data), "fr"));
    } finally {
      delete chart.altOverride;
    }
  });

  it("draws a gap, not a zero, where a sector's value is unknown", () => {
    const rows = chartById("exports-by-sector").select(data);
    const table = chartById("exports-by-sector").table(rows, "en");
    const unknown = data.sectorExports.filter((r) => r.exports_mad_bn === null && r.year >= 2018);
    expect(unknown.length).toBeGreaterThan(0);
    expect(table.rows.flat().filter((v) => v === null).length).toBeGreaterThanOrEqual(unknown.length);
    expect(table.rows.flat()).not.toContain(0);
  });
});

describe("the development gallery", () => {
  it("draws every chart at 320, 640 and 960 px, with both theme blocks", async () => {
    const { galleryModel, galleryThemeCss, GALLERY_WIDTHS } = await import("../src/charts/gallery");
    const entries = galleryModel("ar", data);
    expect(entries.map((e) => e.id)).toEqual(charts.map((c) => c.id));
    for (const e of entries) expect(e.renders.map((r) => r.width)).toEqual([...GALLERY_WIDTHS]);
    expect(galleryThemeCss()).toMatch(/\.gallery-dark\{--c-bg:/);
  });
});
