// Compares data/ with its latest release, so the build can warn that numbers are about to be
// published under an older "data as of" date.
import { existsSync } from "node:fs";
import { validateDataDir } from "./index";
import { releaseDir, releasesInOrder } from "./releases";
import { describeChanges, readRawTables } from "./changelog";

/** What differs between `dataDir` and its latest release snapshot, in English sentences. */
export function unreleasedChanges(dataDir: string): string[] {
  const latest = releasesInOrder(validateDataDir(dataDir).data.releases).at(-1);
  if (!latest) return ["no release is recorded in data/releases.csv"];
  const snapshot = releaseDir(dataDir, latest.release_id);
  if (!existsSync(snapshot)) return [`the latest release ${latest.release_id} has no snapshot in data/releases/`];
  return describeChanges(readRawTables(snapshot), readRawTables(dataDir), "en").flatMap((g) => g.items.map((i) => `${g.label}: ${i}`));
}
