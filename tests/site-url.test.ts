// Without SITE_URL no guessed address reaches a reader: relative where allowed, omitted where an
// absolute one is required; with it, absolute everywhere.
import { describe, expect, it } from "vitest";
import { atomFeed } from "../src/views/pages/feed";
import { chromeView } from "../src/views/pages/chrome";
import { absoluteUrl, absoluteUrlOrNone, iframeSnippet } from "../src/views/export/embed";
import { creditLine, figureOembed } from "../src/views/export/downloads";
import { sourceLine } from "../src/views/export/standalone";
import { figureFor } from "../src/views/export/figures";

describe("without SITE_URL", () => {
  it("snippets and oEmbed use site-relative addresses, never a placeholder host", () => {
    const figure = figureFor("jobs-goal", "fr");
    expect(absoluteUrl("/embed/jobs-goal/", undefined)).toBe("/embed/jobs-goal/");
    expect(absoluteUrlOrNone("/charts/x/og.fr.png", undefined)).toBeUndefined();
    expect(iframeSnippet(figure, "fr", undefined)).toContain('src="/embed/jobs-goal/"');
    const oembed = JSON.parse(figureOembed(figure, "fr", undefined));
    expect(JSON.stringify(oembed)).not.toMatch(/localhost|example\.org/);
    expect(oembed.html).toContain('src="/embed/jobs-goal/"');
  });

  it("the feed has relative links and stable absolute (urn:uuid) ids", () => {
    const feed = atomFeed("ar", undefined);
    const ids = [...feed.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(atomFeed("ar", undefined)).toBe(feed);
    expect(feed).toContain('href="/ar/mises-a-jour/feed.xml"');
    expect(feed).not.toMatch(/localhost|example\.org/);
  });

  it("pages declare no canonical or hreflang; credits name no address", () => {
    const view = chromeView("glossaire/", "en", undefined);
    expect(view.canonical).toBeNull();
    expect(view.alternates).toEqual([]);
    expect(creditLine("fr", undefined)).not.toMatch(/https?:/);
    expect(sourceLine(figureFor("jobs-goal", "ar"), "ar", "")).not.toMatch(/—\s*$/);
  });
});

describe("with SITE_URL", () => {
  it("everything is absolute on the site's address", () => {
    const site = new URL("https://news.example.net/");
    expect(iframeSnippet(figureFor("jobs-goal", "en"), "en", site)).toContain('src="https://news.example.net/en/embed/jobs-goal/"');
    expect(chromeView("glossaire/", "en", site).canonical).toBe("https://news.example.net/en/glossaire/");
    expect(atomFeed("en", site)).toContain("<id>https://news.example.net/en/mises-a-jour/feed.xml</id>");
    expect(creditLine("en", site)).toContain("https://news.example.net/");
  });
});
