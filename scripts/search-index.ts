// Post-build step: Pagefind indexes every page's <main data-pagefind-body> into <dir>/pagefind/,
// one index per language (taken from <html lang>), served statically with the site.
import { join } from "node:path";
import * as pagefind from "pagefind";

/** Builds the search index for the site in `dir`; returns the number of pages indexed per language. */
export async function buildSearchIndex(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(`pagefind: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
  const written = await index.writeFiles({ outputPath: join(dir, "pagefind") });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
  await pagefind.close();
  return added.page_count;
}
