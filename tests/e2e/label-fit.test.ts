// Label fit, proven (issue 13): every page and embed that shows a chart, at 320, 360, 390, 768 and
// 1280 px, in fr, ar and en, light and dark. Fails when a chart text (axis tick, label, map label)
// is cut by its SVG's box, overlaps another chart text by more than a sliver, is drawn over a line
// or dot of another series (a key laid over the data is a legend in disguise), or is drawn under
// 12 px at 360 px. Pages are found by walking the built site, so a new chart is covered at once.
// Archived release embeds (/embed/<id>/<release>/) are left out: they are frozen history and must
// keep showing exactly what was published.
import { settled } from "./settle";
import { readFileSync } from "node:fs";
import { describe, it, expect, beforeAll, afterAll, inject } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../scripts/tools/browser";
import { builtPages, type BuiltPage } from "../../scripts/tools/built-pages";
import { measureChartText, setTheme } from "./label-fit";

const WIDTHS = [320, 360, 390, 768, 1280];
const THEMES = ["light", "dark"] as const;
/** Overlap allowed between two texts, in CSS px, in both axes at once (a sliver, e.g. touching descenders). */
const SLIVER_PX = 2;
/** How far a text may poke out of its SVG box (anti-aliasing, sub-pixel rounding). */
const CUT_TOLERANCE_PX = 1;
/** Smallest chart text, in CSS px as rendered on a 360 px screen. */
const MIN_TEXT_PX = 12;
const MIN_TEXT_AT = 360;

const origin = inject("origin");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The path segments after the locale prefix. */
function segments(page: BuiltPage): string[] {
  const parts = page.urlPath.split("/").filter(Boolean);
  if (parts[0] === "ar" || parts[0] === "en") parts.shift();
  return parts;
}

/** True for an archived embed, /embed/<id>/<release>/, which stays as it was published. */
function isArchivedEmbed(page: BuiltPage): boolean {
  const parts = segments(page);
  return parts[0] === "embed" && parts.length > 2;
}

/** Pages that draw a chart or a map: their built HTML carries a chart figure or a drawn map. */
function chartPages(): string[] {
  const urls: string[] = [];
  for (const page of builtPages()) {
    if (page.is404 || isArchivedEmbed(page) || segments(page)[0] === "dev") continue;
    const html = readFileSync(page.file, "utf8");
    if (!html.includes('class="chart-svg"') && !html.includes("map-shape")) continue;
    urls.push(page.urlPath);
    // Embeds are also offered plain (?plain=1: no title, no footer), where the chart has more room.
    if (page.isEmbed) urls.push(`${page.urlPath}?plain=1`);
  }
  return urls;
}

describe("label fit", () => {
  const urls = chartPages();

  it("finds the chart pages, embeds and maps in every locale", () => {
    expect(urls.some((u) => u.includes("/graphiques/"))).toBe(true);
    expect(urls.some((u) => u.includes("/embed/") && u.endsWith("?plain=1"))).toBe(true);
    for (const prefix of ["/", "/ar/", "/en/"]) expect(urls).toContain(prefix);
    expect(urls.some((u) => u.startsWith("/ar/regions/"))).toBe(true);
  });

  it("keeps every chart text inside its SVG, apart from the others, off other series' lines and dots, and at least 12 px at 360 px", {
    timeout: 600_000,
  }, async () => {
    const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 } });
    const page = await context.newPage();
    const failures: string[] = [];
    // One load per page; the widths are then set on the loaded page, where the CSS picks the
    // drawing for the width as it would on load (the charts are drawn at build time, not in JS).
    for (const url of urls) {
      await page.goto(origin + url, { waitUntil: "load" });
      await settled(page);
      await page.evaluate(() => document.fonts.ready);
      const locale = url.startsWith("/ar/") ? "ar" : url.startsWith("/en/") ? "en" : "fr";
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        // On wide screens the wide drawings come after the page (client/figure-parts.ts): measure them, not their placeholders.
        await settled(page);
        for (const theme of THEMES) {
          await setTheme(page, theme);
          const problems = await measureChartText(page, {
            sliver: SLIVER_PX,
            cutTolerance: CUT_TOLERANCE_PX,
            minPx: width === MIN_TEXT_AT ? MIN_TEXT_PX : null,
          });
          for (const p of problems) {
            const what =
              p.kind === "overlap"
                ? `"${p.a}" overlaps "${p.b}"`
                : p.kind === "covers"
                  ? `"${p.a}" is drawn over ${p.b}`
                  : p.kind === "cut"
                    ? `"${p.a}" is cut`
                    : `"${p.a}" is too small`;
            failures.push(`${url} · ${width} px · ${locale} · ${theme} · #${p.chart}: ${what} (${p.detail})`);
          }
        }
      }
    }
    await context.close();
    expect(failures, `${failures.length} chart texts do not fit:\n${failures.join("\n")}`).toEqual([]);
  });
});
