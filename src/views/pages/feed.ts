// The Atom feed of data releases, one per locale: the same entries and words as the Updates page.
// Every date comes from data/releases.csv, so two builds of the same data give the same feed.
import { t, localeUrl, dirOf, type Locale } from "../../core/i18n";
import { releaseViews } from "./updates";
import { dataDir } from "../../data";
import { createHash } from "node:crypto";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A stable name-based UUID (version 5 layout, SHA-1) for an Atom id when no site address is known. */
function urnUuid(name: string): string {
  const h = createHash("sha1").update(`feuille-de-route:${name}`).digest("hex");
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The Atom document for `locale`; `site` is the deployment origin (Astro.site). Without it
 * (no SITE_URL) links are site-relative, which feed readers resolve against the feed's own
 * address, and ids are name-based UUIDs, since Atom ids must be absolute.
 */
export function atomFeed(locale: Locale, site: URL | undefined, dir = dataDir()): string {
  const releases = releaseViews(locale, dir);
  const page = site ? new URL(localeUrl(locale, "mises-a-jour/"), site).href : localeUrl(locale, "mises-a-jour/");
  const self = site ? new URL(localeUrl(locale, "mises-a-jour/feed.xml"), site).href : localeUrl(locale, "mises-a-jour/feed.xml");
  const entryId = (id: string) => (site ? `${page}#release-${id}` : urnUuid(`${locale}:release:${id}`));
  const stamp = (date: string) => `${date}T00:00:00Z`;
  const entries = releases.map((release) => {
    const html = release.changes.map((g) => `<h3>${escapeXml(g.label)}</h3><ul>${g.items.map((i) => `<li>${escapeXml(i)}</li>`).join("")}</ul>`).join("");
    const content = html || `<p>${escapeXml(t(locale, release.hasSnapshot ? "updates.no-change" : "updates.no-snapshot"))}</p>`;
    return [
      "  <entry>",
      `    <id>${escapeXml(entryId(release.id))}</id>`,
      `    <title>${escapeXml(release.title)}</title>`,
      `    <updated>${stamp(release.date)}</updated>`,
      `    <published>${stamp(release.date)}</published>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(`${page}#release-${release.id}`)}"/>`,
      `    <content type="html">${escapeXml(`<div dir="${dirOf(locale)}">${content}</div>`)}</content>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escapeXml(site ? self : urnUuid(`${locale}:feed`))}</id>`,
    `  <title>${escapeXml(t(locale, "updates.feed-title"))}</title>`,
    `  <subtitle>${escapeXml(t(locale, "updates.description"))}</subtitle>`,
    `  <updated>${stamp(releases[0]?.date ?? "1970-01-01")}</updated>`,
    `  <author><name>${escapeXml(t(locale, "site.name"))}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" hreflang="${locale}" href="${escapeXml(page)}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
