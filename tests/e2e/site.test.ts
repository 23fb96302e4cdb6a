// Every built page in every locale loads in real Chromium without console errors; charts are
// SVG with JavaScript off; Arabic pages are right-to-left; language switcher keeps the page.
import { settled } from "./settle";
import { describe, it, expect, beforeAll, afterAll, inject } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../scripts/tools/browser";
import { builtPaths, distDir, localeOfPath } from "../../scripts/tools/built-pages";

let browser: Browser;
const origin = inject("origin");
const pages = builtPaths();
const contentPages = pages.filter((p) => !p.includes("/embed/") && !p.startsWith("/dev/") && p !== "/404.html");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the built site", () => {
  it("has every content page in the three locales", () => {
    const frPages = contentPages.filter((p) => localeOfPath(p) === "fr");
    expect(frPages.length).toBeGreaterThanOrEqual(3);
    for (const p of frPages) {
      expect(pages, `ar version of ${p}`).toContain(`/ar${p}`);
      expect(pages, `en version of ${p}`).toContain(`/en${p}`);
    }
  });

  // Chromium asks for /favicon.ico only on some loads of a page without an icon link, which made the
  // check below pass or fail by chance; every page links an icon and /favicon.ico exists, so it cannot.
  it("links an icon on every page, embeds included, and serves /favicon.ico", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    for (const path of pages) {
      const file = join(distDir(), path.endsWith("/") ? `${path}index.html` : path);
      expect(readFileSync(file, "utf8"), path).toMatch(/<link rel="icon" href="[^"]+"/);
    }
    const ico = await fetch(`${origin}/favicon.ico`);
    expect(ico.status).toBe(200);
    expect(Buffer.from(await ico.arrayBuffer()).readUInt16LE(2)).toBe(1);
  });

  it("loads every page with no console error and no failed request", async () => {
    const context = await browser.newContext();
    const problems: string[] = [];
    const page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && problems.push(`${page.url()}: console: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`${page.url()}: pageerror: ${e.message}`));
    // A font still loading when the next page starts is aborted by the navigation, not broken.
    page.on("requestfailed", (r) => r.failure()?.errorText !== "net::ERR_ABORTED" && problems.push(`${page.url()}: failed ${r.url()}`));
    page.on("response", (r) => r.status() >= 400 && !r.url().endsWith("/404.html") && problems.push(`${page.url()}: ${r.status()} ${r.url()}`));
    for (const path of pages) {
      const response = await page.goto(origin + path, { waitUntil: "load" });
      await settled(page);
      expect(response?.status(), path).toBe(200);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 600_000);

  it("sets lang and dir from the locale on every page", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of contentPages) {
      await page.goto(origin + path);
      await settled(page);
      const locale = localeOfPath(path);
      expect(await page.getAttribute("html", "lang"), path).toBe(locale);
      expect(await page.getAttribute("html", "dir"), path).toBe(locale === "ar" ? "rtl" : "ltr");
      if (locale === "ar") {
        expect(await page.evaluate(() => getComputedStyle(document.body).direction), path).toBe("rtl");
      }
    }
    await context.close();
  }, 600_000);

  it("shows charts as SVG with JavaScript off, with title, source and data table", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    for (const path of ["/", "/ar/echanges/", "/en/echanges/"]) {
      await page.goto(origin + path);
      await settled(page);
      const figures = page.locator("figure.chart-figure");
      expect(await figures.count(), path).toBeGreaterThan(0);
      const first = figures.first();
      const svg = first.locator(".chart-svg svg").filter({ visible: true }).first();
      await expect.poll(() => svg.isVisible(), { message: path }).toBe(true);
      const box = await svg.boundingBox();
      expect(box!.width, path).toBeGreaterThan(300);
      expect(box!.height, path).toBeGreaterThan(150);
      expect(await first.locator(".chart-title").textContent()).toBeTruthy();
      expect(await first.locator("table tbody tr").count()).toBeGreaterThan(5);
      expect(await first.locator(".chart-svg").getAttribute("dir")).toBe("ltr");
      const html = await page.content();
      expect(html).not.toMatch(/NaN|undefined/);
    }
    await context.close();
  });

  it("keeps the reader on the same page when switching language", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + "/echanges/");
    await settled(page);
    await page.click('a[hreflang="ar"][lang="ar"]');
    expect(new URL(page.url()).pathname).toBe("/ar/echanges/");
    await page.click('a[hreflang="en"][lang="en"]');
    expect(new URL(page.url()).pathname).toBe("/en/echanges/");
    await context.close();
  });
});
