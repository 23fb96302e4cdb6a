// What do craft exports consist of? Reads data/craft_exports_by_product.csv and, for the periods,
// data/craft_exports.csv. Layout, note and RTL choice: see craft-shares.ts.
import { craftShareChart, shareBlocks } from "./craft-shares";

export default craftShareChart({
  id: "craft-exports-by-product",
  title: {
    fr: "Exportations de l'artisanat par famille de produits",
    ar: "صادرات الصناعة التقليدية حسب فئة المنتوجات",
    en: "Craft exports by product family",
  },
  dek: {
    fr: "Part de chaque famille dans le chiffre d'affaires à l'export de l'artisanat, pour chaque période publiée par le département de l'artisanat",
    ar: "حصة كل فئة من رقم معاملات تصدير الصناعة التقليدية، لكل فترة نشرها قطاع الصناعة التقليدية",
    en: "Each family's share of craft export turnover, for each period the crafts department published",
  },
  notes: {
    fr: "Les sources ne donnent que les premières familles ; une famille absente d'une période n'y est pas nulle, elle n'est pas citée. Une période « janvier–… » est un cumul partiel, pas une année.",
    ar: "لا تذكر المصادر إلا الفئات الأولى؛ غياب فئة عن فترة لا يعني أنها صفر، بل إنها لم تُذكر. الفترة «يناير–…» حصيلة جزئية وليست سنة.",
    en: 'Sources give only the leading families; a family missing from a period is not zero, it is not named. A "January–…" period is a partial total, not a year.',
  },
  itemHeading: { fr: "Famille de produits", ar: "فئة المنتوجات", en: "Product family" },
  select(data) {
    return { blocks: shareBlocks(data.craftExports, data.craftExportsByProduct, (r) => r.family_id) };
  },
});
