// The site's data package, built from the validated data/ and the map files: its descriptor once
// per build, each file when its page is written (and not kept: with a 200,000-row sources.csv one
// file is over 100 MB of text, and the build holding them all took hundreds of MB for nothing).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { latestRelease, loadData } from "../../data";
import { tables, type TableName } from "../../data/schema";
import { mapFilePath } from "../../charts/geo/morocco";
import { t } from "../../core/i18n";
import { creditLine } from "./downloads";
import { absoluteUrl, basePath } from "./embed";
import { dataPackageDescriptor, MAP_FILES, tableCsvPieces } from "./datapackage";

// The map travels with the code's data/geo (as the site's own map does, src/charts/geo/morocco.ts),
// not with DATA_DIR: a data folder the team edits or a spreadsheet copy need not carry it.
const readMapFile = (path: string) => readFileSync(join(dirname(mapFilePath()), "..", path), "utf8");

function packageMeta(site: URL | undefined) {
  const data = loadData();
  return {
    title: t("fr", "site.name"),
    credit: creditLine("fr", site),
    dataAsOf: latestRelease(data.releases)?.published_on ?? "",
    homepage: site ? absoluteUrl(basePath(), site) : undefined,
  };
}

/** The paths of the package's files besides its descriptor, in the descriptor's order: one CSV per table, then the map. */
export function siteDataPackagePaths(): string[] {
  return [...Object.values(tables).map((table) => table.file), MAP_FILES.topology, MAP_FILES.licence];
}

const descriptors = new Map<string, Record<string, unknown>>();
/** The descriptor (datapackage.json) of this build's package, for `site`. */
export function siteDataPackageDescriptor(site: URL | undefined): Record<string, unknown> {
  const key = site?.href ?? "";
  let descriptor = descriptors.get(key);
  if (!descriptor) {
    descriptor = dataPackageDescriptor(loadData(), packageMeta(site), true);
    descriptors.set(key, descriptor);
  }
  return descriptor;
}

/**
 * The text of one file of the package (a table's CSV or a map file), in pieces built as they are
 * read; undefined for a path the package does not hold.
 */
export function siteDataPackagePieces(path: string): Iterable<string> | undefined {
  if (path === MAP_FILES.topology || path === MAP_FILES.licence) return [readMapFile(path)];
  const key = (Object.keys(tables) as TableName[]).find((name) => tables[name].file === path);
  return key === undefined ? undefined : tableCsvPieces(loadData(), key);
}
