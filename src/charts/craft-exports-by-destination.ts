// Who buys Moroccan craft products? Reads data/craft_exports_by_destination.csv and, for the
// periods, data/craft_exports.csv. Layout, note and RTL choice: see craft-shares.ts.
import { craftShareChart, shareBlocks } from "./craft-shares";

export default craftShareChart({
  id: "craft-exports-by-destination",
  title: {
    fr: "Exportations de l'artisanat par marché",
    ar: "صادرات الصناعة التقليدية حسب السوق",
    en: "Craft exports by market",
  },
  dek: {
    fr: "Part de chaque marché dans le chiffre d'affaires à l'export de l'artisanat, pour chaque période publiée par le département de l'artisanat",
    ar: "حصة كل سوق من رقم معاملات تصدير الصناعة التقليدية، لكل فترة نشرها قطاع الصناعة التقليدية",
    en: "Each market's share of craft export turnover, for each period the crafts department published",
  },
  notes: {
    fr: "Les sources ne citent que les premiers marchés ; « pays arabes » est un groupe que la source donne d'un bloc. Une période « janvier–… » est un cumul partiel, pas une année.",
    ar: "لا تذكر المصادر إلا الأسواق الأولى؛ «الدول العربية» مجموعة يقدمها المصدر ككتلة واحدة. الفترة «يناير–…» حصيلة جزئية وليست سنة.",
    en: 'Sources name only the leading markets; "Arab countries" is a group the source gives as one. A "January–…" period is a partial total, not a year.',
  },
  itemHeading: { fr: "Marché", ar: "السوق", en: "Market" },
  select(data) {
    return { blocks: shareBlocks(data.craftExports, data.craftExportsByDestination, (r) => r.destination_id) };
  },
});
