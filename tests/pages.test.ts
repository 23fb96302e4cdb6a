// Story pages without a build: every page has its text in fr, ar and en, renders from data with
// known placeholders and chart ids, and types no figure by hand; the story order is consistent.
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadData } from "../src/data";
import { loadContent, contentPath, parseFrontMatter } from "../src/views/markdown";
import { locales } from "../src/core/i18n";
import { storySteps, storyPosition, contentSlug, storyRoutes } from "../src/views/pages/story";
import { leversView } from "../src/views/pages/levers";
import { claimsView } from "../src/views/pages/claims";
import { officesView } from "../src/views/pages/offices";
import { launchView } from "../src/views/pages/launch";

const data = loadData();
const slugs = readdirSync(join(process.cwd(), "src/content/fr"))
  .filter((f) => f.endsWith(".md"))
  .map((f) => f.replace(/\.md$/, ""));

describe("content pages", () => {
  it("include the issue's pages", () => {
    for (const slug of [
      "objectifs-emplois",
      "objectifs-exportateurs",
      "objectifs-exportations",
      "leviers-et-reformes",
      "bureaux-regionaux",
      "lancement",
      "ce-que-disent-les-sources",
      "glossaire",
    ]) {
      expect(slugs).toContain(slug);
    }
  });

  it("exist in every locale, with no extra file in any locale", () => {
    for (const locale of locales) {
      const files = readdirSync(join(process.cwd(), "src/content", locale))
        .filter((f) => f.endsWith(".md"))
        .map((f) => f.replace(/\.md$/, ""));
      expect(files.sort(), locale).toEqual([...slugs].sort());
    }
  });

  it("render in every locale with their own title and description", () => {
    for (const slug of slugs) {
      const rendered = locales.map((locale) => loadContent(slug, locale, data));
      for (const page of rendered) {
        expect(page.title.length, slug).toBeGreaterThan(3);
        expect(page.description.length, slug).toBeGreaterThan(40);
        expect(page.segments.some((s) => s.kind === "html")).toBe(true);
      }
      // Translated, not copied: the three titles and descriptions differ.
      expect(new Set(rendered.map((p) => p.title)).size, `${slug} titles`).toBe(3);
      expect(new Set(rendered.map((p) => p.description)).size, `${slug} descriptions`).toBe(3);
      // Same structure in every language: same number of sections and the same charts in the same order.
      const shape = (p: (typeof rendered)[number]) =>
        [p.headings.filter((h) => h.depth === 2).length, ...p.segments.filter((s) => s.kind === "chart").map((s) => (s.kind === "chart" ? s.id : ""))].join(
          ",",
        );
      expect(shape(rendered[1]), `${slug} ar`).toBe(shape(rendered[0]));
      expect(shape(rendered[2]), `${slug} en`).toBe(shape(rendered[0]));
    }
  });

  it("use headings from level 2 down without skipping a level (the page has the h1)", () => {
    for (const slug of slugs) {
      for (const locale of locales) {
        const { headings } = loadContent(slug, locale, data);
        let previous = 1;
        for (const h of headings) {
          expect(h.depth, `${locale}/${slug}: "${h.text}"`).toBeLessThanOrEqual(previous + 1);
          expect(h.depth).toBeGreaterThanOrEqual(2);
          previous = h.depth;
        }
      }
    }
  });

  it("type no figure by hand: every number outside placeholders is a year", () => {
    for (const slug of slugs) {
      for (const locale of locales) {
        const raw = readFileSync(contentPath(slug, locale), "utf8");
        const prose = raw
          .replace(/\{\{[^}]*\}\}/g, "")
          .replace(/::chart\{[^}]*\}/g, "")
          .replace(/\]\([^)]*\)/g, "]");
        const numbers = prose.match(/\d+(?:[.,]\d+)?/g) ?? [];
        const notYears = numbers.filter((n) => !/^(19|20)\d\d$/.test(n));
        expect(notYears, `${locale}/${slug}.md types ${notYears.join(", ")}`).toEqual([]);
      }
    }
  });

  it("list the sources of the figures they cite", () => {
    const page = loadContent("objectifs-exportations", "fr", data);
    const trade2024 = data.tradeAnnual.find((r) => r.year === 2024)!;
    for (const id of trade2024.source_ids) expect(page.sources.map((s) => s.source_id)).toContain(id);
  });

  it("reject a file without front matter", () => {
    expect(() => parseFrontMatter("# no front matter", "x.md")).toThrow(/front matter/);
  });
});

describe("the story", () => {
  const steps = storySteps();

  it("has a page for every step and a content file for every story page", () => {
    // A prose story is built by the one story route ([...lang]/[...story]); every other step has its own.
    const storyRoute = new Set(storyRoutes().map((r) => r.props.step.path));
    for (const step of steps) {
      const dir = join(process.cwd(), "src/pages/[...lang]", step.path);
      expect(existsSync(join(dir, "index.astro")) || storyRoute.has(step.path), step.path).toBe(true);
    }
    for (const slug of slugs)
      expect(
        steps.map((s) => contentSlug(s.path)),
        slug,
      ).toContain(slug);
  });

  it("links each page to the previous and next one", () => {
    const first = storyPosition(steps[0].path);
    expect(first.prev).toBeNull();
    expect(first.next?.path).toBe(steps[1].path);
    const last = storyPosition(steps[steps.length - 1].path);
    expect(last.next).toBeNull();
    expect(storyPosition("recherche/").step).toBeNull();
  });
});

describe("view models", () => {
  it("tie measures to the reform a source names, and leave the others unattached", () => {
    const view = leversView(data, "fr");
    for (const m of data.measures) {
      const shown = view.measures.find((v) => v.id === m.measure_id)!;
      expect(shown.reform?.id ?? null).toBe(m.reform_id || null);
    }
    expect(view.levers).toHaveLength(data.levers.length);
    expect(view.reforms.map((r) => r.number)).toEqual([...data.reforms].map((r) => r.number).sort((a, b) => a - b));
  });

  it("order each claim's readings from best supported, and mark the best one", () => {
    for (const claim of claimsView(data, "en").claims) {
      const row = data.claims.find((c) => c.claim_id === claim.id)!;
      expect(claim.readings.filter((r) => r.best).map((r) => r.id)).toEqual(row.best_reading_id ? [row.best_reading_id] : []);
    }
  });

  it("list one office per row of data and the launch people in presence order", () => {
    expect(officesView(data, "ar").offices).toHaveLength(data.offices.length);
    const people = launchView(data, "fr").people.map((p) => p.presence);
    expect(people.indexOf("not-confirmed")).toBeGreaterThanOrEqual(people.lastIndexOf("spoke"));
    const dates = launchView(data, "fr").timeline.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe("site chrome", () => {
  it("gives canonical and hreflang URLs for every locale plus x-default, and the parent page for nested pages", async () => {
    const { chromeView } = await import("../src/views/pages/chrome");
    const site = new URL("https://example.org/");
    const view = chromeView("glossaire/", "ar", site);
    expect(view.canonical).toBe("https://example.org/ar/glossaire/");
    expect(view.alternates).toEqual([
      { hreflang: "fr", href: "https://example.org/glossaire/" },
      { hreflang: "ar", href: "https://example.org/ar/glossaire/" },
      { hreflang: "en", href: "https://example.org/en/glossaire/" },
      { hreflang: "x-default", href: "https://example.org/glossaire/" },
    ]);
    expect(view.step?.path).toBe("glossaire/");
    expect(view.parent).toBeNull();
    const nested = chromeView("objectifs/emplois/", "fr", site);
    expect(nested.group).toBe("nav.goals");
    // The regions route exists in this project, so a region page always has the regions step as parent.
    expect(storySteps().map((s) => s.path)).toContain("regions/");
    expect(chromeView("regions/ma-01/", "en", site).parent?.path).toBe("regions/");
  });
});
