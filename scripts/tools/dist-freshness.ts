// Whether a built site is older than what it is built from, so the browser tests rebuild it
// instead of testing yesterday's pages.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** What a build reads: a change in any of these makes dist/ stale. */
export const BUILD_INPUTS = ["src", "data", "public", "scripts", "astro.config.mjs", "package-lock.json", "tsconfig.json"];

/** The newest modification time (ms) among the build inputs under `root`, and the file that has it. */
export function newestInput(root: string): { path: string; mtimeMs: number } {
  let newest = { path: "", mtimeMs: 0 };
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else if (stat.mtimeMs > newest.mtimeMs) {
      newest = { path, mtimeMs: stat.mtimeMs };
    }
  };
  for (const input of BUILD_INPUTS) visit(join(root, input));
  return newest;
}

/** Why `dist` must be rebuilt, or null when it is complete and newer than every input. */
export function whyRebuild(root: string, dist: string): string | null {
  const page = join(dist, "index.html");
  if (!existsSync(page)) return `${dist} has no index.html`;
  const built = statSync(page).mtimeMs;
  const newest = newestInput(root);
  return newest.mtimeMs > built ? `${newest.path} changed after ${dist} was built` : null;
}
