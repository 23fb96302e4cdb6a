// A page's last blocks (its sources, the pager, the footer) are laid out only near the screen
// (content-visibility: auto, in src/styles/global.css; issue 17). Containing a block must change
// nothing a reader sees: its children's margins no longer collapse through its edges, so the rule
// gives the block the margins they gave it; its paint clip must leave room for the focus ring of a
// link at its edge; and a jump to a link target must land on it. Checked here in real Chromium,
// on every page of the site but the embeds.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../scripts/tools/browser";
import { settled } from "./settle";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtPages, distDir } from "../../scripts/tools/built-pages";
import { readerViewports } from "./viewports";

const origin = inject("origin");
/** Every page but the embeds, with one chart page and one region page per locale (the others share their template). */
const pages = builtPages()
  .filter((p) => !p.isEmbed && !p.is404)
  .map((p) => p.urlPath)
  .filter((path, i, all) => {
    const template = path.replace(/\/(graphiques|regions)\/[^/]+\/$/, "/$1/*/");
    return template === path || all.findIndex((other) => other.replace(/\/(graphiques|regions)\/[^/]+\/$/, "/$1/*/") === template) === i;
  });
/** Pages with a list of sources at their foot, in French and Arabic (English shares the French layout). */
const storyPages = pages.filter(
  (path) => !path.startsWith("/en/") && readFileSync(join(distDir(), path.slice(1), "index.html"), "utf8").includes('id="page-sources"'),
);
const viewports = readerViewports;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Waits until the page has stopped scrolling (a jump scrolls smoothly where the reader allows motion). */
const scrollSettled = (page: Page) =>
  page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let still = 0, last = -1; still < 10; ) {
      await frame();
      still = scrollY === last ? still + 1 : 0;
      last = scrollY;
    }
  });

/** Marks the page's contained blocks (data-contained) and returns how many there are. */
const markContained = (page: Page) =>
  page.evaluate(() => {
    const blocks = [...document.querySelectorAll("body *")].filter((e) => getComputedStyle(e).contentVisibility === "auto");
    for (const b of blocks) b.setAttribute("data-contained", "");
    return blocks.length;
  });

/** Every box of the page in document order, rounded to a tenth of a pixel. */
const boxes = (page: Page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll("*")]
      // Not drawn: inside SVG drawings, or in a closed <details> (whose boxes Chromium reports unevenly).
      .filter((e) => !e.parentElement?.closest("svg") && !e.closest("details:not([open]) > :not(summary)"))
      .map((e) => {
        const r = e.getBoundingClientRect();
        const at = [r.x, r.y + window.scrollY, r.width, r.height].map((v) => Math.round(v * 10) / 10).join(",");
        return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""} ${at}`;
      }),
  );

describe("blocks laid out near the screen only", () => {
  for (const viewport of viewports) {
    it(`keep every box where it is without them, on every page at ${viewport.width} px`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      let containedPages = 0;
      const moved: string[] = [];
      for (const path of pages) {
        await page.goto(origin + path, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready);
        await settled(page);
        if ((await markContained(page)) === 0) continue;
        containedPages++;
        // As on screen: rendered, with the containment content-visibility: auto applies there.
        const style = await page.addStyleTag({ content: "[data-contained]{content-visibility:visible!important;contain:layout style paint!important}" });
        // Wide drawings come when their box takes room: now, for every figure.
        await settled(page);
        const contained = await boxes(page);
        // Without the rule at all: the page's own design, margins collapsing through every block.
        await style.evaluate((s) => (s as Element).remove());
        const removed = await page.evaluate(() => {
          let n = 0;
          const drop = (list: CSSRuleList, remove: (i: number) => void) => {
            for (let i = list.length - 1; i >= 0; i--) {
              const rule = list[i];
              if (rule instanceof CSSSupportsRule && rule.conditionText.includes("content-visibility")) {
                remove(i);
                n++;
              } else if (rule instanceof CSSMediaRule) drop(rule.cssRules, (j) => rule.deleteRule(j));
            }
          };
          for (const sheet of document.styleSheets) drop(sheet.cssRules, (i) => sheet.deleteRule(i));
          return n;
        });
        expect(removed, `${path}: the containment rule`).toBeGreaterThan(0);
        expect(await markContained(page), `${path}: nothing contained once the rule is gone`).toBe(0);
        const plain = await boxes(page);
        expect(plain.length, `${path}: the same elements`).toBe(contained.length);
        const diffs = plain.map((b, i) => [b, contained[i]]).filter(([a, b]) => a !== b);
        if (diffs.length) moved.push(`${path}: ${diffs.length} boxes, first ${diffs[0][0]} → ${diffs[0][1]}`);
      }
      await context.close();
      // Story pages, home, region pages and the sources page all have blocks below their opening.
      expect(containedPages).toBeGreaterThan(pages.length / 2);
      expect(moved).toEqual([]);
    }, 300_000);
  }

  it("leave the whole focus ring of a link at a block's edge in view", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${origin}/objectifs/exportations/`, { waitUntil: "load" });
    await settled(page);
    // The pager's links fill its grid cells: their borders lie on the contained block's edges.
    await page.keyboard.press("Tab"); // keyboard modality, so a scripted focus shows the ring
    // Scrolled to the end as a reader would (the blocks above the pager take their real height on
    // the way), then back to the pager.
    await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let still = 0, lastHeight = -1; still < 10; ) {
        scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" });
        await frame();
        const height = document.documentElement.scrollHeight;
        still = height === lastHeight ? still + 1 : 0;
        lastHeight = height;
      }
    });
    await page.evaluate(() => document.querySelector<HTMLElement>(".pager a")!.focus({ preventScroll: true }));
    await page.evaluate(() => document.querySelector(".pager")!.scrollIntoView({ block: "center", behavior: "instant" }));
    await scrollSettled(page);
    const [block, ring] = await page.evaluate(() => {
      const a = document.querySelector(".pager a")!;
      const b = a.closest(".pager")!;
      const s = getComputedStyle(a);
      if (getComputedStyle(b).contentVisibility !== "auto") throw new Error("the pager is not a contained block");
      return [b.getBoundingClientRect().toJSON(), { width: parseFloat(s.outlineWidth), offset: parseFloat(s.outlineOffset), color: s.outlineColor }];
    });
    expect(ring.width).toBeGreaterThan(0);
    // The strip just outside the block's top edge, where the ring's top side lies.
    const strip = { x: block.x + 8, y: block.y - ring.offset - ring.width, width: block.width - 16, height: ring.width };
    expect(strip.y, `the pager on screen: ${JSON.stringify(block)}`).toBeGreaterThan(0);
    expect(strip.y + strip.height).toBeLessThan(844);
    const png = await page.screenshot({ clip: strip });
    // Counted on a canvas in a blank page: the screenshot's pixels that have the ring's colour.
    const blank = await context.newPage();
    const ringPixels = await blank.evaluate(
      async ([base64, color]) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        [canvas.width, canvas.height] = [image.width, image.height];
        const context2d = canvas.getContext("2d")!;
        context2d.drawImage(image, 0, 0);
        const data = context2d.getImageData(0, 0, image.width, image.height).data;
        const [r, g, b] = color.match(/\d+/g)!.map(Number);
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - r) < 40 && Math.abs(data[i + 1] - g) < 40 && Math.abs(data[i + 2] - b) < 40) n++;
        return n;
      },
      [png.toString("base64"), ring.color] as const,
    );
    expect(ringPixels, "focus-ring pixels outside the block's edge").toBeGreaterThan(strip.width * 0.5);
    await context.close();
  });

  it("let a jump to a target land on it: the page's sources and its last heading, on load and in the page", async () => {
    const missed: string[] = [];
    let jumps = 0;
    for (const viewport of viewports) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      for (const path of storyPages) {
        await page.goto(origin + path, { waitUntil: "load" });
        const targets = await page.evaluate(() => {
          const ids = ["page-sources", [...document.querySelectorAll("main h2[id]")].at(-1)?.id].filter((id): id is string => !!id);
          return ids.filter((id) => document.querySelector(`a[href="#${CSS.escape(id)}"]`));
        });
        for (const id of targets) {
          // A jump as the page loads on a phone, and from within the page on a wide screen.
          for (const how of viewport.width < 500 ? (["load"] as const) : (["in-page"] as const)) {
            if (how === "load") await page.goto(`${origin}${path}#${encodeURIComponent(id)}`, { waitUntil: "load" });
            else {
              await page.goto(origin + path, { waitUntil: "load" });
              await page.evaluate((target) => {
                location.hash = target;
              }, id);
            }
            await settled(page);
            await scrollSettled(page);
            const at = await page.evaluate((target) => {
              const el = document.getElementById(target)!;
              const end = document.documentElement.scrollHeight - innerHeight;
              return { top: el.getBoundingClientRect().top, margin: parseFloat(getComputedStyle(el).scrollMarginTop) || 0, atEnd: scrollY >= end - 1 };
            }, id);
            jumps++;
            // At the top of the screen (less its scroll margin), or as near as the page's end allows.
            if (Math.abs(at.top - at.margin) > 2 && !(at.atEnd && at.top > 0 && at.top < viewport.height))
              missed.push(`${viewport.width} ${path}#${id} (${how}): top ${Math.round(at.top)}`);
          }
        }
      }
      await context.close();
    }
    expect(jumps).toBeGreaterThanOrEqual(storyPages.length * 2);
    expect(missed).toEqual([]);
  }, 300_000);
});
