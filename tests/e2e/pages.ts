// Lists the built pages of dist/ so browser suites cover every page that exists, not a fixed list.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** The folder under test: DIST_DIR if set, else dist/. */
export function distDir(): string {
  return join(process.cwd(), process.env.DIST_DIR ?? process.env.OUT_DIR ?? "dist");
}

/** Site paths ("/", "/ar/echanges/", "/404.html") of every HTML file in `dir`, sorted. */
export function builtPages(dir = distDir()): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (name === "_astro" || name === "pagefind") continue;
        walk(full);
      } else if (name.endsWith(".html")) {
        const rel = relative(dir, full).split(sep).join("/");
        out.push("/" + (rel.endsWith("index.html") ? rel.slice(0, -"index.html".length) : rel));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The locale of a site path, from its prefix. */
export function localeOfPath(path: string): "fr" | "ar" | "en" {
  return path.startsWith("/ar/") ? "ar" : path.startsWith("/en/") ? "en" : "fr";
}
