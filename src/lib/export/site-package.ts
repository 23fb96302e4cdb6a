// The site's data package, built once per build from the validated data/ and the map files.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir, latestRelease, loadData } from "../data";
import { t } from "../../i18n";
import { creditLine } from "./downloads";
import { absoluteUrl, basePath } from "../view/embed";
import { dataPackage, MAP_FILES, type DataPackage } from "./datapackage";

const built = new Map<string, DataPackage>();

/** The data package of this build; `site` (Astro.site) adds the homepage and the credit's address. */
export function siteDataPackage(site: URL | undefined): DataPackage {
  const key = site?.href ?? "";
  let pkg = built.get(key);
  if (!pkg) {
    const data = loadData();
    const read = (path: string) => readFileSync(join(dataDir(), path), "utf8");
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
