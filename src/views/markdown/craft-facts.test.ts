import { describe, it, expect } from "vitest";
import { loadData } from "../../data";
import { factResolver } from "./facts";

const data = loadData();

describe("craft placeholders", () => {
  it('keep the source\'s "more than" and the months of a partial period', () => {
    const fr = factResolver(data, "fr");
    const latest = data.craftExports
      .filter((r) => r.scope === "year-to-date" && r.reading === "main" && r.exports_mad_m !== null)
      .sort((a, b) => a.year - b.year || a.months - b.months)
      .at(-1)!;
    expect(fr("craft.partial.latest.period").text).toMatch(new RegExp(`^janvier–\\S+ ${latest.year}$`));
    if (latest.value_qualifier === "more-than") expect(fr("craft.partial.latest.value").text).toMatch(/^plus de /);
    expect(factResolver(data, "en")("craft.partial.latest.period").text).toMatch(/^January–/);
  });

  it("compute the share of goods exports from trade_annual.csv, not from prose", () => {
    const year = data.craftExports
      .filter((r) => r.scope === "calendar-year" && r.reading === "main" && r.exports_mad_m !== null)
      .sort((a, b) => a.year - b.year)
      .at(-1)!;
    const goods = data.tradeAnnual.find((t) => t.year === year.year)!;
    const expected = new Intl.NumberFormat("en-GB", { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
      year.exports_mad_m! / (goods.exports_mad_bn * 1000),
    );
    const fact = factResolver(data, "en")("craft.year.latest.share");
    expect(fact.text).toBe(expected);
    expect(fact.sources).toEqual(expect.arrayContaining([...year.source_ids, ...goods.source_ids]));
  });

  it("refuse to print a full-year value that was not published", () => {
    const gap = data.craftExports.find((r) => r.scope === "calendar-year" && r.exports_mad_m === null);
    expect(gap).toBeDefined();
    expect(() => factResolver(data, "fr")(`craft.year.${gap!.year}.value`)).toThrow(/not published/);
  });

  it("name the leading market of the latest full year from the data", () => {
    const en = factResolver(data, "en");
    const period = en("craft.market.full.period").text;
    const rows = data.craftExportsByDestination.filter((r) => r.period_id === period && r.share_pct !== null).sort((a, b) => b.share_pct! - a.share_pct!);
    expect(en("craft.market.full.1.name").text).toBe(rows[0].name_en);
  });
});
