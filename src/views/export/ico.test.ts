import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { pngToIco } from "./ico";
import { svgToPng, pngSize } from "./rasterize";

describe("pngToIco", () => {
  it("wraps the favicon PNG in a one-image ICO header that points at it", () => {
    const png = svgToPng(readFileSync("public/favicon.svg", "utf8"), { width: 32 });
    expect(pngSize(png)).toEqual({ width: 32, height: 32 });
    const ico = Buffer.from(pngToIco(png, 32));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico.readUInt8(6), ico.readUInt8(7)]).toEqual([32, 32]);
    expect(ico.readUInt32LE(14)).toBe(png.length);
    expect(ico.subarray(ico.readUInt32LE(18)).equals(Buffer.from(png))).toBe(true);
  });
});
