// The story on the built site: every page in three locales with its own title and description,
// headings in order, canonical + hreflang + sitemap, search index per language, internal links
// that resolve, and in Chromium: search, theme switch, menu at 320 px, print.
import { settled } from "./settle";
import { describe, it, expect, beforeAll, afterAll, inject } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../scripts/tools/browser";
import { builtPages, distDir, type BuiltPage } from "../../scripts/tools/built-pages";

const dist = distDir();
const origin = inject("origin");
const all = builtPages(dist);
const html = new Map(all.map((p) => [p.urlPath, readFileSync(p.file, "utf8")]));
const attr = (source: string, re: RegExp) => re.exec(source)?.[1] ?? "";
const isDev = (p: BuiltPage) => /^\/((ar|en)\/)?dev\//.test(p.urlPath);
/** Reader-facing pages: indexable, with a canonical link (not embeds, the dev gallery or the 404). */
const readerPages = all.filter((p) => !p.isEmbed && !p.is404 && !isDev(p) && !/name="robots" content="[^"]*noindex/.test(html.get(p.urlPath)!));
const storyPaths = [
  "",
  "objectifs/exportations/",
  "objectifs/exportateurs/",
  "objectifs/emplois/",
  "leviers-et-reformes/",
  "bureaux-regionaux/",
  "lancement/",
  "ce-que-disent-les-sources/",
  "glossaire/",
  "recherche/",
  "echanges/",
  "sources/",
];
const inLocale = (path: string, locale: string) => (locale === "fr" ? `/${path}` : `/${locale}/${path}`);
const decode = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("story pages in the built site", () => {
  it("exist in fr, ar and en, each with its own title and description", () => {
    for (const path of storyPaths) {
      const metas = ["fr", "ar", "en"].map((locale) => {
        const source = html.get(inLocale(path, locale));
        expect(source, `${locale} ${path}`).toBeDefined();
        expect(attr(source!, /<html lang="([^"]+)"/), path).toBe(locale);
        if (locale === "ar") expect(source).toMatch(/<html[^>]*dir="rtl"/);
        const title = attr(source!, /<title>([^<]+)<\/title>/);
        const description = attr(source!, /<meta name="description" content="([^"]+)"/);
        expect(title.length, `${locale} ${path} title`).toBeGreaterThan(3);
        expect(description.length, `${locale} ${path} description`).toBeGreaterThan(30);
        expect(title).not.toMatch(/\{\{|\}\}|undefined|NaN/);
        expect(source).not.toMatch(/\{\{[a-z]/);
        return { title, description };
      });
      expect(new Set(metas.map((m) => m.title)).size, `titles of ${path}`).toBe(3);
      expect(new Set(metas.map((m) => m.description)).size, `descriptions of ${path}`).toBe(3);
    }
  });

  it("have one h1 and no skipped heading level on every story page", () => {
    const story = readerPages.filter((p) => storyPaths.some((path) => ["fr", "ar", "en"].some((l) => inLocale(path, l) === p.urlPath)));
    expect(story).toHaveLength(storyPaths.length * 3);
    for (const page of story) {
      const levels = [...html.get(page.urlPath)!.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
      expect(
        levels.filter((l) => l === 1),
        `${page.urlPath} h1 count`,
      ).toHaveLength(1);
      expect(levels[0], `${page.urlPath} starts with h1`).toBe(1);
      levels.reduce((prev, level) => {
        expect(level, `${page.urlPath}: h${level} after h${prev}`).toBeLessThanOrEqual(prev + 1);
        return level;
      });
    }
  });

  // A build with SITE_URL declares absolute canonical, hreflang and og:url links and a sitemap; one
  // without it (the default, and CI) declares none of them rather than a guessed address.
  const withSite = readerPages.some((p) => /<link rel="canonical"/.test(html.get(p.urlPath)!));

  it("without SITE_URL: no canonical, hreflang, og:url, og:image or sitemap on any page, and no guessed address", () => {
    if (withSite) return void expect(readerPages.every((p) => /<link rel="canonical"/.test(html.get(p.urlPath)!))).toBe(true);
    for (const page of all) {
      const source = html.get(page.urlPath)!;
      expect(source, page.urlPath).not.toMatch(/<link rel="canonical"|<link rel="alternate" hreflang=|property="og:url"|property="og:image"/);
      expect(source, page.urlPath).not.toMatch(/example\.org|\/\/localhost/);
    }
    expect(existsSync(join(dist, "sitemap.xml"))).toBe(false);
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).not.toMatch(/Sitemap:/);
  });

  it("with SITE_URL: declare a canonical URL and hreflang alternates (fr, ar, en, x-default) that exist", () => {
    if (!withSite) return;
    for (const page of readerPages) {
      const source = html.get(page.urlPath)!;
      const canonical = new URL(attr(source, /<link rel="canonical" href="([^"]+)"/));
      expect(canonical.pathname, page.urlPath).toBe(page.urlPath);
      const alternates = Object.fromEntries(
        [...source.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]).pathname]),
      );
      expect(Object.keys(alternates).sort(), page.urlPath).toEqual(["ar", "en", "fr", "x-default"]);
      for (const [lang, path] of Object.entries(alternates)) expect(html.has(path), `${page.urlPath} → ${lang} ${path}`).toBe(true);
      expect(alternates["x-default"]).toBe(alternates.fr);
      expect(attr(source, /<meta property="og:title" content="([^"]+)"/).length).toBeGreaterThan(0);
      expect(attr(source, /<meta property="og:url" content="([^"]+)"/)).toBe(canonical.href);
      expect(source).toContain(`<meta name="twitter:card" content="summary"`);
    }
  });

  it("with SITE_URL: list every reader page in sitemap.xml, and no embed, dev or 404 page", () => {
    if (!withSite) return;
    const xml = readFileSync(join(dist, "sitemap.xml"), "utf8");
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(decode(m[1])).pathname);
    expect(locs.sort()).toEqual(readerPages.map((p) => p.urlPath).sort());
    expect(xml).not.toMatch(/\/embed\/|\/dev\/|404/);
    const robots = readFileSync(join(dist, "robots.txt"), "utf8");
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  });

  it("index every reader page for search, one index per language, but not the search pages themselves", () => {
    const entry = JSON.parse(readFileSync(join(dist, "pagefind/pagefind-entry.json"), "utf8"));
    const isSearch = (p: BuiltPage) => /^\/((ar|en)\/)?recherche\/$/.test(p.urlPath);
    expect(readerPages.filter(isSearch).length).toBe(3);
    for (const p of readerPages.filter(isSearch)) expect(html.get(p.urlPath), p.urlPath).not.toMatch(/data-pagefind-body/);
    for (const locale of ["fr", "ar", "en"] as const) {
      const expected = readerPages.filter((p) => p.locale === locale && !isSearch(p));
      expect(entry.languages[locale]?.page_count, `${locale} pages in the search index`).toBe(expected.length);
      for (const p of expected) expect(html.get(p.urlPath), `${p.urlPath} marks its body for search`).toMatch(/<main[^>]*data-pagefind-body/);
    }
  });

  it("have internal links and same-page anchors that resolve", () => {
    const broken: string[] = [];
    for (const page of all.filter((p) => !isDev(p))) {
      const source = html.get(page.urlPath)!;
      const ids = new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])));
      for (const [, raw] of source.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
        const href = decode(raw);
        if (/^(https?:|mailto:|tel:|data:)/.test(href) && !href.startsWith(origin)) continue;
        const url = new URL(href, `http://site${page.urlPath}`);
        if (url.host !== "site") continue;
        if (href.startsWith("#")) {
          if (href.length > 1 && !ids.has(decodeURIComponent(href.slice(1)))) broken.push(`${page.urlPath}: ${href}`);
          continue;
        }
        const path = decodeURIComponent(url.pathname);
        const file = join(dist, path.endsWith("/") ? `${path}index.html` : path);
        if (!existsSync(file)) broken.push(`${page.urlPath}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("story pages in Chromium", () => {
  it("search finds pages in the reader's language without contacting another origin", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on("request", (r) => !r.url().startsWith(origin) && !r.url().startsWith("data:") && foreign.push(r.url()));
    for (const [locale, query, prefix] of [
      ["fr", "exportateurs", "/"],
      ["ar", "المصدرين", "/ar/"],
      ["en", "exporters", "/en/"],
    ] as const) {
      await page.goto(`${origin}${inLocale("recherche/", locale)}`);
      await settled(page);
      await page.locator(".pagefind-ui__search-input").fill(query);
      const first = page.locator(".pagefind-ui__result-link").first();
      await first.waitFor({ timeout: 15_000 });
      const hrefs = await page.locator(".pagefind-ui__result-link").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.length, locale).toBeGreaterThan(0);
      for (const href of hrefs) {
        if (locale === "fr") expect(href, href).not.toMatch(/^\/(ar|en)\//);
        else expect(href.startsWith(prefix), href).toBe(true);
      }
    }
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("a query in another script points to that language's search, which runs it; excerpts keep labels and values apart", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const elsewhere = page.locator("[data-search-elsewhere]");
    // Arabic on the French page: a link to the Arabic search, carrying the query.
    await page.goto(`${origin}/recherche/`);
    await settled(page);
    await page.locator(".pagefind-ui__search-input").fill("الداخلة");
    await expect.poll(() => elsewhere.isVisible()).toBe(true);
    const toArabic = elsewhere.locator('a[hreflang="ar"]');
    expect(await toArabic.isVisible()).toBe(true);
    expect(await elsewhere.locator('a[hreflang="en"]').isVisible()).toBe(false);
    expect(await toArabic.getAttribute("href")).toBe(`/ar/recherche/?q=${encodeURIComponent("الداخلة")}`);
    // Latin letters on the Arabic page: links to the French and English searches.
    await page.goto(`${origin}/ar/recherche/`);
    await settled(page);
    await page.locator(".pagefind-ui__search-input").fill("Dakhla");
    await expect.poll(() => elsewhere.isVisible()).toBe(true);
    expect(await elsewhere.locator('a[hreflang="fr"]').isVisible()).toBe(true);
    expect(await elsewhere.locator('a[hreflang="en"]').isVisible()).toBe(true);
    // Same script as the page: no pointer.
    await page.locator(".pagefind-ui__search-input").fill("الداخلة");
    await expect.poll(() => elsewhere.isVisible()).toBe(false);
    // Following the link runs the query; no result is the search page, and labels stay apart from values.
    await page.goto(`${origin}/ar/recherche/?q=${encodeURIComponent("الداخلة")}`);
    await settled(page);
    await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 15_000 });
    const hrefs = await page.locator(".pagefind-ui__result-link").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).not.toContain("/ar/recherche/");
    const excerpts = (await page.locator(".pagefind-ui__result-excerpt").allTextContents()).join(" ");
    expect(excerpts).not.toMatch(/مقر الجهةالداخلة/);
    await context.close();
  });

  it("switches theme, remembers the choice, and follows the system by default", async () => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(`${origin}/glossaire/`);
    await settled(page);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBeNull();
    const darkBg = await bg();
    await page.getByRole("button", { name: "Clair" }).click();
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBe("light");
    expect(await page.getByRole("button", { name: "Clair" }).getAttribute("aria-pressed")).toBe("true");
    const lightBg = await bg();
    expect(lightBg).not.toBe(darkBg);
    await page.goto(`${origin}/en/glossaire/`);
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBe("light");
    await page.getByRole("button", { name: "Auto" }).click();
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBeNull();
    expect(await bg()).toBe(darkBg);
    await context.close();
  });

  it("reads at 320 px without sideways scrolling, with a working menu, in French and Arabic", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of ["/objectifs/exportations/", "/ar/leviers-et-reformes/", "/bureaux-regionaux/", "/ar/ce-que-disent-les-sources/", "/en/lancement/"]) {
      await page.goto(origin + path);
      await settled(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.locator(".site-menu > summary").click();
      const links = page.locator(".site-menu nav a");
      expect(await links.count()).toBeGreaterThanOrEqual(10);
      await expect.poll(() => links.first().isVisible()).toBe(true);
      const box = await page.locator(".site-menu nav").boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    }
    await context.close();
  });

  it("leads from one page to the next and back, with breadcrumbs", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/objectifs/exportations/`);
    await settled(page);
    expect(await page.locator(".breadcrumbs li").count()).toBe(3);
    await page.locator("a[rel=next]").click();
    await page.waitForURL(/objectifs\/exportateurs\/$/);
    await page.locator("a[rel=prev]").click();
    await page.waitForURL(/objectifs\/exportations\/$/);
    await context.close();
  });

  it("prints a page without its navigation but with its sources", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/objectifs/exportations/`);
    await settled(page);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".header-tools").isVisible()).toBe(false);
    expect(await page.locator(".pager").isVisible()).toBe(false);
    // The foot list names each source once with its date (its entry on the sources page holds the
    // original address; the list stays short so the page fits one round trip, issue 17).
    expect(await page.locator(".page-sources").isVisible()).toBe(true);
    const first = page.locator(".page-sources li").first();
    expect(await first.isVisible()).toBe(true);
    expect((await first.locator("a").innerText()).trim().length).toBeGreaterThan(1);
    expect(await first.locator(".source-meta").innerText()).toMatch(/\d{4}|\p{L}/u);
    await context.close();
  });
});
