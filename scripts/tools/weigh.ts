// Weighs a page as a reader's browser fetches it: every response from our server is mapped back
// to its file in the built site and counted at gzip -9 size, split by kind, on arrival (up to the
// load event, no scrolling) and in total (after scrolling to the end). Shared by the budget test
// and the page-weight bench.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BrowserContext } from "playwright-core";

/** Resource kinds a page's weight is split into. */
export type Kind = "html" | "css" | "js" | "font" | "image" | "other";

/** Gzip bytes by kind, for a moment in a page's life. */
export type Weights = Record<Kind, number> & { total: number };

/** What a page weighs on arrival and after the reader scrolled through it. */
export interface PageWeight {
  urlPath: string;
  arrival: Weights;
  full: Weights;
  files: string[];
}

const gzipCache = new Map<string, number>();
/** Size of a file at gzip -9, cached. */
export function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** The kind of a fetched resource from its URL path. */
export function kindOf(path: string): Kind {
  if (/\.(m?js)$/.test(path)) return "js";
  if (/\.css$/.test(path)) return "css";
  if (/\.(woff2?|ttf|otf)$/.test(path)) return "font";
  if (/\.(png|jpe?g|svg|webp|avif|gif|ico)$/.test(path)) return "image";
  if (/\.html$/.test(path) || path.endsWith("/")) return "html";
  return "other";
}

const empty = (): Weights => ({ html: 0, css: 0, js: 0, font: 0, image: 0, other: 0, total: 0 });

/** The built file a served URL path maps to, or null. */
function fileOf(dist: string, pathname: string): string | null {
  const candidate = join(dist, decodeURIComponent(pathname));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, "index.html");
  return existsSync(index) ? index : null;
}

/** Loads `urlPath` in a fresh tab of `context` and weighs what it fetched (inline scripts count as JS). */
export async function weighPage(context: BrowserContext, origin: string, dist: string, urlPath: string): Promise<PageWeight> {
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) fetched.push(url.pathname);
  });
  await page.goto(origin + urlPath, { waitUntil: "load" });
  // Pages add their scripts and their other font faces after the first paint (views/pages/after-paint.ts):
  // they are part of what a page weighs on arrival.
  if (await page.$("script[data-after-paint]")) await page.waitForSelector("html[data-enhanced]", { state: "attached" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(() => document.documentElement.getAttribute("data-fonts") !== "late" || sessionStorage.getItem("fonts") === "1");
  const atArrival = fetched.length;
  const inlineScript = await page.evaluate(() =>
    [...document.querySelectorAll("script:not([src])")]
      .filter((s) => ["", "module", "text/javascript"].includes((s.getAttribute("type") ?? "").toLowerCase()))
      .map((s) => s.textContent ?? "")
      .join(""),
  );
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 10)));
    }
  });
  await page.waitForTimeout(100);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.close();

  const inlineJs = inlineScript ? gzipSync(inlineScript, { level: 9 }).length : 0;
  const tally = (paths: string[]): Weights => {
    const w = empty();
    for (const path of new Set(paths)) {
      const file = fileOf(dist, path);
      if (!file) continue;
      const kind = kindOf(file);
      const bytes = gzipBytes(file);
      w[kind] += bytes;
      w.total += bytes;
    }
    w.js += inlineJs;
    w.total += inlineJs;
    return w;
  };
  return { urlPath, arrival: tally(fetched.slice(0, atArrival)), full: tally(fetched), files: [...new Set(fetched)] };
}
