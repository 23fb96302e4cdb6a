// The words and numbers that routes and components used to format themselves, now built by the view
// models: the levers page's titles, figures and dates, the launch timeline, the offices, the updates,
// chart captions and tables, the sources listing (in each locale's alphabetical order), and the one
// story route's pages.
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadData, type Datasets } from "../../data";
import type { Measure, Milestone, Office, Reform, Source } from "../../data/schema";
import { locales, t } from "../../core/i18n";
import { leversPageView, leversView, measureValue, policyGroupView } from "./levers";
import { launchView } from "./launch";
import { officesView } from "./offices";
import { homeView } from "./home";
import { dataAsOfText, embedIdLabel, embedSourceLine, tableCellText } from "./figure-text";
import { sourcesPageText } from "./sources-text";
import { sourcesPage, type SourcesPageModel } from "./sources";
import { contentSlug, storyRoutes, storySteps } from "./story";
import { storyArticleView } from "./story-article";
import { loadContent } from "../markdown";

const data = loadData();

const reform = (over: Partial<Reform>): Reform => ({ ...data.reforms[0], ...over });
const measure = (over: Partial<Measure>): Measure => ({ ...data.measures[0], reform_id: "", announced_on: null, effective_on: null, ...over }) as Measure;

describe("levers page model", () => {
  it("titles an item by its number, with its name when published", () => {
    const withName = reform({ reform_id: "r-a", number: 12, name_fr: "Guichet unique" });
    const without = reform({
      reform_id: "r-b",
      number: 3,
      name_fr: "",
      name_en: "",
      name_ar: "",
      description_en: "Simpler procedures",
      description_is_area: true,
    });
    const view = leversView({ ...data, reforms: [without, withName], measures: [] } as Datasets, "fr");
    expect(view.reforms.map((r) => r.title)).toEqual(["Réforme 3", "Réforme 12 — Guichet unique"]);
    // The home page's line falls back on the area of reform (or the description) when there is no name.
    expect(view.reforms[0].listTitle).toBe("Réforme 3 — Domaine de réforme cité par une source, pas le titre d'une réforme");
    expect(view.reforms[1].listTitle).toBe("Réforme 12 — Guichet unique");
    const plain = leversView({ ...data, reforms: [{ ...without, description_is_area: false }], measures: [] } as Datasets, "en");
    expect(plain.reforms[0].listTitle).toBe("Reform 3 — Simpler procedures");
  });

  it("prints a measure's figure in its unit, its dates, and the reform it serves", () => {
    expect(measureValue(1234.5, "percent", "fr")).toBe("1.234,5 %");
    expect(measureValue(100, "mad_million", "en")).toBe("100 million dirhams");
    expect(measureValue(7, "count", "en")).toBe("7");
    const served = reform({ reform_id: "r-a", number: 2, name_fr: "Guichet unique" });
    const unnamed = reform({ reform_id: "r-b", number: 4, name_fr: "" });
    const rows = [
      measure({ measure_id: "m-1", reform_id: "r-a", value: 80, unit: "percent", effective_on: "2025-06-16", announced_on: "2025-05-28" }),
      measure({ measure_id: "m-2", reform_id: "r-b", value: null }),
      measure({ measure_id: "m-3", reform_id: "" }),
    ];
    const view = leversView({ ...data, reforms: [served, unnamed], measures: rows } as Datasets, "fr");
    const [m1, m2, m3] = view.measures;
    expect(m1.valueText).toBe("80 %");
    expect(m1.effectiveText).toBe("Annoncé pour le 16 juin 2025");
    expect(m1.announcedText).toBe("Annoncée le 28 mai 2025");
    expect(m1.reformText).toBe("Sert la réforme 2 : Guichet unique");
    expect([m2.valueText, m2.effectiveText, m2.announcedText, m2.reformText]).toEqual([null, "", "", "Sert la réforme 4"]);
    expect(m3.reformText).toBe("");
    // The reform lists the measures serving it by name, for the links on its card.
    expect(view.reforms[0].measures).toEqual([{ id: "m-1", name: rows[0].name_fr }]);
  });
});

describe("levers page", () => {
  it("lists its three sections in the table of contents under their headings, and groups every lever and reform", () => {
    const page = leversPageView(data, "ar");
    expect(page.toc).toEqual([
      { id: "leviers", text: page.headings.levers },
      { id: "reformes", text: page.headings.reforms },
      { id: "mesures", text: t("ar", "levers.measures") },
    ]);
    expect(page.leverGroup.shown.length + page.leverGroup.unpublished.length).toBe(data.levers.length);
    expect(page.reformGroup.shown.length + page.reformGroup.unpublished.length).toBe(data.reforms.length);
    // The statement for the unpublished ones cites the sources that count them, item by item.
    const unpublished = policyGroupView(
      page.reforms.map((r) => ({ ...r, status: "not-published" as const, name: "", description: "" })),
      "count.cross-cutting-reforms",
      "ar",
    );
    expect(unpublished.unpublishedSources).toEqual(page.reforms.flatMap((r) => r.sources));
  });
});

describe("launch, offices and home models", () => {
  const milestone = (over: Partial<Milestone>): Milestone => ({ ...data.milestones[0], ...over });

  it("dates the timeline for <time> and for readers, with the place when known", () => {
    const rows = [
      milestone({ milestone_id: "a", date: "2025-05-01", date_precision: "month", place_fr: "" }),
      milestone({ milestone_id: "b", date: "2025-05-28", date_precision: "day", place_fr: "Casablanca" }),
    ];
    const [month, day] = launchView({ ...data, milestones: rows } as Datasets, "fr").timeline;
    expect([month.datetime, month.when]).toEqual(["2025-05", "mai 2025"]);
    expect([day.datetime, day.when]).toEqual(["2025-05-28", "28 mai 2025 — Casablanca"]);
  });

  it("prints an office's opening date, or nothing while it is not published", () => {
    const office = (over: Partial<Office>): Office => ({ ...data.offices[0], ...over });
    const rows = [
      office({ office_id: "o-1", region_code: "MA-01", opened_on: "2025-06-11" }),
      office({ office_id: "o-2", region_code: "MA-02", opened_on: null }),
    ];
    expect(officesView({ ...data, offices: rows } as Datasets, "en").offices.map((o) => o.openedText)).toEqual(["11 June 2025", ""]);
  });

  it("links each goal to its story page, which exists in the story", () => {
    const paths = storySteps().map((s) => s.path);
    for (const goal of homeView(data, "fr").goals) expect(paths).toContain(goal.path);
  });
});

describe("chart captions and tables", () => {
  it("says the date of the data, or nothing without one", () => {
    expect(dataAsOfText("2025-05-28", "fr")).toBe("Données au 28 mai 2025");
    expect(dataAsOfText("", "fr")).toBe("");
  });

  it("prints table cells in the page's format, unknown as a dash and never zero", () => {
    expect(tableCellText(76000.456, "fr")).toBe("76.000,46");
    expect(tableCellText(76000.456, "en")).toBe("76,000.46");
    expect(tableCellText(0, "fr")).toBe("0");
    expect(tableCellText(null, "fr")).toBe("—");
    expect(tableCellText("Casablanca-Settat", "fr")).toBe("Casablanca-Settat");
  });

  it("names an embed's first three publishers once each, with the locale's colon, and counts the rest", () => {
    const source = (publisher: string): Source => ({ ...data.sources[0], publisher });
    const line = embedSourceLine(["MAP", "MAP", "Médias24", "Le Matin", "Yabiladi", "TelQuel"].map(source), "fr");
    expect(line).toEqual({ text: "Sources : MAP · Médias24 · Le Matin", hidden: 2 });
    expect(embedSourceLine([source("MAP")], "en")).toEqual({ text: "Source: MAP", hidden: 0 });
    expect(embedIdLabel("fr")).toBe("Identifiant : ");
    expect(embedIdLabel("en")).toBe("Id: ");
  });
});

describe("sources listing", () => {
  const model = (over: Partial<SourcesPageModel>): SourcesPageModel => ({ ...sourcesPage(data, "fr", 1), ...over });

  it("numbers the title, heading, range and page links in the page's format", () => {
    const page = model({
      page: 2,
      pageCount: 400,
      total: 200000,
      from: 501,
      to: 1000,
      nav: [{ page: 1, href: "/sources/" }, null, { page: 1000, href: "/sources/1000/" }],
    });
    const text = sourcesPageText(page, "fr");
    expect(text.title).toBe(`${t("fr", "sources.title")} — Page 2 sur 400`);
    expect(text.listHeading).toBe("Liste des sources (200.000)");
    expect(text.range).toBe("Sources 501 à 1.000 sur 200.000");
    expect(text.navLabels).toEqual(["1", null, "1.000"]);
    const single = sourcesPageText(model({ page: 1, pageCount: 1 }), "en");
    expect([single.title, single.range]).toEqual([t("en", "sources.title"), ""]);
  });

  it("sorts publishers in each page's own alphabetical order", () => {
    const source = (id: string, publisher: string): Source => ({ ...data.sources[0], source_id: id, publisher });
    // Swedish puts "ä" after "z"; French and English sort it with "a". Arabic script and Latin come in
    // the order of the page's language: Arabic first on Arabic pages.
    const rows = [source("s-1", "Zeit"), source("s-2", "هسبريس"), source("s-3", "Ärzteblatt"), source("s-4", "Agence")];
    const order = (locale: (typeof locales)[number]) => sourcesPage({ ...data, sources: rows } as Datasets, locale, 1).entries.map((e) => e.publisher);
    expect(order("fr")).toEqual(["Agence", "Ärzteblatt", "Zeit", "هسبريس"]);
    expect(order("en")).toEqual(["Agence", "Ärzteblatt", "Zeit", "هسبريس"]);
    expect(order("ar")).toEqual(["هسبريس", "Agence", "Ärzteblatt", "Zeit"]);
  });
});

describe("the one story route", () => {
  const routes = storyRoutes();

  it("builds every prose story in every locale, French without a language segment", () => {
    const prose = storySteps().filter((s) => s.prose);
    expect(prose.length).toBeGreaterThan(0);
    expect(routes).toHaveLength(prose.length * locales.length);
    for (const step of prose) {
      const story = step.path.replace(/\/$/, "");
      expect(routes.filter((r) => r.params.story === story).map((r) => r.params.lang)).toEqual([undefined, "ar", "en"]);
    }
  });

  it("has a content file for each of its stories, and no other route claims their paths", () => {
    for (const { props, params } of routes) {
      expect(existsSync(join(process.cwd(), "src/content", props.locale, `${contentSlug(props.step.path)}.md`)), params.story).toBe(true);
      expect(existsSync(join(process.cwd(), "src/pages/[...lang]", props.step.path)), params.story).toBe(false);
    }
  });
});

describe("a story's article", () => {
  it("lifts the first chart above the body, keeps the others in order, and lists each source once", () => {
    const content = loadContent("objectifs-exportations", "fr", data);
    const charts = content.segments.flatMap((s) => (s.kind === "chart" ? [s.id] : []));
    expect(charts.length).toBeGreaterThan(0);
    const extra = [data.sources[0], data.sources[1], data.sources[0]];
    const article = storyArticleView(content, "fr", data, [{ id: "x", text: "X" }], extra);
    expect(article.lead?.id).toBe(charts[0]);
    expect(article.body.flatMap((s) => (s.kind === "chart" ? [s.figure.id] : []))).toEqual(charts.slice(1));
    expect(article.body).toHaveLength(content.segments.length - 1);
    const ids = article.sources.map((s) => s.source_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of [...content.sources, ...extra]) expect(ids).toContain(s.source_id);
    expect(ids.slice(0, content.sources.length)).toEqual([...new Set(content.sources.map((s) => s.source_id))]);
    expect(article.toc.at(-1)).toEqual({ id: "x", text: "X" });
  });

  it("shows no table of contents under three entries", () => {
    const content = { ...loadContent("glossaire", "en", data), headings: [] };
    expect(
      storyArticleView(content, "en", data, [
        { id: "a", text: "A" },
        { id: "b", text: "B" },
      ]).toc,
    ).toEqual([]);
    expect(
      storyArticleView(content, "en", data, [
        { id: "a", text: "A" },
        { id: "b", text: "B" },
        { id: "c", text: "C" },
      ]).toc,
    ).toHaveLength(3);
  });
});
