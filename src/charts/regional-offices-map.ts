// Where do the regional foreign-trade offices stand, region by region? Reads data/regions.csv,
// data/offices.csv and the map data/geo/morocco-regions.topo.json (© OpenStreetMap contributors, ODbL).
// Right-to-left: a map is never mirrored; only the legend's reading order follows Arabic.
import { defineChart } from "./kit/types";
import { regionOfficeRows, officeStatuses, type RegionOfficeRow } from "./geo/offices";
import { drawRegionMap, drawTileGrid, TILE_GRID_MAX_WIDTH } from "./geo/draw";
import { t, tCount, formatNumber, formatCount } from "../core/i18n";

type Rows = RegionOfficeRow[];

/** The source row behind the map's shapes (data/sources.csv). */
export const MAP_SOURCE_ID = "osm-geo";

export default defineChart<Rows>({
  id: "regional-offices-map",
  title: {
    fr: "Les bureaux régionaux du commerce extérieur, région par région",
    ar: "المكاتب الجهوية للتجارة الخارجية، جهة بجهة",
    en: "Regional foreign-trade offices, region by region",
  },
  dek: {
    fr: "Chaque région est colorée selon ce que les sources disent de son bureau régional",
    ar: "لُوِّنت كل جهة حسب ما تقوله المصادر عن مكتبها الجهوي",
    en: "Each region is coloured by what sources say about its regional office",
  },
  notes(rows, locale) {
    const regions = formatCount(
      rows.length,
      locale,
      {
        fr: { one: "la {n} région", other: "les {n} régions" },
        en: { one: "the {n} region", other: "all {n} regions" },
        ar: { one: "جهة واحدة", two: "جهتين", few: "{n} جهات", other: "{n} جهة" },
      }[locale],
    );
    return {
      fr: `« Ouverture signalée » : les sources décrivent un réseau de bureaux ouverts dans ${regions} sans donner la ville, l'adresse ni la date pour cette région. Fond de carte : © les contributeurs d'OpenStreetMap (ODbL).`,
      ar: `«افتتاح مُعلن»: تصف المصادر شبكة مكاتب مفتوحة في الجهات كلها (${regions}) دون ذكر المدينة أو العنوان أو التاريخ بالنسبة لهذه الجهة. خريطة الأساس: © مساهمو OpenStreetMap (ODbL).`,
      en: `“Reported opened”: sources describe a network of offices opened in ${regions} without giving this region's city, address or date. Base map: © OpenStreetMap contributors (ODbL).`,
    }[locale];
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
    return t(locale, "map.describe", { regions: tCount(locale, "count.regions", rows.length), summary: parts.join(locale === "ar" ? "؛ " : "; ") });
  },
  render(rows, { locale, width, document }) {
    return width < TILE_GRID_MAX_WIDTH ? drawTileGrid(rows, locale, width, document) : drawRegionMap(rows, locale, width, document);
  },
});
