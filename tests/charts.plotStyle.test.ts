// The deterministic label-placement helpers the charts share (src/charts/kit/plotStyle.ts).
import { describe, it, expect } from "vitest";
import { horizonTicks, labelWidth, marginFor, spreadApart, ticksAboveZero } from "../src/charts/kit/plotStyle";

describe("spreadApart", () => {
  it("leaves labels that do not crowd where they are", () => {
    expect(spreadApart([10, 40, 90], 16)).toEqual([10, 40, 90]);
  });

  it("moves crowded labels apart by the gap, centred on where they were asked to be, in their order", () => {
    const out = spreadApart([100, 104, 30], 16);
    expect(out[2]).toBe(30);
    expect(out[1] - out[0]).toBe(16);
    expect((out[0] + out[1]) / 2).toBe(102);
  });

  it("merges a chain of collisions into one evenly spaced group", () => {
    const out = spreadApart([50, 52, 54, 56], 10);
    expect(out).toEqual([38, 48, 58, 68]);
  });
});

describe("horizonTicks", () => {
  it("ends on the horizon year and drops a round year that would crowd it", () => {
    expect(horizonTicks(2010, 2027, 5)).toEqual([2010, 2015, 2020, 2027]);
    expect(horizonTicks(2010, 2027, 2)).toEqual([2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2027]);
  });
});

describe("ticksAboveZero", () => {
  it("leaves out the 0 that would sit in the corner on the first year", () => {
    expect(ticksAboveZero(742, 5)).toEqual([200, 400, 600]);
  });
});

describe("label widths", () => {
  it("count no room for bidi marks and give Arabic its wider glyphs", () => {
    expect(labelWidth("\u2066+400\u2069", 320)).toBe(labelWidth("+400", 320));
    expect(labelWidth("سنويا", 320)).toBeGreaterThan(labelWidth("abcde", 320));
  });

  it("size a margin for the longest label plus its gap", () => {
    expect(marginFor(["539 · total", "707 · par an"], 320, 8)).toBe(Math.ceil(labelWidth("707 · par an", 320) + 12));
  });
});
