import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pageLinks, readHead, sitemapXml, writeSitemap } from "../scripts/sitemap";

const page = (path: string, extra = "") =>
  `<!doctype html><html><head>${extra}<link rel="canonical" href="https://x.org${path}"><link rel="alternate" hreflang="fr" href="https://x.org${path}"><link rel="alternate" hreflang="x-default" href="https://x.org${path}"></head></html>`;

describe("sitemap", () => {
  it("reads a page's head only, wherever the end of the head falls, and the body's links are not taken", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitemap-head-"));
    // Heads of several sizes put "</head>" before, across and after the 64 kB read boundary; the
    // body holds another canonical link and 200 kB of text, as a long listing page does.
    for (const pad of [0, 64 * 1024 - 60, 64 * 1024 - 3, 64 * 1024 + 10, 150_000]) {
      const head = `<!doctype html><html><head><title>${"é".repeat(pad / 2)}</title><link rel="canonical" href="https://x.org/a/"></head>`;
      const path = join(dir, `p${pad}.html`);
      writeFileSync(path, `${head}<body><link rel="canonical" href="https://x.org/wrong/">${"x".repeat(200_000)}</body></html>`);
      expect(readHead(path)).toBe(head);
      expect(pageLinks(readHead(path))?.canonical).toBe("https://x.org/a/");
    }
    writeFileSync(join(dir, "nohead.html"), "<p>fragment</p>");
    expect(readHead(join(dir, "nohead.html"))).toBe("<p>fragment</p>");
  });

  it("reads a page's canonical and alternates, and skips noindex pages", () => {
    expect(pageLinks(page("/a/"))).toEqual({
      canonical: "https://x.org/a/",
      alternates: [
        { hreflang: "fr", href: "https://x.org/a/" },
        { hreflang: "x-default", href: "https://x.org/a/" },
      ],
    });
    expect(pageLinks(page("/a/", `<meta name="robots" content="noindex">`))).toBeNull();
    expect(pageLinks("<html></html>")).toBeNull();
  });

  it("writes every indexable page with its alternates, escaping URLs, and leaves out embeds and the dev gallery", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitemap-"));
    for (const [path, html] of [
      ["index.html", page("/")],
      ["en/a/index.html", page("/en/a/?q=1&b")],
      ["embed/x/index.html", page("/embed/x/")],
      ["ar/embed/x/index.html", page("/ar/embed/x/")],
      ["dev/index.html", page("/dev/")],
      ["404.html", page("/404.html", `<meta name="robots" content="noindex">`)],
    ]) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), html);
    }
    expect(writeSitemap(dir)).toBe(2);
    const xml = readFileSync(join(dir, "sitemap.xml"), "utf8");
    expect(xml).toContain("<loc>https://x.org/</loc>");
    expect(xml).toContain("<loc>https://x.org/en/a/?q=1&amp;b</loc>");
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default"`);
    expect(xml).not.toMatch(/embed|dev|404/);
    expect(sitemapXml([])).toContain("<urlset");
  });
});

describe("sitemap reads pages with a parser", () => {
  it("finds the canonical and alternates whatever the attribute order and quoting, and honours noindex in any form", () => {
    const html = `<html><head><link href='https://x.org/b/' rel=canonical><link hreflang="ar" href="https://x.org/ar/b/" rel="alternate"></head></html>`;
    expect(pageLinks(html)).toEqual({ canonical: "https://x.org/b/", alternates: [{ hreflang: "ar", href: "https://x.org/ar/b/" }] });
    expect(pageLinks(`<head><meta content="noindex, follow" name="ROBOTS"><link rel="canonical" href="https://x.org/"></head>`)).toBeNull();
  });
});
