// The data-row findings of the fact audit (issue 12, item 3), as readers see them in each locale.
import { describe, it, expect } from "vitest";
import { loadData } from "../../data";
import { launchView } from "./launch";
import { leversView } from "./levers";
import { locales } from "../../core/i18n";

const data = loadData();
const person = (id: string) => data.people.find((p) => p.person_id === id)!;

describe("people at the launch", () => {
  it("gives Fouzi Lekjaa his exact title in every locale, with a source that states it", () => {
    const lekjaa = person("fouzi-lekjaa");
    expect(lekjaa.role_fr).toBe("Ministre délégué auprès de la ministre de l'Économie et des Finances, chargé du Budget");
    expect(lekjaa.role_ar).toContain("الوزير المنتدب لدى وزيرة الاقتصاد والمالية المكلف بالميزانية");
    expect(lekjaa.role_en).toMatch(/^Minister Delegate to the Minister of Economy and Finance, in charge of the Budget$/);
    expect(lekjaa.source_ids).toContain("challenge-lekjaa-2021");
  });

  it("writes every name in Arabic script on Arabic pages, from an Arabic-language source the row cites", () => {
    const arabicSources = new Set(data.sources.filter((s) => s.language === "ar").map((s) => s.source_id));
    for (const p of data.people) {
      expect(p.name_ar).toMatch(/^[\u0600-\u06FF ]+$/);
      expect(p.source_ids.some((id) => arabicSources.has(id))).toBe(true);
    }
    const ar = launchView(data, "ar").people.map((p) => p.name);
    const fr = launchView(data, "fr").people.map((p) => p.name);
    expect(ar.every((n) => /^[\u0600-\u06FF ]+$/.test(n))).toBe(true);
    expect(fr).toContain("Aziz Akhannouch");
  });

  it("cites for Hassan Sentissi only sources about his presence, and says what each reports", () => {
    const sentissi = person("hassan-sentissi");
    expect(sentissi.presence).toBe("not-confirmed");
    expect(sentissi.source_ids).not.toContain("yabiladi-167616");
    expect(sentissi.source_ids).not.toContain("linformation-57760");
    expect(sentissi.source_ids).toEqual(expect.arrayContaining(["lebrief-asmex", "lodj-asmex"]));
    for (const locale of locales) expect(launchView(data, locale).people.find((p) => p.id === "hassan-sentissi")!.note).not.toBe("");
  });
});

describe("measures and reforms", () => {
  it("does not say TijarIA or the export insurance went live: no effective date, 'announced' in every locale", () => {
    for (const id of ["tijaria", "export-insurance"]) {
      const m = data.measures.find((r) => r.measure_id === id)!;
      expect(m.effective_on).toBeNull();
      expect(m.note_fr).toMatch(/^Annoncée? (pour le|comme accessible à partir du) 16 juin 2025/);
      expect(m.note_en).toMatch(/Announced (for|as available from) 16 June 2025/);
      expect(m.note_ar).toMatch(/أُعلن/);
      for (const locale of locales) expect(leversView(data, locale).measures.find((v) => v.id === id)!.effectiveOn).toBe("");
    }
    const milestone = data.milestones.find((r) => r.milestone_id === "measures-live-2025-06-16")!;
    expect(milestone.title_fr).toMatch(/^Date annoncée/);
    expect(milestone.title_en).toMatch(/^Announced start date/);
  });

  it("shows reform 4 as a reform area, flagged, not as a reform title", () => {
    const reform4 = data.reforms.find((r) => r.reform_id === "reform-4")!;
    expect(reform4.description_is_area).toBe(true);
    expect(data.reforms.filter((r) => r.description_is_area)).toHaveLength(1);
    for (const locale of locales) {
      const view = leversView(data, locale).reforms.find((r) => r.id === "reform-4")!;
      expect(view.isArea).toBe(true);
      expect(view.name).toBe("");
    }
  });
});

describe("offices and sources", () => {
  it("gives Dakhla's office its city, from the source that reports its opening", () => {
    const dakhla = data.offices.find((o) => o.region_code === "MA-12")!;
    expect(dakhla.place).toBe("Dakhla");
    expect(dakhla.source_ids).toContain("lodj-dakhla-bureau");
  });

  it("does not title the Barlamane launch article after Akhannouch, whom it does not name", () => {
    const barlamane = data.sources.find((s) => s.source_id === "barlamane-449172")!;
    expect(barlamane.title).not.toMatch(/Akhannouch/);
  });
});
