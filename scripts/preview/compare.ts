// Compares two built sites file by file and says what a reader would see change: pages (with the
// sentences that changed), charts (with their images), downloads and embeds. Unchanged files are
// not listed. Used by `npm run data:preview` (scripts/preview-data.ts).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";

/** What changed between two built sites. */
export interface SiteChanges {
  /** Page addresses ("/echanges/") with the sentences removed and added, paired side by side. */
  pages: { path: string; file: string; kind: "changed" | "added" | "removed"; sentences: { before: string; after: string }[] }[];
  /** Chart ids whose exported files changed, with a before and after image when there is one. */
  charts: { id: string; image: string | null }[];
  /** Download files (CSV, JSON, SVG, PNG) that changed. */
  downloads: string[];
  /** Embed pages that changed. */
  embeds: string[];
  /** Anything else that changed (search index, feeds…). */
  other: string[];
}

/** Every file under `dir` with its SHA-256, by path relative to `dir` (links are followed). */
function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path).split("\\").join("/"), createHash("sha256").update(readFileSync(path)).digest("hex"));
  }
  return out;
}

/** The readable sentences of a page: text of its blocks, in order, without the chrome. */
export function pageSentences(html: string): string[] {
  const { document } = parseHTML(html);
  const root = document.querySelector("main") ?? document.body;
  if (!root) return [];
  const blocks = Array.from(root.querySelectorAll("h1, h2, h3, h4, p, li, figcaption, caption, th, td, dt, dd, title, desc"));
  // Innermost blocks only, so a list item's paragraph is not counted twice.
  const leaves = blocks.filter((b) => !b.querySelector("p, li, td, th, figcaption"));
  return leaves.map((b) => (b.textContent ?? "").replace(/\s+/g, " ").trim()).filter(Boolean);
}

/** Sentences only in `before` and only in `after`, paired in reading order. */
export function changedSentences(before: string[], after: string[]): { before: string; after: string }[] {
  const count = (list: string[]) => list.reduce((m, s) => m.set(s, (m.get(s) ?? 0) + 1), new Map<string, number>());
  const [had, has] = [count(before), count(after)];
  const only = (list: string[], other: Map<string, number>) => {
    const left = new Map(other);
    return list.filter((s) => {
      const n = left.get(s) ?? 0;
      if (n > 0) {
        left.set(s, n - 1);
        return false;
      }
      return true;
    });
  };
  const removed = only(before, has);
  const added = only(after, had);
  return Array.from({ length: Math.max(removed.length, added.length) }, (_, i) => ({ before: removed[i] ?? "", after: added[i] ?? "" }));
}

/** The address a page file is served at: "fr/x/index.html" → "/fr/x/". */
const pageAddress = (file: string) => `/${file.replace(/index\.html$/, "")}`;

/** Compares the published site `beforeDir` with the preview `afterDir`. */
export function compareSites(beforeDir: string, afterDir: string): SiteChanges {
  const [before, after] = [hashTree(beforeDir), hashTree(afterDir)];
  const files = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f)).sort();
  const changes: SiteChanges = { pages: [], charts: [], downloads: [], embeds: [], other: [] };
  const chartIds = new Set<string>();
  for (const file of files) {
    const chart = /^charts\/([a-z0-9-]+)\//.exec(file);
    if (chart) {
      chartIds.add(chart[1]);
      changes.downloads.push(file);
    } else if (/^((ar|en)\/)?embed\//.test(file) && file.endsWith(".html")) {
      changes.embeds.push(pageAddress(file));
    } else if (file.endsWith(".html")) {
      const kind = !before.has(file) ? "added" : !after.has(file) ? "removed" : "changed";
      const read = (dir: string) => (existsSync(join(dir, file)) ? pageSentences(readFileSync(join(dir, file), "utf8")) : []);
      changes.pages.push({ path: pageAddress(file), file, kind, sentences: changedSentences(read(beforeDir), read(afterDir)) });
    } else {
      changes.other.push(file);
    }
  }
  // A page whose HTML did not change still shows a changed drawing when a parts file it fetches
  // (the wide drawing, the gallery's later thumbnails: data-parts) changed.
  const changedParts = new Set(files.filter((f) => /^charts\/[a-z0-9-]+\/parts\.[a-z]+\.json$/.test(f) || /\/map\.json$/.test(f)).map((f) => `/${f}`));
  if (changedParts.size > 0) {
    const listed = new Set(changes.pages.map((p) => p.file));
    for (const file of [...after.keys()].filter((f) => f.endsWith(".html") && !listed.has(f) && !/^((ar|en)\/)?embed\//.test(f)).sort()) {
      const html = readFileSync(join(afterDir, file), "utf8");
      if (!html.includes("data-parts")) continue;
      const { document } = parseHTML(html);
      const fetched = Array.from(document.querySelectorAll("[data-parts]")).map((el) => el.getAttribute("data-parts") ?? "");
      if (fetched.some((url) => [...changedParts].some((part) => url.endsWith(part))))
        changes.pages.push({ path: pageAddress(file), file, kind: "changed", sentences: [] });
    }
    changes.pages.sort((a, b) => a.file.localeCompare(b.file));
  }
  for (const id of chartIds) {
    // The French light PNG is the image a reader of the default locale sees; else its SVG.
    const image = [`charts/${id}/${id}.fr.light.png`, `charts/${id}/${id}.fr.svg`].find((f) => files.includes(f) && before.has(f) && after.has(f)) ?? null;
    changes.charts.push({ id, image });
  }
  return changes;
}
