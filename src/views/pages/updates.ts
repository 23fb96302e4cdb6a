// The Updates page and its Atom feed: every release, newest first, with what changed in words per
// dataset. Dates are the releases' own, never the build clock.
import { existsSync } from "node:fs";
import { loadData, dataDir } from "../../data";
import { releaseDir, releasesInOrder } from "../../data/releases";
import { readRawTables, type RawTables } from "../../data/diff";
import { describeChanges, type DatasetChanges } from "./changelog";
import { t, formatDate, type Locale } from "../../core/i18n";
import { pick } from "./localized";

/** One release as the Updates page and the feed show it. */
export interface ReleaseView {
  id: string;
  date: string;
  title: string;
  /** False when data/releases/<id>/ is missing, so what changed cannot be told. */
  hasSnapshot: boolean;
  changes: DatasetChanges[];
  /** "Publiée le 28 mai 2025". */
  releasedText: string;
}

const snapshots = new Map<string, RawTables | null>();
function snapshot(dir: string, id: string): RawTables | null {
  const key = `${dir}\u0000${id}`;
  if (!snapshots.has(key)) {
    const path = releaseDir(dir, id);
    snapshots.set(key, existsSync(path) ? readRawTables(path) : null);
  }
  return snapshots.get(key)!;
}

/** Every release, newest first, with its changes in `locale`. */
export function releaseViews(locale: Locale, dir = dataDir()): ReleaseView[] {
  const ordered = releasesInOrder(loadData(dir).releases);
  const views = ordered.map((release, i) => {
    const after = snapshot(dir, release.release_id);
    const previous = i > 0 ? snapshot(dir, ordered[i - 1].release_id) : null;
    const changes = after && (i === 0 || previous) ? describeChanges(i === 0 ? null : previous, after, locale) : [];
    return {
      id: release.release_id,
      date: release.published_on,
      title: pick(release, "title", locale),
      hasSnapshot: after !== null,
      changes,
      releasedText: t(locale, "updates.released", { date: formatDate(release.published_on, locale) }),
    };
  });
  return views.reverse();
}

/** The release the site's data is "as of": the latest one. */
export function currentRelease(locale: Locale, dir = dataDir()): ReleaseView | undefined {
  return releaseViews(locale, dir)[0];
}
