// The design pass of issue 13 in real Chromium: every story page leads with headline, standfirst,
// byline (dates of the first and latest release in data/releases.csv) and its lead chart, whose top
// is on the first screen of a phone (390×844) and a desktop (1280×800) in fr, ar and en; one compact
// source line per figure whose full list opens without JavaScript; unpublished levers and reforms
// as one statement; a calm header; figure controls that are real, large and work with JS off.
import { settled } from "./settle";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../scripts/tools/browser";
import { builtPages, distDir } from "../../scripts/tools/built-pages";
import { readerViewports } from "./viewports";

const origin = inject("origin");
const dist = distDir();
const locales = ["fr", "ar", "en"] as const;
const inLocale = (path: string, locale: string) => (locale === "fr" ? `/${path}` : `/${locale}/${path}`);
const storyPaths = [
  "",
  "objectifs/exportations/",
  "objectifs/exportateurs/",
  "objectifs/emplois/",
  "leviers-et-reformes/",
  "artisanat-et-economie-sociale/",
  "bureaux-regionaux/",
  "lancement/",
  "echanges/",
  "ce-que-disent-les-sources/",
];
const pageHtml = (urlPath: string) => readFileSync(join(dist, urlPath.slice(1), "index.html"), "utf8");
/** Release dates straight from the CSV the team edits (not through the site's code). */
const releaseDates = readFileSync(join(process.cwd(), "data", "releases.csv"), "utf8")
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => /,(\d{4}-\d{2}-\d{2}),/.exec(line)![1])
  .sort();
const viewports = readerViewports;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("the lead", () => {
  for (const viewport of viewports) {
    it(`puts the lead chart's top on the first screen at ${viewport.width}×${viewport.height}, in every locale`, async () => {
      let checked = 0;
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      for (const locale of locales) {
        for (const path of storyPaths) {
          const url = inLocale(path, locale);
          if (!pageHtml(url).includes('class="chart-figure')) continue;
          await page.goto(origin + url, { waitUntil: "domcontentloaded" });
          // The lead chart is the page's first figure, right after the byline.
          expect(await page.locator("figure.chart-figure").first().getAttribute("class"), url).toContain("chart-lead");
          const top = await page.locator(".chart-lead .chart-svg").evaluate((el) => el.getBoundingClientRect().top);
          expect(top, `${url} at ${viewport.width}×${viewport.height}`).toBeGreaterThan(0);
          expect(top, `${url} at ${viewport.width}×${viewport.height}`).toBeLessThan(viewport.height);
          checked++;
        }
      }
      await context.close();
      // Every story page leads with a chart except "what the sources say", which has none.
      expect(checked).toBe((storyPaths.length - 1) * locales.length);
    }, 240_000);
  }

  it("dates the byline from the first and the latest release on the home and story pages", () => {
    const first = releaseDates[0];
    const latest = releaseDates[releaseDates.length - 1];
    for (const locale of locales) {
      for (const path of storyPaths) {
        const html = pageHtml(inLocale(path, locale));
        const byline = /<p class="byline"[^>]*>([\s\S]*?)<\/p>/.exec(html);
        expect(byline, inLocale(path, locale)).not.toBeNull();
        const dates = [...byline![1].matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]);
        expect(dates).toEqual(first === latest ? [first] : [first, latest]);
      }
    }
  });
});

describe("Arabic type", () => {
  it("spaces no Arabic text letter by letter (a cursive script's joins would break), on every story page", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const spaced: string[] = [];
    for (const path of storyPaths) {
      await page.goto(origin + inLocale(path, "ar"), { waitUntil: "domcontentloaded" });
      const found = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("main *")]
          .filter((el) => /[\u0600-\u06ff]/.test(el.textContent ?? "") && getComputedStyle(el).letterSpacing !== "normal")
          .map((el) => `${el.tagName.toLowerCase()} ${getComputedStyle(el).letterSpacing}`),
      );
      spaced.push(...found.map((f) => `${inLocale(path, "ar")}: ${f}`));
    }
    expect(spaced).toEqual([]);
    await context.close();
  });
});

describe("source lines", () => {
  it("give one line per figure, whose list of sources opens with JavaScript off", async () => {
    // Reduced motion: the jump to the list is instant, so the check does not race a smooth scroll.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    let linked = 0;
    for (const locale of locales) {
      await page.goto(origin + inLocale("objectifs/exportations/", locale));
      await settled(page);
      const figures = page.locator("figure.chart-figure");
      for (let i = 0; i < (await figures.count()); i++) {
        const figure = figures.nth(i);
        expect(await figure.locator(".source-line").count()).toBe(1);
        const line = figure.locator(".source-line");
        const toFoot = line.locator('a[href="#page-sources"]');
        if ((await toFoot.count()) === 1) {
          // Several sources: the line links to the page's one list of its sources, at its foot.
          await toFoot.click();
          const foot = page.locator("#page-sources");
          expect(await foot.isVisible()).toBe(true);
          expect(new URL(page.url()).hash).toBe("#page-sources");
          // The list scrolls into view.
          await expect.poll(() => foot.evaluate((el) => el.getBoundingClientRect().top < innerHeight), { timeout: 5000 }).toBe(true);
          expect(await foot.locator("li").count()).toBeGreaterThanOrEqual(2);
          linked++;
        } else if ((await line.evaluate((el) => el.tagName)) === "DETAILS") {
          const links = line.locator(".source-line-list a");
          expect(await links.first().isVisible()).toBe(false);
          await line.locator("summary").click();
          expect(await links.first().isVisible()).toBe(true);
          expect(await links.count()).toBeGreaterThanOrEqual(2);
        } else expect(await line.locator("a").first().isVisible()).toBe(true);
      }
    }
    await context.close();
    expect(linked).toBeGreaterThan(0);
  });

  it("list each source of a page once, at its foot, with every source its lines name", () => {
    for (const page of builtPages(dist).filter((p) => !p.isEmbed)) {
      const { document } = parseHTML(readFileSync(page.file, "utf8"));
      const foot = document.getElementById("page-sources");
      const lines = [...document.querySelectorAll('.source-line a[href="#page-sources"]')];
      if (!foot) {
        expect(lines, page.urlPath).toEqual([]);
        continue;
      }
      expect(document.querySelectorAll("#page-sources").length, page.urlPath).toBe(1);
      // The layout's foot list links each source's entry on the sources page; a region's factsheet,
      // which is its page's one list, links the originals. Either way each source is there once.
      const listed = [...foot.querySelectorAll("li")].map((li) => li.querySelector("a")?.getAttribute("href"));
      expect(new Set(listed).size, `${page.urlPath}: a source listed twice`).toBe(listed.length);
      // A one-source line's source is in the list too (by its entry on the sources page or its original).
      for (const line of document.querySelectorAll("p.source-line")) {
        const original = line.querySelector("a")?.getAttribute("href");
        const entry = line.querySelector(".source-meta a")?.getAttribute("href");
        if (!entry) continue;
        expect(listed.includes(entry) || listed.includes(original ?? ""), `${page.urlPath}: ${original}`).toBe(true);
      }
    }
  });

  it("never show a cluster of links on a card: every multi-source line is closed until asked", () => {
    for (const page of builtPages(dist).filter((p) => !p.isEmbed)) {
      const html = readFileSync(page.file, "utf8");
      for (const m of html.matchAll(/<p class="source-line">([\s\S]*?)<\/p>/g)) {
        // A one-source line: its publisher and its entry on the sources page, no more.
        expect((m[1].match(/<a /g) ?? []).length, page.urlPath).toBeLessThanOrEqual(2);
      }
      expect(html, page.urlPath).not.toMatch(/<details class="source-line" open/);
    }
  });
});

describe("unpublished levers and reforms", () => {
  it("read as one statement, not as rows of empty boxes, on the home and levers pages", () => {
    for (const locale of locales) {
      for (const path of ["", "leviers-et-reformes/"]) {
        const html = pageHtml(inLocale(path, locale));
        expect(html, inLocale(path, locale)).not.toMatch(/<li[^>]*data-status="not-published"/);
        expect(html).toMatch(/class="unpublished-statement" data-unpublished-count="\d+"/);
      }
    }
    expect(pageHtml("/").replace(/&#39;/g, "'")).toContain("Les noms des quatre leviers n'ont pas été publiés.");
  });
});

describe("offices whose facts are not published", () => {
  // What the pages printed in empty boxes before (issue 13): "Ville ou adresse : Pas encore publié".
  const notPublished = { fr: "Pas encore publié", ar: "لم يُنشر بعد", en: "Not published yet" };
  const officeRows = readFileSync(join(process.cwd(), "data", "offices.csv"), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1);
  /** office_id,region_code,status,announced_on,opened_on,place,…: the first six cells hold no comma. */
  const lacksAFact = (row: string) =>
    row
      .split(",")
      .slice(3, 6)
      .some((cell) => cell === "");

  it("say it in one sentence on the offices page and on every region page, with no 'not published' boxes", () => {
    const pages = builtPages().filter((p) => /^\/(ar\/|en\/)?(regions\/ma-\d\d|bureaux-regionaux)\/$/.test(p.urlPath));
    // Twelve region pages and the offices page, in three locales.
    expect(pages.length).toBe((officeRows.length + 1) * locales.length);
    for (const page of pages) {
      const locale = page.urlPath.startsWith("/ar/") ? "ar" : page.urlPath.startsWith("/en/") ? "en" : "fr";
      const { document } = parseHTML(readFileSync(page.file, "utf8"));
      const boxes = [...document.querySelectorAll("main dd, main .unpublished")].filter((el) => el.textContent?.trim() === notPublished[locale]);
      expect(boxes.length, page.urlPath).toBe(0);
      const statements = [...document.querySelectorAll("[data-office-unpublished]")].map((el) => el.textContent?.trim() ?? "");
      // A region page says it when its office's row lacks a fact; the offices page when any row does.
      const region = /regions\/(ma-\d\d)\//.exec(page.urlPath)?.[1].toUpperCase();
      const lacking = officeRows.filter((row) => !region || row.split(",")[1] === region).some(lacksAFact);
      if (region) expect(statements.length, page.urlPath).toBe(lacking ? 1 : 0);
      else expect(statements.length > 0, page.urlPath).toBe(lacking);
      for (const text of statements) expect(text.length, page.urlPath).toBeGreaterThan(notPublished[locale].length);
    }
  });
});

describe("header and figure controls", () => {
  it("keep the header to name, menu (with search) and languages; the theme choice is in the footer", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const locale of locales) {
      await page.goto(origin + inLocale("", locale));
      await settled(page);
      expect(await page.locator(".site-header [data-theme-switch]").count()).toBe(0);
      expect(await page.locator(".site-footer [data-theme-switch]").isVisible()).toBe(true);
      expect(await page.locator(".site-header .search-link").isVisible()).toBe(false);
      await page.locator(".site-menu > summary").click();
      expect(await page.locator(".site-menu .search-link").isVisible()).toBe(true);
      // Name, menu and languages fit in two rows on a phone.
      expect((await page.locator(".site-header").boundingBox())!.height).toBeLessThan(130);
    }
    await context.close();
  });

  it("give every figure three controls of at least 44 px that open with JavaScript off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const locale of locales) {
      await page.goto(origin + inLocale("", locale));
      await settled(page);
      const figure = page.locator("figure.chart-lead");
      // Two disclosures and "share / embed", a link to the chart's own page, which holds the embed code.
      const controls = figure.locator(".figure-controls > details > summary, .figure-controls > a.share-link");
      expect(await controls.count()).toBe(3);
      for (let i = 0; i < 3; i++) expect((await controls.nth(i).boundingBox())!.height).toBeGreaterThanOrEqual(44);
      const chartPage = await figure.locator(".figure-controls > a.share-link").getAttribute("href");
      expect(chartPage).toMatch(/\/graphiques\/[^/]+\/#[^/]+-share$/);
      await figure.locator(".figure-controls > details.figure-downloads > summary").click();
      expect(await figure.locator("a[data-download='csv']").isVisible()).toBe(true);
      await figure.locator(".figure-controls > details.chart-table > summary").click();
      expect(await figure.locator(".chart-table table").isVisible()).toBe(true);
    }
    await context.close();
  });
});
