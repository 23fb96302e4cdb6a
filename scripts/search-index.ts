// Post-build step: Pagefind indexes every page's <main data-pagefind-body> into <dir>/pagefind/,
// one index per language (taken from <html lang>), served statically with the site.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import * as pagefind from "pagefind";

/** The marker of a searchable page (src/layouts/Page.astro puts it on <main> unless the page opts out). */
const SEARCHABLE = "data-pagefind-body";

/**
 * The built pages Pagefind needs to see, as paths relative to `dir`: those whose text contains the
 * marker at all. A page without it cannot carry the attribute, and once some page carries it
 * Pagefind indexes only those, so leaving the others out changes nothing in the index; it saves
 * reading them in Pagefind, which took most of this step (pages 2, 3, … of a 200,000-row sources
 * listing opt out, src/components/SourcesListing.astro). Null when no page has the marker: then
 * Pagefind indexes every page's <body>, so it must see them all.
 */
export function searchablePages(dir: string): string[] | null {
  const pages: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const path = join(entry.parentPath, entry.name);
    if (readFileSync(path).includes(SEARCHABLE)) pages.push(relative(dir, path).split(sep).join("/"));
  }
  return pages.length > 0 ? pages.sort() : null;
}

/** Builds the search index for the site in `dir`; returns the number of pages indexed. */
export async function buildSearchIndex(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(`pagefind: ${errors.join("; ")}`);
  const pages = searchablePages(dir);
  let count = 0;
  if (pages === null) {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    count = added.page_count;
  } else {
    for (const sourcePath of pages) {
      const added = await index.addHTMLFile({ sourcePath, content: readFileSync(join(dir, sourcePath), "utf8") });
      if (added.errors.length) throw new Error(`pagefind: ${sourcePath}: ${added.errors.join("; ")}`);
      count++;
    }
  }
  const written = await index.writeFiles({ outputPath: join(dir, "pagefind") });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
  await pagefind.close();
  return count;
}
