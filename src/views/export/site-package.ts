// The site's data package, built once per build from the validated data/ and the map files.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { latestRelease, loadData } from "../../data";
import { mapFilePath } from "../../charts/geo/morocco";
import { t } from "../../core/i18n";
import { creditLine } from "./downloads";
import { absoluteUrl, basePath } from "./embed";
import { dataPackage, MAP_FILES, type DataPackage } from "./datapackage";

const built = new Map<string, DataPackage>();

/** The data package of this build; `site` (Astro.site) adds the homepage and the credit's address. */
export function siteDataPackage(site: URL | undefined): DataPackage {
  const key = site?.href ?? "";
  let pkg = built.get(key);
  if (!pkg) {
    const data = loadData();
    // The map travels with the code's data/geo (as the site's own map does, src/charts/geo/morocco.ts),
    // not with DATA_DIR: a data folder the team edits or a spreadsheet copy need not carry it.
    const read = (path: string) => readFileSync(join(dirname(mapFilePath()), "..", path), "utf8");
    pkg = dataPackage(
      data,
      {
        title: t("fr", "site.name"),
        credit: creditLine("fr", site),
        dataAsOf: latestRelease(data.releases)?.published_on ?? "",
        homepage: site ? absoluteUrl(basePath(), site) : undefined,
      },
      { topology: read(MAP_FILES.topology), licence: read(MAP_FILES.licence) },
    );
    built.set(key, pkg);
  }
  return pkg;
}
