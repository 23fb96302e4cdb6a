// Post-build step: writes sitemap.xml from the built pages themselves, so it lists exactly the
// pages that exist, with the canonical URL and hreflang alternates each page declares. Pages
// marked noindex (404, embeds, the dev gallery) and pages without a canonical link are left out.
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scanHtml } from "../src/views/security/html-scan";

/** What a built page declares about itself. */
export interface PageLinks {
  canonical: string;
  alternates: { hreflang: string; href: string }[];
}

const excludedPrefixes = /^(?:(?:ar|en)\/)?(?:dev|embed|pagefind|_astro)\//;

/** Reads the canonical and alternate links of one page; null if it is noindex or has no canonical. */
export function pageLinks(html: string): PageLinks | null {
  const page = scanHtml(html);
  if (page.noindex || !page.canonical) return null;
  return { canonical: page.canonical, alternates: page.alternates };
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The sitemap XML for a list of pages, sorted by URL. */
export function sitemapXml(pages: PageLinks[]): string {
  const urls = [...pages]
    .sort((a, b) => a.canonical.localeCompare(b.canonical))
    .map(
      (p) =>
        `  <url>\n    <loc>${escapeXml(p.canonical)}</loc>\n${p.alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>\n`).join("")}  </url>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

/**
 * The start of an HTML file up to and including "</head>" (or all of it when there is none): the
 * links a page declares are there, and a sources listing page's 250 kB body need not be read.
 */
export function readHead(path: string): string {
  const fd = openSync(path, "r");
  try {
    const chunks: Buffer[] = [];
    const end = Buffer.from("</head>");
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, length);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      // Search from just before this chunk, so a marker split between two chunks is found.
      const all = Buffer.concat(chunks);
      const at = all.indexOf(end, Math.max(0, length - read - end.length));
      if (at >= 0) return all.subarray(0, at + end.length).toString("utf8");
    }
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes <dir>/sitemap.xml from the pages in `dir`; returns how many pages it lists. A build without
 * SITE_URL declares no absolute canonical, and a sitemap of relative URLs is invalid: none is written.
 */
export function writeSitemap(dir: string): number {
  const pages: PageLinks[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const rel = join(entry.parentPath, entry.name)
      .slice(dir.length)
      .replace(/^[/\\]+/, "")
      .replace(/\\/g, "/");
    if (excludedPrefixes.test(rel)) continue;
    const links = pageLinks(readHead(join(entry.parentPath, entry.name)));
    if (links) pages.push(links);
  }
  if (pages.length > 0) writeFileSync(join(dir, "sitemap.xml"), sitemapXml(pages));
  return pages.length;
}
