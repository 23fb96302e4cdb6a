// Post-build step: on every page that ends with the after-paint loader (src/views/pages/after-paint.ts),
// the page's external scripts move into the loader, which adds them after the first paint.
import { readFileSync, writeFileSync } from "node:fs";
import { deferPageScripts } from "../src/views/pages/after-paint";
import { htmlFilesUnder } from "./csp";

/** Applies the step to every page under `dir`; returns how many pages now load their scripts after the first paint. */
export function deferScripts(dir: string): number {
  let pages = 0;
  for (const file of htmlFilesUnder(dir)) {
    const html = readFileSync(file, "utf8");
    const next = deferPageScripts(html);
    if (next.html === html) continue;
    writeFileSync(file, next.html);
    pages++;
  }
  return pages;
}
