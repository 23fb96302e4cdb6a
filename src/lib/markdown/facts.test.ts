import { describe, expect, it } from "vitest";
import { loadData } from "../data";
import { factResolver, fillPlaceholders } from "./facts";
import { exportsGoalLevel, goalById, tradeByYear } from "../data/derive";

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
    const expected = Math.pow(exportsGoalLevel(g) / g.baseline_value!, 1 / (g.horizon_year - g.baseline_year!)) - 1;
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
});
