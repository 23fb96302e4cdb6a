// Issue 17 on the built site: nothing blocks rendering beyond the HTML (styles inline, no
// blocking script request), each page preloads one font that it declares and requests nothing else
// before its first paint (its other faces and its scripts come after), and the font subsets hold
// every character the pages draw that the complete fonts have (they follow the data).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import subsetFont from "subset-font";
import { describe, expect, inject, it } from "vitest";
import { fontCodePoints } from "../../src/views/export/cmap";
import { FONT_DIR, lateFonts, lcpFont, WEB_FONTS } from "../../src/views/fonts/faces";
import { siteCharacters } from "../../src/views/fonts/subset";
import { builtPages, distDir, localeOfPath } from "../../scripts/tools/built-pages";
import { launchBrowser } from "../../scripts/tools/browser";

const pages = builtPages().filter((p) => !p.is404);
/** The search tool page links Pagefind's own UI stylesheet; it is not a reading page (issue 17 lists those). */
const PAGEFIND_UI_CSS = "/pagefind/pagefind-ui.css";

describe("render path", () => {
  it("no page has a render-blocking request: no stylesheet link (but Pagefind's on the search page), no script without defer, async or module", () => {
    const problems: string[] = [];
    for (const p of pages) {
      const { document } = parseHTML(readFileSync(p.file, "utf8"));
      for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
        const href = link.getAttribute("href") ?? "";
        if (!(/\/recherche\/$/.test(p.urlPath) && href.endsWith(PAGEFIND_UI_CSS))) problems.push(`${p.urlPath}: stylesheet ${href}`);
      }
      for (const script of document.querySelectorAll("head script[src]")) {
        const deferred = script.hasAttribute("defer") || script.hasAttribute("async") || script.getAttribute("type") === "module";
        if (!deferred) problems.push(`${p.urlPath}: blocking script ${script.getAttribute("src")}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every content page preloads exactly one font, one its own @font-face rules declare", () => {
    const problems: string[] = [];
    for (const p of pages.filter((x) => !x.isEmbed)) {
      const { document } = parseHTML(readFileSync(p.file, "utf8"));
      const preloads = [...document.querySelectorAll('link[rel="preload"][as="font"]')].map((l) => l.getAttribute("href") ?? "");
      const css = [...document.querySelectorAll("style")].map((s) => s.textContent ?? "").join("\n");
      if (preloads.length !== 1) problems.push(`${p.urlPath}: ${preloads.length} font preloads`);
      for (const href of preloads) if (!css.includes(`url(${href})`)) problems.push(`${p.urlPath}: preloads ${href}, which no @font-face of the page uses`);
    }
    expect(problems).toEqual([]);
  });
});

describe("font subsets", () => {
  const drawn = siteCharacters(distDir());
  const everything = String.fromCodePoint(...drawn);

  it.each(WEB_FONTS.map((f) => [f.file, f] as const))("%s draws every character of the site that the complete font draws", async (_file, font) => {
    const full = fontCodePoints(Buffer.from(await subsetFont(readFileSync(font.source), everything, { targetFormat: "sfnt" })));
    const served = readFileSync(join(distDir(), FONT_DIR, font.file));
    const subset = fontCodePoints(Buffer.from(await subsetFont(served, everything, { targetFormat: "sfnt" })));
    const missing = [...drawn].filter((cp) => full.has(cp) && !subset.has(cp)).map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`);
    expect(missing).toEqual([]);
    expect(subset.size).toBeGreaterThan(0);
    // A subset, not the whole file: the source is far larger than what the site draws.
    expect(served.length).toBeLessThan(readFileSync(font.source).length);
  });
});

describe("after the first paint", () => {
  it.each(["/", "/ar/echanges/", "/en/regions/"])(
    "%s paints with the HTML and one font, then adds its other faces and its scripts",
    async (urlPath) => {
      const locale = localeOfPath(urlPath);
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
        await page.goto(inject("origin") + urlPath);
        await page.waitForSelector("html[data-enhanced]");
        await page.waitForFunction(() => sessionStorage.getItem("fonts") === "1");
        const timeline = await page.evaluate(() => ({
          firstPaint: performance.getEntriesByType("paint")[0]?.startTime ?? Number.NaN,
          resources: performance.getEntriesByType("resource").map((r) => ({ name: new URL(r.name).pathname, start: r.startTime })),
          faces: [...document.fonts].filter((f) => f.status === "loaded").map((f) => `${f.family.replace(/"/g, "")} ${f.weight}`),
        }));
        const before = timeline.resources.filter((r) => r.start < timeline.firstPaint).map((r) => r.name);
        // Before the first paint: the preloaded font only (the HTML is the navigation itself).
        expect(before).toEqual([`/${FONT_DIR}/${lcpFont(locale).file}`]);
        const scripts = timeline.resources.filter((r) => r.name.endsWith(".js"));
        expect(scripts.length).toBeGreaterThan(0);
        // Then every other face the page uses is in, loaded.
        for (const late of lateFonts(locale, "/")) expect(timeline.faces).toContain(`${late.family} ${late.weight}`);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
