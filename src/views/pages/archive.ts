// Archived embeds: /embed/<id>/<release>/ draws each chart from that release's snapshot
// (data/releases/<release>/), so an article keeps showing what it reported while /embed/<id>/
// follows the latest data.
import { existsSync } from "node:fs";
import { loadData, dataDir } from "../../data";
import { releaseDir, releasesInOrder } from "../../data/releases";
import { buildFigure, type FigureModel } from "../../charts/figure";
import { charts } from "../../charts/registry";
import type { Locale } from "../../core/i18n/locales";

const cache = new Map<string, FigureModel | null>();

/** The figure of chart `id` in `locale` as release `release` had it, or null if it cannot be drawn from that snapshot. */
export function archivedFigure(id: string, locale: Locale, release: string, dir = dataDir()): FigureModel | null {
  const key = `${id}:${locale}:${release}`;
  if (!cache.has(key)) {
    let figure: FigureModel | null = null;
    try {
      figure = buildFigure(id, locale, loadData(releaseDir(dir, release)));
    } catch {
      // A snapshot older than a chart (or than a schema change) cannot draw it: no archived copy.
      figure = null;
    }
    cache.set(key, figure);
  }
  return cache.get(key)!;
}

/** Every (chart, release) pair that has an archived embed. */
export function archivedEmbeds(dir = dataDir()): { id: string; release: string }[] {
  const releases = releasesInOrder(loadData(dir).releases).filter((r) => existsSync(releaseDir(dir, r.release_id)));
  return charts.flatMap((chart) =>
    releases.filter((r) => archivedFigure(chart.id, "fr", r.release_id, dir) !== null).map((r) => ({ id: chart.id, release: r.release_id })),
  );
}

/** The newest release that has an archived copy of chart `id`, for the embed dialog's "this version" snippet. */
export function latestArchivedRelease(id: string, dir = dataDir()): string | undefined {
  return archivedEmbeds(dir)
    .filter((e) => e.id === id)
    .at(-1)?.release;
}
