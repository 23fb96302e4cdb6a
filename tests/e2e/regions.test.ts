// The regional rollout in real Chromium against the built site: twelve region pages per locale,
// the map's one link per region (with JavaScript off too), the OpenStreetMap credit beside every
// map, the tile grid on phones, and tooltips and keyboard navigation over the map.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../scripts/tools/browser";
import { builtPages } from "../../scripts/tools/built-pages";
import { loadData } from "../../src/data";
import { strings, t, tCount, type Locale } from "../../src/core/i18n";

const origin = inject("origin");
const data = loadData();
const regions = [...data.regions].sort((a, b) => a.region_code.localeCompare(b.region_code));
const prefix: Record<Locale, string> = { fr: "/", ar: "/ar/", en: "/en/" };
const regionUrl = (locale: Locale, code: string) => `${prefix[locale]}regions/${code.toLowerCase()}/`;
const name = (locale: Locale, code: string) => regions.find((r) => r.region_code === code)![`name_${locale}`];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(path: string, width = 1000, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled })).newPage();
  const response = await page.goto(origin + path);
  expect(response?.status(), path).toBe(200);
  // Scripts come after the first paint (views/pages/after-paint.ts); on wide screens the real map
  // comes after the page too, in place of an empty SVG of its size.
  if (javaScriptEnabled) await page.waitForSelector("html[data-enhanced]");
  if (javaScriptEnabled && width >= 560 && (await page.locator(".region-map-figure").count()))
    await page.waitForSelector('.region-map-figure[data-drawing="loaded"]');
  return page;
}

describe("region pages", () => {
  it.each(["fr", "ar", "en"] as const)("twelve region pages are built in %s, each named after its region", (locale) => {
    const built = builtPages().filter((p) => p.locale === locale && /\/regions\/ma-\d\d\/$/.test(p.urlPath));
    expect(built.map((p) => p.urlPath)).toEqual(regions.map((r) => regionUrl(locale, r.region_code)));
    for (const page of built) {
      const html = readFileSync(page.file, "utf8");
      const code = page.urlPath.match(/ma-\d\d/)![0].toUpperCase();
      expect(html).toMatch(new RegExp(`<h1[^>]*>${name(locale, code).replace(/'/g, "&#39;")}</h1>`));
      // The sentence counts the regions from the data ("les 12 régions", "12 جهة").
      expect(html).toContain(t(locale, "region.exports-none", { regions: tCount(locale, "count.regions", regions.length) }).replace(/'/g, "&#39;"));
    }
  });

  it("every page that shows a map also shows the OpenStreetMap credit in its language", () => {
    const withMap = builtPages().filter((p) => {
      const html = readFileSync(p.file, "utf8");
      return /class="region-(map|locator)\b/.test(html);
    });
    expect(withMap.length).toBeGreaterThanOrEqual(3 * 13);
    for (const page of withMap) {
      const html = readFileSync(page.file, "utf8");
      // The page's own language (the dev gallery keeps its locale after /dev/charts/, not as a prefix).
      const lang = parseHTML(html).document.documentElement.getAttribute("lang")?.slice(0, 2);
      const locale = lang === "ar" || lang === "en" ? lang : page.locale;
      const credit = strings[locale]["map.credit"];
      // In the page's HTML, or drawn in the map itself (embeds and chart pages made from the chart definition).
      // A phone map wraps its drawn credit over several lines: read them back as one text.
      const drawn = [...parseHTML(html).document.querySelectorAll(".map-credit-svg")].map((el) => {
        const lines = [...el.querySelectorAll("tspan")].map((line) => line.textContent ?? "");
        return (lines.length ? lines.join(" ") : (el.textContent ?? "")).replace(/[\u202a-\u202e]/g, "");
      });
      expect(html.includes(credit.replace(/'/g, "&#39;")) || html.includes(credit) || drawn.includes(credit), page.urlPath).toBe(true);
      if (page.urlPath.includes("/regions/"))
        expect(html, page.urlPath).toMatch(/data-map-credit[^>]*>\s*<a href="https:\/\/www\.openstreetmap\.org\/copyright"/);
    }
  });
});

describe("printing", () => {
  // A PDF per page is slow; the three fullest pages (most events and divisions) bound the rest.
  const weight = (code: string) =>
    3 * data.milestones.filter((m) => m.region_code === code).length + data.provinces.filter((p) => p.region_code === code).length;
  const fullest = [...regions].sort((a, b) => weight(b.region_code) - weight(a.region_code)).slice(0, 3);

  it("the fullest region pages print on one A4 page, sources included, in every language", async () => {
    const page = await (await browser.newContext()).newPage();
    const over: string[] = [];
    for (const locale of ["fr", "ar", "en"] as const) {
      for (const region of fullest) {
        await page.goto(origin + regionUrl(locale, region.region_code));
        const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
        const pages = Number(/\/Count (\d+)/.exec(pdf)?.[1]);
        if (pages !== 1) over.push(`${regionUrl(locale, region.region_code)}: ${pages} pages`);
      }
      expect(await page.locator(".region-sources li").count()).toBeGreaterThan(0);
    }
    expect(over).toEqual([]);
    await page.context().close();
  });
});

describe("the regional map", () => {
  it.each(["fr", "ar", "en"] as const)("%s: exactly one linked shape per region, each to the right page, on the real map", async (locale) => {
    const page = await open(`${prefix[locale]}regions/`, 1000);
    const links = page.locator(".map-wide a.map-link");
    expect(await links.count()).toBe(12);
    for (const region of regions) {
      const link = page.locator(`.map-wide a.map-link:has([data-region="${region.region_code}"])`);
      expect(await link.count()).toBe(1);
      expect(await link.getAttribute("href")).toBe(regionUrl(locale, region.region_code));
      expect(await link.getAttribute("aria-label")).toContain(name(locale, region.region_code));
      expect(await page.locator(`.map-wide [data-region="${region.region_code}"] .map-region`).count()).toBe(1);
    }
    await page.locator('.map-wide a.map-link:has([data-region="MA-09"])').click();
    await page.waitForURL(`**${regionUrl(locale, "MA-09")}`);
    expect(await page.locator("h1").textContent()).toBe(name(locale, "MA-09"));
    await page.context().close();
  });

  it.each(["fr", "ar", "en"] as const)("%s: with JavaScript off, a wide screen shows the tile grid, one visible link per region", async (locale) => {
    const page = await open(`${prefix[locale]}regions/`, 1000, false);
    const visible = await page
      .locator(".map-narrow a.map-link")
      .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.getAttribute("href")));
    expect(visible.sort()).toEqual(regions.map((r) => regionUrl(locale, r.region_code)).sort());
    expect(await page.locator(".map-wide").isVisible()).toBe(false);
    await page.locator('.map-narrow a.map-link:has([data-region="MA-09"])').click();
    await page.waitForURL(`**${regionUrl(locale, "MA-09")}`);
    await page.context().close();
  });

  it("the real map takes the room its placeholder held, and a phone never fetches it", async () => {
    const wide = await (await browser.newContext({ viewport: { width: 1000, height: 900 } })).newPage();
    // Hold the map's file back, to measure the placeholder before the map arrives.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await wide.route("**/regions/map.json", async (route) => {
      await held;
      await route.continue();
    });
    await wide.goto(origin + "/regions/");
    const before = await wide.locator(".map-wide").boundingBox();
    release();
    await wide.waitForSelector('.region-map-figure[data-drawing="loaded"]');
    const after = await wide.locator(".map-wide").boundingBox();
    expect(before && after && Math.abs(before.height - after.height) < 1 && before.height > 300).toBe(true);
    await wide.context().close();
    const phone = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
    const fetched: string[] = [];
    phone.on("request", (r) => fetched.push(r.url()));
    await phone.goto(origin + "/regions/", { waitUntil: "networkidle" });
    expect(fetched.filter((u) => u.endsWith("/regions/map.json"))).toEqual([]);
    await phone.context().close();
  });

  it("at 360 px the tile grid replaces the map, with twelve visible links", async () => {
    const page = await open("/ar/regions/", 360);
    expect(await page.locator(".map-narrow a.map-link").count()).toBe(12);
    expect(await page.locator(".map-wide").isVisible()).toBe(false);
    const tiles = await page.locator(".map-narrow a.map-link").evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
    expect(tiles).toBe(12);
    // Nothing spills sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it("keyboard: Tab reaches the map, the tooltip names the region and its status, arrows move, Enter opens", async () => {
    const page = await open("/regions/", 1000);
    let focused = "";
    for (let i = 0; i < 80 && !focused; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.querySelector("[data-region]")?.getAttribute("data-region") ?? "");
    }
    expect(focused).toBe("MA-01");
    const tip = page.locator(".map-tooltip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(name("fr", "MA-01"));
    const status = data.offices.find((o) => o.region_code === "MA-01")!.status;
    expect(await tip.textContent()).toContain(strings.fr[`map.status.${status}`]);
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.querySelector("[data-region]")?.getAttribute("data-region"))).toBe("MA-02");
    expect(await tip.textContent()).toContain(name("fr", "MA-02"));
    // The focused region is outlined on top of its neighbours.
    expect(await page.locator(".map-wide .map-highlight").getAttribute("d")).toBe(await page.locator('.map-wide [data-region="MA-02"] path').getAttribute("d"));
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    expect(await page.evaluate(() => document.activeElement?.querySelector("[data-region]")?.getAttribute("data-region"))).toBe("MA-12");
    await page.keyboard.press("Escape");
    expect(await tip.isVisible()).toBe(false);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${regionUrl("fr", "MA-12")}`);
    await page.context().close();
  });

  it("keyboard in Arabic: the left arrow moves to the next region, as reading runs right to left", async () => {
    const page = await open("/ar/regions/", 1000);
    const focusedRegion = () => page.evaluate(() => document.activeElement?.querySelector("[data-region]")?.getAttribute("data-region") ?? "");
    let focused = "";
    for (let i = 0; i < 80 && !focused; i++) {
      await page.keyboard.press("Tab");
      focused = await focusedRegion();
    }
    expect(focused).toBe("MA-01");
    await page.keyboard.press("ArrowLeft");
    expect(await focusedRegion()).toBe("MA-02");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await focusedRegion()).toBe("MA-12");
    await page.context().close();
  });

  it("touch: a first tap shows the tooltip, a second tap on the same region opens its page", async () => {
    const page = await (await browser.newContext({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true })).newPage();
    await page.goto(origin + "/regions/");
    await page.waitForSelector("html[data-enhanced]");
    const tile = page.locator('.map-narrow [data-region="MA-07"] rect');
    await tile.tap();
    const tip = page.locator(".map-tooltip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(name("fr", "MA-07"));
    expect(await tip.textContent()).toContain(strings.fr["map.tap-again"]);
    expect(new URL(page.url()).pathname).toBe("/regions/");
    await tile.tap();
    await page.waitForURL(`**${regionUrl("fr", "MA-07")}`);
    await page.context().close();
  });

  it("hover shows the region's name and status", async () => {
    const page = await open("/en/regions/", 1000);
    await page.locator('.map-wide [data-region="MA-06"] path').hover();
    const tip = page.locator(".map-tooltip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(name("en", "MA-06"));
    await page.context().close();
  });
});
