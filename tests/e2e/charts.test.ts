// Chart tooltips in real Chromium: hover, touch and keyboard (Tab reaches the chart, arrows step,
// Escape leaves), the aria-live announcement, mirrored arrow keys in Arabic, nothing interactive
// without JavaScript, colours that follow the dark theme, and the 20 kB gzip JS budget on arrival.
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtPaths, distDir, localeOfPath } from "../../scripts/tools/built-pages";
import { charts } from "../../src/charts/registry";
import { CHART_WIDTHS } from "../../src/charts/figure";
import { describe, it, expect, beforeAll, afterAll, inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../scripts/tools/browser";
import { tokens } from "../../src/core/theme/tokens";

let browser: Browser;
const origin = inject("origin");
const PAGE = "/objectifs/exportateurs/";
const CHART = "#chart-exporter-base";

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Point {
  x: number;
  y: number;
  label: string;
}

/** The tooltip points of the visible drawing of a chart (from the chart's parts file), and where they are on screen. */
async function screenPoints(page: Page, selector: string): Promise<{ label: string; x: number; y: number }[]> {
  return page.$eval(selector, async (figure) => {
    const wrapper = figure.querySelector<HTMLElement>(".chart-svg")!;
    const box = [...figure.querySelectorAll<HTMLElement>("[data-chart-variant]")].find((b) => b.offsetParent !== null)!;
    const parts = (await (await fetch(wrapper.dataset.parts!)).json()) as { points: Record<string, Point[]> };
    const points = parts.points[box.dataset.chartVariant!];
    const svg = box.querySelector("svg")!;
    const rect = svg.getBoundingClientRect();
    const scale = rect.width / Number(svg.getAttribute("viewBox")!.split(" ")[2]);
    return points.map((p) => ({ label: p.label, x: rect.left + p.x * scale, y: rect.top + p.y * scale }));
  });
}

/** Opens a page and waits for its scripts, which come after the first paint (views/pages/after-paint.ts). */
async function openEnhanced(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector("html[data-enhanced]");
}

const tipText = (page: Page, selector: string) => page.$eval(`${selector} .chart-tip`, (el) => ((el as HTMLElement).hidden ? null : el.textContent));
const liveText = (page: Page, selector: string) => page.$eval(`${selector} .chart-live`, (el) => el.textContent);

describe("chart tooltips", () => {
  it("reach the chart with Tab, step with the arrow keys, announce each value and leave with Escape", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await openEnhanced(page, origin + PAGE);
    const points = await screenPoints(page, CHART);
    expect(points.length).toBeGreaterThan(3);
    // Tab through the page until the chart has focus, as a keyboard user would.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate((sel) => document.activeElement === document.querySelector(`${sel} .chart-svg`), CHART);
    }
    expect(reached, "Tab reaches the chart").toBe(true);
    // The points come with the first focus (the chart's parts file).
    await expect.poll(() => tipText(page, CHART)).toBe(points[0].label);
    expect(await liveText(page, CHART)).toContain(points[0].label);
    await page.keyboard.press("ArrowRight");
    expect(await tipText(page, CHART)).toBe(points[1].label);
    expect(await liveText(page, CHART)).toContain(points[1].label);
    await page.keyboard.press("End");
    expect(await tipText(page, CHART)).toBe(points[points.length - 1].label);
    await page.keyboard.press("ArrowLeft");
    expect(await tipText(page, CHART)).toBe(points[points.length - 2].label);
    // The tooltip is visible on screen, inside the chart.
    const [tip, chart] = await Promise.all([page.locator(`${CHART} .chart-tip`).boundingBox(), page.locator(`${CHART} .chart-svg`).boundingBox()]);
    expect(tip && chart && tip.width > 20 && tip.x >= chart.x - 1 && tip.x + tip.width <= chart.x + chart.width + 1).toBe(true);
    expect(await page.locator(`${CHART} .chart-svg`).getAttribute("aria-describedby")).toMatch(/exporter-base-hint/);
    await page.keyboard.press("Escape");
    expect(await tipText(page, CHART)).toBeNull();
    expect(await page.locator(`${CHART} .chart-marker`).count()).toBe(0);
    await context.close();
  });

  it("shows the nearest value on hover and hides it when the pointer leaves", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await openEnhanced(page, origin + PAGE);
    await page.locator(CHART).scrollIntoViewIfNeeded();
    const points = await screenPoints(page, CHART);
    const target = points[2];
    await page.mouse.move(target.x + 1, target.y + 1);
    await expect.poll(() => tipText(page, CHART)).toBe(target.label);
    await page.mouse.move(5, 5);
    expect(await tipText(page, CHART)).toBeNull();
    await context.close();
  });

  it("shows and announces a value on touch at phone width", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await openEnhanced(page, origin + PAGE);
    await page.locator(CHART).scrollIntoViewIfNeeded();
    const points = await screenPoints(page, CHART);
    const target = points[points.length - 1];
    await page.touchscreen.tap(target.x, target.y);
    await expect.poll(() => tipText(page, CHART)).toBe(target.label);
    expect(await liveText(page, CHART)).toContain(target.label);
    // The phone drawing is the narrow one (drawn a little narrower than a 360 px screen's content), so its text is never scaled down.
    expect(await page.$eval(`${CHART} .chart-narrow svg`, (svg) => svg.getAttribute("width"))).toBe(String(CHART_WIDTHS.narrow));
    await context.close();
  });

  it("mirrors the arrow keys for a mirrored chart in Arabic and writes the tooltip right to left", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await openEnhanced(page, origin + "/ar" + PAGE);
    const selector = "#chart-new-exporters-by-region";
    expect(await page.getAttribute(selector, "data-mirror")).toBe("true");
    const points = await screenPoints(page, selector);
    await page.focus(`${selector} .chart-svg`);
    await expect.poll(() => tipText(page, selector)).toBe(points[0].label);
    await page.keyboard.press("ArrowLeft");
    expect(await tipText(page, selector)).toBe(points[1].label);
    expect(await page.$eval(`${selector} .chart-tip`, (el) => getComputedStyle(el).direction)).toBe("rtl");
    // The SVG internals stay left to right (STACK.md G7).
    expect(await page.$eval(`${selector} .chart-svg`, (el) => getComputedStyle(el).direction)).toBe("ltr");
    await context.close();
  });
});

describe("charts without JavaScript and in the dark theme", () => {
  it("are readable SVG with a data table and no keyboard trap when JavaScript is off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(origin + PAGE);
    // On a wide screen without JavaScript, the phone drawing serves, at its own width, with its marks.
    expect(await page.locator(`${CHART} .chart-narrow svg`).isVisible()).toBe(true);
    expect(await page.locator(`${CHART} .chart-wide`).isVisible()).toBe(false);
    expect((await page.locator(`${CHART} .chart-narrow svg`).boundingBox())?.width).toBe(CHART_WIDTHS.narrow);
    expect(await page.locator(`${CHART} .chart-narrow svg circle`).count()).toBeGreaterThan(2);
    expect(await page.locator(`${CHART} .chart-svg`).getAttribute("tabindex")).toBeNull();
    expect(await page.locator(`${CHART} details table tbody tr`).count()).toBeGreaterThan(2);
    expect((await page.locator(`${CHART} .chart-alt`).textContent())!.length).toBeGreaterThan(40);
    await context.close();
  });

  it("draw marks in the dark palette when the reader prefers dark", async () => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(origin + PAGE);
    await page.waitForSelector(`${CHART} .chart-svg[data-drawing="loaded"]`);
    const fill = await page.$eval(`${CHART} .chart-wide svg circle`, (c) => getComputedStyle(c).fill);
    const hex = tokens.dark.exports.replace("#", "");
    const rgb = `rgb(${parseInt(hex.slice(0, 2), 16)}, ${parseInt(hex.slice(2, 4), 16)}, ${parseInt(hex.slice(4, 6), 16)})`;
    expect(fill).toBe(rgb);
    await context.close();
  });
});

describe("the wide drawing, fetched after the page", () => {
  it("a phone fetches no wide drawing and no points until the reader points at a chart", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(r.url()));
    await page.goto(origin + PAGE, { waitUntil: "networkidle" });
    expect(fetched.filter((u) => /\/parts\.[a-z]+\.json$/.test(u))).toEqual([]);
    await context.close();
  });

  it("a phone turned into a wide screen (rotation, a window made wider) then gets its wide drawings", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(r.url()));
    await openEnhanced(page, origin + PAGE);
    await page.waitForTimeout(300);
    expect(fetched.filter((u) => /\/parts\.[a-z]+\.json$/.test(u))).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForFunction(() => [...document.querySelectorAll("[data-drawing]")].every((f) => f.getAttribute("data-drawing") === "loaded"));
    expect(await page.locator(`${CHART} .chart-wide svg circle`).count()).toBeGreaterThan(2);
    await context.close();
  });

  it("a wide screen gets every wide drawing, in the room its placeholder held", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route("**/parts.fr.json", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(origin + PAGE);
    const heights = () => page.$$eval(".chart-wide", (boxes) => boxes.map((b) => Math.round(b.getBoundingClientRect().height)));
    const before = await heights();
    release();
    await page.waitForFunction(() => [...document.querySelectorAll("[data-drawing]")].every((f) => f.getAttribute("data-drawing") === "loaded"));
    expect(await heights()).toEqual(before);
    expect(before.every((h) => h > 100)).toBe(true);
    // The drawing that arrived is the wide one, with its marks.
    expect(await page.$$eval(".chart-wide svg", (svgs) => svgs.map((s) => s.getAttribute("width")))).toEqual(before.map(() => String(CHART_WIDTHS.wide)));
    expect(await page.locator(`${CHART} .chart-wide svg circle`).count()).toBeGreaterThan(2);
    await context.close();
  });
});

describe("where charts are published", () => {
  it("puts every chart on a reader-facing page in each of the three languages", () => {
    const content = builtPaths().filter((p) => !/\/(embed|dev|graphiques)\//.test(p) && p !== "/404.html");
    const html = new Map(content.map((p) => [p, readFileSync(join(distDir(), p.endsWith("/") ? `${p}index.html` : p), "utf8")]));
    for (const chart of charts) {
      for (const locale of ["fr", "ar", "en"] as const) {
        const found = [...html].some(([path, text]) => localeOfPath(path) === locale && text.includes(`id="chart-${chart.id}"`));
        expect(found, `${chart.id} in ${locale}`).toBe(true);
      }
    }
  });
});

describe("JavaScript budget", () => {
  it("loads at most 20 kB of gzip JavaScript on a page with charts, all of it after the first paint", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on("response", (r) => {
      if (r.request().resourceType() === "script") scripts.push(r.body().then((b) => gzipSync(b).length));
    });
    await page.goto(origin + PAGE, { waitUntil: "load" });
    await page.waitForSelector("html[data-enhanced]");
    const firstPaint = await page.evaluate(() => performance.getEntriesByType("paint")[0]?.startTime ?? Number.NaN);
    const scriptStarts = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((r) => (r as PerformanceResourceTiming).initiatorType === "script" || r.name.endsWith(".js"))
        .map((r) => r.startTime),
    );
    expect(scriptStarts.length).toBeGreaterThan(0);
    expect(scriptStarts.every((start) => start >= firstPaint)).toBe(true);
    const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(20 * 1024);
    await context.close();
  });
});
