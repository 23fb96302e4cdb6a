// The regional map: the map file's shapes match the data, every capital falls inside its own
// region, and the drawn map has exactly one linked shape per region.
import { describe, expect, it } from "vitest";
import { geoContains, geoPath, polygonArea } from "d3";
import { parseHTML } from "linkedom";
import { loadData } from "../src/data";
import { moroccoGeo, moroccoGeoAt, regionFeature, UNSEEN_DETAIL_SQUARE_PIXELS } from "../src/charts/geo/morocco";
import { CompactPathData, fitToWidth } from "../src/charts/geo/projection";
import { regionOfficeRows, regionPath } from "../src/charts/geo/offices";
import { drawRegionMap, drawTileGrid, tilePositions } from "../src/charts/geo/draw";
import { linkedMapMarkup } from "../src/charts/geo/links";
import { locatorSvg } from "../src/charts/geo/locator";
import { chartById } from "../src/charts/registry";
import { regionMapView, regionPageView, codeFromSlug } from "../src/views/pages/region";
import { locales, t } from "../src/core/i18n";

const data = loadData();
const geo = moroccoGeo();
const codes = data.regions.map((r) => r.region_code).sort();

describe("map file", () => {
  it("has the 12 regions and 75 prefectures/provinces of data/, with the same codes", () => {
    expect(geo.regions.features.map((f) => f.properties.code).sort()).toEqual(codes);
    expect(geo.provinces.features.map((f) => f.properties.code).sort()).toEqual(data.provinces.map((p) => p.province_code).sort());
    for (const p of geo.provinces.features) {
      expect(data.provinces.find((row) => row.province_code === p.properties.code)?.region_code, p.properties.code).toBe(p.properties.region);
    }
  });

  it("draws Morocco whole: no feature named or coded as a separate territory", () => {
    const names = [...geo.regions.features, ...geo.provinces.features].map((f) => JSON.stringify(f.properties));
    expect(names.filter((n) => /\bEH\b|Western Sahara|Sahara occidental/i.test(n))).toEqual([]);
  });

  it.each(data.regions.map((r) => [r.region_code, r.capital_fr, r.capital_lon, r.capital_lat] as const))(
    "%s: the capital %s falls inside its region and no other",
    (code, _name, lon, lat) => {
      expect(geoContains(regionFeature(code), [lon, lat])).toBe(true);
      const others = geo.regions.features.filter((f) => f.properties.code !== code && geoContains(f, [lon, lat]));
      expect(others.map((f) => f.properties.code)).toEqual([]);
    },
  );

  it("fits the projection to the width asked, with a sensible height", () => {
    for (const width of [220, 560, 1000]) {
      const { path, height } = fitToWidth(geo.outline, width);
      const [[x0], [x1]] = path.bounds(geo.outline);
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(width);
      expect(height / width).toBeGreaterThan(0.8);
      expect(height / width).toBeLessThan(1.3);
    }
  });
});

/** The rings of SVG path data made of m/M, l/L and z commands, in absolute coordinates. */
function ringsOf(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    if (command === "z" || command === "Z") {
      [x, y] = start;
      continue;
    }
    const [a, b] = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const relative = command === command.toLowerCase() && !(command === "m" && rings.length === 0);
    x = relative ? x + a : a;
    y = relative ? y + b : b;
    if (command === "m" || command === "M") {
      start = [x, y];
      rings.push([]);
    }
    rings.at(-1)?.push([x, y]);
  }
  return rings;
}

const areaOf = (d: string) => ringsOf(d).reduce((sum, ring) => sum + polygonArea(ring), 0);

describe("map drawing data", () => {
  it("compact path data draws the same points as d3's absolute path data, to a tenth of a pixel", () => {
    const { projection } = fitToWidth(geo.outline, 560);
    for (const shape of [geo.outline, ...geo.regions.features]) {
      const compact = new CompactPathData();
      geoPath(projection, compact)(shape);
      const ours = ringsOf(compact.toString());
      const theirs = ringsOf(geoPath(projection)(shape) ?? "");
      expect(ours.map((r) => r.length)).toEqual(theirs.map((r) => r.length));
      ours.flat().forEach(([x, y], i) => {
        const [tx, ty] = theirs.flat()[i];
        expect(Math.abs(x - tx)).toBeLessThanOrEqual(0.051);
        expect(Math.abs(y - ty)).toBeLessThanOrEqual(0.051);
      });
    }
  });

  it.each([220, 328, 560, 1200])("at %i px, leaves out only detail no screen shows: every region keeps its area, with no gap between regions", (width) => {
    const { pathData, pixelsPerDegree } = fitToWidth(geo.outline, width);
    const drawn = moroccoGeoAt(pixelsPerDegree);
    const points = (g: typeof geo) => ringsOf(g.regions.features.map((f) => pathData(f)).join("")).flat().length;
    expect(points(drawn)).toBeLessThan(points(geo));
    const regionArea = (g: typeof geo, code: string) => Math.abs(areaOf(pathData(g.regions.features.find((f) => f.properties.code === code)!)));
    for (const code of codes) {
      const full = regionArea(geo, code);
      // No more than the unseen detail along the border, against the smallest region drawn.
      expect(Math.abs(regionArea(drawn, code) - full) / full, code).toBeLessThan(0.02);
    }
    // Shared borders are simplified once, so the regions still tile the country exactly.
    const tiled = codes.reduce((sum, code) => sum + regionArea(drawn, code), 0);
    const whole = Math.abs(areaOf(pathData(drawn.outline)));
    expect(Math.abs(tiled - whole) / whole).toBeLessThan(0.001);
    expect(UNSEEN_DETAIL_SQUARE_PIXELS).toBeLessThanOrEqual(0.5);
  });
});

describe("regional-offices-map", () => {
  const rows = regionOfficeRows(data);
  const hrefFor = (code: string) => `/x/${regionPath(code)}`;
  const link = (code: string, name: string, status: string) => ({ href: hrefFor(code), label: `${name} — ${status}` });

  it("joins every region with its office status from data/offices.csv", () => {
    expect(rows).toHaveLength(12);
    for (const row of rows) expect(row.status).toBe(data.offices.find((o) => o.region_code === row.code)?.status);
  });

  it("is registered under its id", () => {
    expect(chartById("regional-offices-map").id).toBe("regional-offices-map");
  });

  for (const [kind, draw] of [
    ["map", drawRegionMap],
    ["tile grid", drawTileGrid],
  ] as const) {
    it.each(locales.map((l) => [l]))(`${kind} (%s): exactly one shape per region, each linked to its own page and named`, (locale) => {
      const markup = linkedMapMarkup((doc) => draw(rows, locale, kind === "map" ? 560 : 328, doc), link, "map");
      const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
      const links = Array.from(document.querySelectorAll("a.map-link"));
      expect(links).toHaveLength(12);
      for (const code of codes) {
        const shapes = document.querySelectorAll(`[data-region="${code}"] .map-region`);
        expect(shapes, code).toHaveLength(1);
        const anchor = shapes[0].closest("a");
        expect(anchor?.getAttribute("href")).toBe(hrefFor(code));
        const row = rows.find((r) => r.code === code)!;
        // A tile shows the capital: the link's name carries it too when the region's name does not (WCAG 2.5.3).
        const named =
          kind === "tile grid" && !row.name[locale].includes(row.capital[locale]) ? `${row.name[locale]} (${row.capital[locale]})` : row.name[locale];
        expect(anchor?.getAttribute("aria-label")).toBe(`${named} — ${t(locale, `map.status.${row.status}`)}`);
      }
      expect(markup).not.toMatch(/NaN|undefined/);
    });
  }

  it("labels capitals in the page's language", () => {
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const svg = drawRegionMap(rows, "ar", 560, document as unknown as Document);
    const labels = Array.from(svg.querySelectorAll(".map-labels text")).map((n) => n.textContent);
    expect(labels).toContain("الدار البيضاء");
    expect(labels).not.toContain("Casablanca");
  });

  it("places the tile grid's tiles on distinct cells", () => {
    const cells = Object.values(tilePositions).map(([c, r]) => `${c},${r}`);
    expect(new Set(cells).size).toBe(12);
    expect(Object.keys(tilePositions).sort()).toEqual(codes);
  });

  it("describes the map from the data, with a count per status", () => {
    const chart = chartById("regional-offices-map");
    const opened = rows.filter((r) => r.status === "opened").length;
    expect(chart.describe(rows, "en")).toContain(`Opened: ${opened}`);
  });
});

describe("region views", () => {
  it("the index map view carries the credit in every language", () => {
    for (const locale of locales) {
      const view = regionMapView(data, locale);
      expect(view.credit.text).toBe(t(locale, "map.credit"));
      expect(view.credit.text).toContain("OpenStreetMap");
      expect(view.sources.map((s) => s.source_id)).toContain("osm-geo");
    }
  });

  it("a region page lists its prefectures and provinces, office, events and new exporters from data/", () => {
    const view = regionPageView(data, "fr", codeFromSlug(data, "ma-06"));
    const divisions = data.provinces.filter((p) => p.region_code === "MA-06");
    expect(view.prefectures.length + view.provinces.length).toBe(divisions.length);
    expect(view.events.map((e) => e.id)).toEqual(
      data.milestones
        .filter((m) => m.region_code === "MA-06")
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((m) => m.milestone_id),
    );
    const entrants = data.newExportersByRegion.find((e) => e.region_code === "MA-06")!;
    expect(view.exporters?.value).toContain(new Intl.NumberFormat("fr-MA").format(entrants.new_active_exporters));
    const office = data.offices.find((o) => o.region_code === "MA-06")!;
    if (!office.place) expect(view.office.place).toBeNull();
    expect(view.sources.map((s) => s.source_id)).toEqual(expect.arrayContaining([...office.source_ids, "osm-geo"]));
  });

  it("the locator highlights exactly one region", () => {
    const svg = locatorSvg("MA-09", 200);
    expect(svg.match(/class="locator-on"/g)).toHaveLength(1);
    expect(svg).toContain('data-region="MA-09"');
  });
});
