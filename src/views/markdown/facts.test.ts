import { describe, expect, it } from "vitest";
import { loadData } from "../../data";
import { factResolver, fillPlaceholders } from "./facts";
import { exportsGoalLevel, goalById, tradeByYear } from "../../data/derive";
import { formatNumber } from "../../core/i18n/format";

const data = loadData();

describe("placeholders", () => {
  it("formats values from data in each locale", () => {
    const level = exportsGoalLevel(goalById(data.goals, "exports"));
    expect(factResolver(data, "en")("goal.exports.level").text).toBe(new Intl.NumberFormat("en-GB").format(level));
    expect(factResolver(data, "fr")("goal.exports.horizon").text).toBe("2027");
    const coverage = tradeByYear(data.tradeAnnual).find((r) => r.year === 2024)!.coverage_rate;
    expect(factResolver(data, "en")("trade.2024.coverage").text).toBe(`${(coverage * 100).toFixed(1)}%`);
  });

  it("carries the sources of the rows a value comes from", () => {
    const fact = factResolver(data, "fr")("trade.2024.exports");
    expect(fact.sources).toEqual(data.tradeAnnual.find((r) => r.year === 2024)!.source_ids);
  });

  it("computes the required growth from the data, not from a typed figure", () => {
    const g = goalById(data.goals, "exports");
    const expected = (exportsGoalLevel(g) / g.baseline_value!) ** (1 / (g.horizon_year - g.baseline_year!)) - 1;
    expect(factResolver(data, "en")("goal.exports.required-growth").text).toBe(`${(expected * 100).toFixed(1)}%`);
  });

  it("fails the build on an unknown placeholder, a missing year or a malformed one", () => {
    const resolve = factResolver(data, "fr");
    expect(() => fillPlaceholders("{{goal.exports.nope}}", resolve, "x.md")).toThrow(/x\.md: Unknown placeholder \{\{goal\.exports\.nope\}\}/);
    expect(() => fillPlaceholders("{{trade.1990.exports}}", resolve, "x.md")).toThrow(/Unknown placeholder/);
    expect(() => fillPlaceholders("{{growth.exports.1990-2024}}", resolve, "x.md")).toThrow(/1990/);
    expect(() => fillPlaceholders("{{goal.jobs.baseline}}", resolve, "x.md")).toThrow(/empty/);
    expect(() => fillPlaceholders("{{goal.exports.target}", resolve, "x.md")).toThrow(/malformed/);
  });

  it("replaces every placeholder and collects sources once", () => {
    const out = fillPlaceholders("A {{goal.exports.target}} B {{goal.exports.target}}", factResolver(data, "en"), "x.md");
    expect(out.text).toBe("A 84 B 84");
    expect(new Set(out.sources).size).toBe(out.sources.length);
  });

  it("escapes markdown characters in text taken from data", () => {
    const text = factResolver(data, "en")("claim.exports-84bn.question").text;
    expect(text).not.toMatch(/(^|[^\\])[*_`]/);
  });

  it("phrases that depend on the latest year follow the data's last row", () => {
    const trade = tradeByYear(data.tradeAnnual);
    const [previous, latest] = trade.slice(-2);
    const g = goalById(data.goals, "exports");
    const en = factResolver(data, "en");
    expect(en("trade.previous.year").text).toBe(String(previous.year));
    expect(en("trade.first.year").text).toBe(String(trade[0].year));
    const left = g.horizon_year - latest.year;
    expect(en("goal.exports.years-left").text).toBe(left === 1 ? "one year" : left === 2 ? "two years" : `${left} years`);
    // With one more year of data, the same placeholders move on by one year.
    const later = { ...data, tradeAnnual: [...data.tradeAnnual, { ...data.tradeAnnual.at(-1)!, year: latest.year + 1, exports_mad_bn: 500 }] };
    expect(factResolver(later, "en")("trade.previous.year").text).toBe(String(latest.year));
    expect(factResolver(later, "en")("trade.latest.year").text).toBe(String(latest.year + 1));
  });

  it("the new-exporters prose and the exporter-base chart share one horizon rule", async () => {
    const chart = (await import("../../charts/exporter-base")).default;
    const rows = chart.select(data) as { points: { series: string; year: number; count: number }[] };
    const end = rows.points.filter((p) => p.series === "path-goal").at(-1)!;
    const fr = factResolver(data, "fr");
    expect(fr("goal.new-exporters.path-end").text).toBe(formatNumber(end.count, "fr"));
    const g = goalById(data.goals, "new-exporters");
    expect(fr("goal.new-exporters.total").text).toBe(formatNumber(end.count - g.baseline_value!, "fr"));
  });

  it("counts with agreeing nouns from the row counts", () => {
    expect(factResolver(data, "ar")("phrase.regions").text).toBe(`${data.regions.length} جهة`);
    expect(factResolver(data, "fr")("phrase.levers.capital").text).toMatch(/^[A-ZÀ-Ý]/);
  });
});

describe("where the roadmap's figures come from", () => {
  it("gives the first and last publication dates of the sources roadmap rows cite, and follows a newly cited source", () => {
    const milestone = data.milestones[0];
    const newest = { ...data.sources[0], source_id: "newest-wire", published_on: "2026-11-02", date_unknown_reason: null };
    const edited = {
      ...data,
      sources: [...data.sources, newest],
      milestones: [{ ...milestone, source_ids: [...milestone.source_ids, "newest-wire"] }, ...data.milestones.slice(1)],
    };
    const before = factResolver(data, "fr")("sources.roadmap.last");
    const after = factResolver(edited, "fr")("sources.roadmap.last");
    expect(after.text).toBe("2 novembre 2026");
    expect(after.sources).toEqual(["newest-wire"]);
    expect(before.text).not.toBe(after.text);
    expect(factResolver(edited, "en")("sources.roadmap.first").text).toBe(factResolver(data, "en")("sources.roadmap.first").text);
  });
});

describe("trade figures as the source states them", () => {
  it("keeps « plus de » and « environ » from the data in -as-stated facts, and nothing when the year is exact", () => {
    const latest = [...data.tradeAnnual].sort((a, b) => b.year - a.year)[0];
    expect(latest.imports_qualifier).toBe("more-than");
    expect(factResolver(data, "fr")("trade.latest.imports-as-stated").text).toMatch(/^plus de 822,22$/);
    expect(factResolver(data, "en")("trade.latest.exports-as-stated").text).toMatch(/^about 469\.1$/);
    expect(factResolver(data, "ar")("trade.latest.imports-as-stated").text).toMatch(/^أكثر من /);
    expect(factResolver(data, "fr")("trade.latest.deficit-as-stated").text).toMatch(/^environ /);
    expect(factResolver(data, "fr")("trade.2024.exports-as-stated").text).toBe(factResolver(data, "fr")("trade.2024.exports").text);
  });
});
