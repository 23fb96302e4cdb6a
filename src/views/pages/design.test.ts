// The design pass of issue 13: the byline dates come from data/releases.csv, source lines are
// counted from data/sources.csv, and unpublished levers and reforms read as one statement that
// follows the data (a name filled in a copy of the data shows up and leaves the statement).
import { describe, it, expect } from "vitest";
import { loadData } from "../../data";
import type { Datasets, Source } from "../../data/schema";
import { formatDate, locales, t, tCount } from "../../core/i18n";
import { bylineView, bylineText, leadChartId } from "./lead";
import { sourceLineView } from "./source-line";
import { leversView, policyGroupView } from "./levers";
import { homeView } from "./home";
import { officesView } from "./offices";
import { regionPageView } from "./region";

const data = loadData();
const release = (id: string, published_on: string) => ({ ...data.releases[0], release_id: id, published_on });

describe("byline", () => {
  it("dates publication from the first release and the update from the latest, in the page's language", () => {
    const releases = [release("b", "2027-02-03"), release("a", "2026-11-29"), release("c", "2026-12-10")];
    const fr = bylineView(releases, "fr")!;
    expect(bylineText(fr)).toBe(`Publié le ${formatDate("2026-11-29", "fr")} · mis à jour le ${formatDate("2027-02-03", "fr")}`);
    expect(fr.published.iso).toBe("2026-11-29");
    expect(fr.updated!.iso).toBe("2027-02-03");
    expect(bylineText(bylineView(releases, "en")!)).toBe("Published 29 November 2026 · updated 3 February 2027");
    expect(bylineView(releases, "ar")!.updated!.date).toBe(formatDate("2027-02-03", "ar"));
  });

  it("says only when it was published while there is a single release date, and nothing without a release", () => {
    expect(bylineView([release("a", "2026-11-29")], "fr")!.updated).toBeNull();
    expect(bylineView([], "fr")).toBeNull();
  });

  it("leads with the first chart of a page", () => {
    expect(
      leadChartId([
        { kind: "html", html: "<p>x</p>" },
        { kind: "chart", id: "b" },
        { kind: "chart", id: "c" },
      ]),
    ).toBe("b");
    expect(leadChartId([{ kind: "html", html: "<p>x</p>" }])).toBeNull();
  });
});

describe("source line", () => {
  const source = (id: string, publisher: string): Source => ({ ...data.sources[0], source_id: id, publisher });
  const five = [source("a", "MAP"), source("b", "Yabiladi"), source("c", "MAP"), source("d", "Le360"), source("e", "Médias24")];

  it("names two publishers and counts the sources of the others, in each language", () => {
    // MAP's second article is under a name already shown: "others" are Le360 and Médias24.
    expect(sourceLineView(five, five, "fr")!.summary).toBe("MAP, Yabiladi et 2 autres");
    expect(sourceLineView(five, five, "en")!.summary).toBe("MAP, Yabiladi and 2 others");
    expect(sourceLineView(five, five, "ar")!.summary).toContain("مصدران آخران");
    const six = [...five, source("f", "Hespress")];
    expect(sourceLineView(six, six, "fr")!.summary).toBe("MAP, Yabiladi et 3 autres");
    expect(sourceLineView(six, six, "ar")!.summary).toContain("3 مصادر أخرى");
    expect(sourceLineView(five.slice(0, 2), five, "fr")!.summary).toBe("MAP et Yabiladi");
    expect(sourceLineView(five.slice(0, 1), five, "fr")!.label).toBe("Source");
    expect(sourceLineView([], five, "fr")).toBeNull();
  });

  it("keeps every source behind the line, each with its link and its entry on the sources page", () => {
    const line = sourceLineView([...five, five[0]], five, "fr")!;
    expect(line.entries.map((e) => e.id)).toEqual(["a", "b", "c", "d", "e"]);
    for (const e of line.entries) expect(e.sitePage).toMatch(new RegExp(`#source-${e.id}$`));
  });
});

/** A copy of the data with `patch` applied to one lever row. */
function withLever(id: string, patch: Partial<Datasets["levers"][number]>): Datasets {
  return { ...data, levers: data.levers.map((l) => (l.lever_id === id ? { ...l, ...patch } : l)) };
}

describe("unpublished levers and reforms", () => {
  it("reads as one statement counted from the rows, with what is known, when no lever is named", () => {
    const unnamed = data.levers.filter((l) => l.status === "not-published" && !l.name_fr);
    // The statement is only the whole story while no lever is named in data/levers.csv.
    if (unnamed.length !== data.levers.length) return expect(homeView(data, "fr").leverGroup.shown.length).toBe(data.levers.length - unnamed.length);
    for (const locale of locales) {
      const group = homeView(data, locale).leverGroup;
      expect(group.shown).toEqual([]);
      expect(group.unpublished).toHaveLength(data.levers.length);
      expect(group.known).toBe(leversView(data, locale).levers[0].note);
    }
    expect(homeView(data, "fr").leverGroup.statement).toBe(
      `Les noms des ${t("fr", "number.words").split("|")[data.levers.length]} leviers n'ont pas été publiés.`,
    );
  });

  it("shows a lever once the team fills its name, and counts only the others in the statement", () => {
    const copy = withLever("lever-2", { status: "named", name_fr: "Régionalisation", name_ar: "الجهوية", name_en: "Regionalisation" });
    const group = policyGroupView(leversView(copy, "fr").levers, "count.levers", "fr");
    expect(group.shown.map((l) => l.name)).toEqual(["Régionalisation"]);
    expect(group.unpublished.map((l) => l.id)).not.toContain("lever-2");
    const others = copy.levers.length - 1;
    const word = (l: "fr" | "en", n: number) => t(l, "number.words").split("|")[n];
    expect(group.statement).toBe(`Noms non publiés : ${tCount("fr", "count.levers", others)} sur ${word("fr", copy.levers.length)}.`);
    expect(group.known).toBe("");
    expect(policyGroupView(leversView(copy, "en").levers, "count.levers", "en").statement).toBe(
      `Names not published: ${tCount("en", "count.levers", others)} of ${word("en", copy.levers.length)}.`,
    );
    expect(homeView(copy, "fr").leverGroup.shown.map((l) => l.id)).toEqual(["lever-2"]);
  });

  it("lists named and partly described reforms one by one and the unnamed ones in one sentence", () => {
    const { reforms } = leversView(data, "fr");
    const group = policyGroupView(reforms, "count.cross-cutting-reforms", "fr");
    expect(group.shown.length + group.unpublished.length).toBe(reforms.length);
    for (const r of group.shown) expect(r.name || r.description).not.toBe("");
    for (const r of group.unpublished) expect(r.name + r.description).toBe("");
    expect(group.statement === "").toBe(group.unpublished.length === 0);
  });

  it("says nothing when every item is named", () => {
    const all = { ...data, levers: data.levers.map((l) => ({ ...l, status: "named" as const, name_fr: `L${l.number}` })) };
    const group = policyGroupView(leversView(all, "fr").levers, "count.levers", "fr");
    expect(group.statement).toBe("");
    expect(group.unpublished).toEqual([]);
  });
});

describe("unpublished office facts", () => {
  const withOffices = (edit: (o: Datasets["offices"][number], i: number) => Partial<Datasets["offices"][number]>): Datasets => ({
    ...data,
    offices: data.offices.map((o, i) => ({ ...o, ...edit(o, i) })),
  });

  it("says once what no office row gives, counting the offices from the data", () => {
    const blank = withOffices(() => ({ place: "", announced_on: null, opened_on: null }));
    const items = "la ville ou l'adresse, la date d'annonce et la date d'ouverture";
    expect(officesView(blank, "fr").unpublished).toEqual([`Pas encore publié pour les ${tCount("fr", "count.offices", blank.offices.length)} : ${items}.`]);
    expect(officesView(blank, "en").unpublished).toEqual([
      `Not yet published for any of the ${tCount("en", "count.offices", blank.offices.length)}: the city or address, the date announced and the opening date.`,
    ]);
  });

  it("follows the data: a fact given for one office moves to a sentence counting the offices that still lack it", () => {
    const onePlace = withOffices((_o, i) => ({ place: i === 0 ? "Ville A" : "", announced_on: null, opened_on: null }));
    const total = onePlace.offices.length;
    const view = officesView(onePlace, "fr");
    expect(view.unpublished).toEqual([
      `Pas encore publié pour les ${tCount("fr", "count.offices", total)} : la date d'annonce et la date d'ouverture.`,
      `Pas encore publié pour ${tCount("fr", "count.number", total - 1)} des ${tCount("fr", "count.offices", total)} : la ville ou l'adresse.`,
    ]);
    expect(view.offices.find((o) => o.place === "Ville A")).toBeDefined();
    expect(officesView(onePlace, "en").unpublished[1]).toBe(
      `Not yet published for ${tCount("en", "count.number", total - 1)} of the ${tCount("en", "count.offices", total)}: the city or address.`,
    );
    const everything = withOffices(() => ({ place: "Ville", announced_on: "2025-01-02", opened_on: "2025-03-04" }));
    expect(officesView(everything, "ar").unpublished).toEqual([]);
  });

  it("gives a region page one sentence for its office's missing facts, and none when all are known", () => {
    const code = data.offices[0].region_code;
    const blank = withOffices(() => ({ place: "", announced_on: null, opened_on: null }));
    expect(regionPageView(blank, "en", code).office.unpublished).toBe(
      "Not yet published for this office: the city or address, the date announced and the opening date.",
    );
    const dated = withOffices(() => ({ place: "Ville", announced_on: null, opened_on: "2025-03-04" }));
    expect(regionPageView(dated, "fr", code).office.unpublished).toBe("Pas encore publié pour ce bureau : la date d'annonce.");
    const full = withOffices(() => ({ place: "Ville", announced_on: "2025-01-02", opened_on: "2025-03-04" }));
    expect(regionPageView(full, "ar", code).office.unpublished).toBe("");
  });
});
