// Who buys Moroccan craft products? Reads data/craft_exports_by_destination.csv and, for the
// periods, data/craft_exports.csv. Layout, note and RTL choice: see craft-shares.ts.
import { craftShareChart, shareBlocks } from "./craft-shares";

export default craftShareChart({
  id: "craft-exports-by-destination",
  title: "chart.craft-exports-by-destination.title",
  dek: "chart.craft-exports-by-destination.dek",
  notes: "chart.craft-exports-by-destination.notes",
  itemHeading: "chart.craft-exports-by-destination.col.item",
  select(data) {
    return { blocks: shareBlocks(data.craftExports, data.craftExportsByDestination, (r) => r.destination_id) };
  },
});
