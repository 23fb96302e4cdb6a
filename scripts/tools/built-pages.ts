// Discovers the built pages for the quality gates, the bench and the screenshots: every *.html under
// the built site, so new pages (stories, regions, embeds, updates) are checked without editing a list.
import { join, relative, resolve, sep } from "node:path";
import { readdirSync } from "node:fs";

/** A built HTML page: its file, its URL path from the site root, its locale and kind. */
export interface BuiltPage {
  file: string;
  urlPath: string;
  locale: "fr" | "ar" | "en";
  isEmbed: boolean;
  is404: boolean;
}

/** The built site folder: OUT_DIR (the one variable that names it, for the build too) or dist/. */
export function distDir(): string {
  return resolve(process.cwd(), process.env.OUT_DIR ?? "dist");
}

/** The locale of a site path, from its prefix. */
export function localeOfPath(path: string): "fr" | "ar" | "en" {
  const first = path.split("/")[1];
  return first === "ar" || first === "en" ? first : "fr";
}

/** Every *.html under `dir`, sorted by path. */
export function builtPages(dir = distDir()): BuiltPage[] {
  const pages: BuiltPage[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const file = join(entry.parentPath, entry.name);
    const rel = relative(dir, file).split(sep).join("/");
    // Pagefind's own UI assets are not pages of ours.
    if (rel.startsWith("pagefind/")) continue;
    const urlPath = "/" + rel.replace(/(^|\/)index\.html$/, "$1");
    pages.push({ file, urlPath, locale: localeOfPath(urlPath), isEmbed: /\/embed\//.test(urlPath), is404: /(^|\/)404\.html$/.test(rel) });
  }
  return pages.sort((a, b) => a.urlPath.localeCompare(b.urlPath));
}

/** The site paths ("/", "/ar/echanges/", "/404.html") of every built page, sorted. */
export function builtPaths(dir = distDir()): string[] {
  return builtPages(dir).map((page) => page.urlPath);
}

/** Up to `perGroup` pages from each group of pages that share a template (first URL segments). */
export function representativePages(pages: BuiltPage[], perGroup = 1): BuiltPage[] {
  const byGroup = new Map<string, BuiltPage[]>();
  for (const page of pages) {
    const segments = page.urlPath.split("/").filter(Boolean);
    if (segments[0] === "ar" || segments[0] === "en") segments.shift();
    // /regions/<id>/ and /embed/<id>/ share a template: group by the first segment plus depth.
    const key = `${page.locale}:${segments[0] ?? ""}:${segments.length}`;
    const list = byGroup.get(key) ?? [];
    list.push(page);
    byGroup.set(key, list);
  }
  return [...byGroup.values()].flatMap((list) => list.slice(0, perGroup));
}

/** Scrolls a page top to bottom so scripts waiting for a chart to become visible run, then lets them settle. */
export async function scrollThrough(page: import("playwright-core").Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 10)));
    }
  });
  await page.waitForTimeout(50);
  await page.waitForLoadState("load");
}
