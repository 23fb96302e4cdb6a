// Where do the regional foreign-trade offices stand, region by region? Reads data/regions.csv,
// data/offices.csv and the map data/geo/morocco-regions.topo.json (© OpenStreetMap contributors, ODbL).
// Right-to-left: a map is never mirrored; only the legend's reading order follows Arabic.
import { defineChart } from "./kit/types";
import { regionOfficeRows, officeStatuses, type RegionOfficeRow } from "./geo/offices";
import { drawRegionMap, drawTileGrid, TILE_GRID_MAX_WIDTH } from "./geo/draw";
import { t, tCount, formatNumber } from "../core/i18n";

type Rows = RegionOfficeRow[];

/** The source row behind the map's shapes (data/sources.csv). */
export const MAP_SOURCE_ID = "osm-geo";

export default defineChart<Rows>({
  id: "regional-offices-map",
  title: "chart.regional-offices-map.title",
  dek: "chart.regional-offices-map.dek",
  notes(rows, locale) {
    const regions = tCount(locale, "count.all-regions", rows.length);
    return t(locale, "chart.regional-offices-map.notes", { regions });
  },
  rtl: { mirror: false, why: "A map keeps its geography in every language; the legend reads right to left in Arabic." },
  select(data) {
    return regionOfficeRows(data);
  },
  sources(rows) {
    return [...new Set([...rows.flatMap((r) => r.sourceIds), MAP_SOURCE_ID])];
  },
  table(rows, locale) {
    return {
      columns: [t(locale, "map.col.region"), t(locale, "map.col.capital"), t(locale, "map.col.status")],
      rows: rows.map((r) => [r.name[locale], r.capital[locale], t(locale, `map.status.${r.status}`)]),
    };
  },
  describe(rows, locale) {
    const parts = officeStatuses
      .map((status) => ({ status, regions: rows.filter((r) => r.status === status) }))
      .filter((p) => p.regions.length > 0)
      .map((p) => {
        const count = formatNumber(p.regions.length, locale);
        const label = t(locale, `map.status.${p.status}`);
        // Name the regions when they are few; a long list helps no one.
        const names = p.regions.length <= 3 ? ` (${p.regions.map((r) => r.name[locale]).join(", ")})` : "";
        return `${label}: ${count}${names}`;
      });
    return t(locale, "map.describe", { regions: tCount(locale, "count.regions", rows.length), summary: parts.join(t(locale, "list.separator.semicolon")) });
  },
  render(rows, { locale, width, document }) {
    return width < TILE_GRID_MAX_WIDTH ? drawTileGrid(rows, locale, width, document) : drawRegionMap(rows, locale, width, document);
  },
});
