// What do craft exports consist of? Reads data/craft_exports_by_product.csv and, for the periods,
// data/craft_exports.csv. Layout, note and RTL choice: see craft-shares.ts.
import { craftShareChart, shareBlocks } from "./craft-shares";

export default craftShareChart({
  id: "craft-exports-by-product",
  title: "chart.craft-exports-by-product.title",
  dek: "chart.craft-exports-by-product.dek",
  notes: "chart.craft-exports-by-product.notes",
  itemHeading: "chart.craft-exports-by-product.col.item",
  select(data) {
    return { blocks: shareBlocks(data.craftExports, data.craftExportsByProduct, (r) => r.family_id) };
  },
});
