// Font subsetting and metric-matched fallbacks (issue 17): the subsets follow the text of the
// built pages, rebuild byte for byte, keep Arabic shaping, and the fallback descriptors come from
// the font files.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import subsetFont from "subset-font";
import { describe, expect, it } from "vitest";
import { fallbackFor, fallbackMetrics, fontFaceCss, lateFonts, lcpFont, scriptsOf, WEB_FONTS } from "./faces";
import { fontCodePoints, readFontMetrics, type FontMetrics } from "./sfnt";
import { addDrawnCharacters, siteCharacters, subsetOf, writeFontSubsets } from "./subset";

const font = (script: "latin" | "arabic", weight: 400 | 700) => WEB_FONTS.find((f) => f.script === script && f.weight === weight)!;
const cps = (text: string) => new Set([...text].map((c) => c.codePointAt(0)!));
/** The characters a WOFF2 subset can draw (decompressed by harfbuzz to read its cmap). */
async function drawable(woff2: Buffer): Promise<Set<number>> {
  const everything = String.fromCodePoint(...Array.from({ length: 0x700 }, (_, i) => i + 0x20));
  return fontCodePoints(Buffer.from(await subsetFont(woff2, everything, { targetFormat: "sfnt" })));
}
const page = (body: string) =>
  `<!doctype html><html><head><title>Ŧitle only</title><style>.menu::after{content:"›"}</style></head><body>${body}<script>var notDrawn = "Ж";</script></body></html>`;

describe("characters drawn by a page", () => {
  it("reads text nodes, drawn attributes and inline CSS, not scripts or the title", () => {
    const chars = new Set<number>();
    addDrawnCharacters(page(`<p>Année <b>2027</b></p><input placeholder="Ĉherche"><svg><text>ø</text></svg>`), chars);
    for (const c of "Année2027Ĉøherc›") expect(chars.has(c.codePointAt(0)!), c).toBe(true);
    expect(chars.has("Ж".codePointAt(0)!)).toBe(false);
    expect(chars.has("Ŧ".codePointAt(0)!)).toBe(false);
  });

  it("reads value and label where a browser draws them, and nothing in noscript, template or other attributes", () => {
    const chars = new Set<number>();
    addDrawnCharacters(
      page(
        `<input value="Ŵ"><button value="Ŷ">b</button><select><option label="Ź">x</option></select><div data-x="Ɓ"></div><noscript><p>Ƈ</p></noscript><template>Ɗ</template>après`,
      ),
      chars,
    );
    for (const c of "ŴŶŹbxaprès") expect(chars.has(c.codePointAt(0)!), c).toBe(true);
    for (const c of "ƁƇƊ") expect(chars.has(c.codePointAt(0)!), c).toBe(false);
  });
});

describe("subsets follow the data", () => {
  it("a character that appears in a page gets its glyph; one that does not is left out", async () => {
    const latin = font("latin", 400);
    const before = await drawable((await subsetOf(latin, cps("Exportations 2025"))).bytes);
    expect(before.has("Þ".codePointAt(0)!)).toBe(false);
    const after = await drawable((await subsetOf(latin, cps("Exportations 2025 Þ"))).bytes);
    expect(after.has("Þ".codePointAt(0)!)).toBe(true);
    expect(after.has("E".codePointAt(0)!)).toBe(true);
    expect(after.has("z".codePointAt(0)!)).toBe(false);
  });

  it("a built folder with a new Arabic letter in one page gets it in the Arabic subset, and rebuilds byte for byte", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fonts-"));
    try {
      mkdirSync(join(dir, "ar"), { recursive: true });
      writeFileSync(join(dir, "index.html"), page("<h1>Feuille de route</h1>"));
      writeFileSync(join(dir, "ar", "index.html"), page("<h1>خارطة الطريق</h1>"));
      await writeFontSubsets(dir);
      const first = readFileSync(join(dir, "fonts", font("arabic", 400).file));
      expect((await drawable(first)).has(0x06a4)).toBe(false);
      await writeFontSubsets(dir);
      expect(readFileSync(join(dir, "fonts", font("arabic", 400).file)).equals(first)).toBe(true);

      writeFileSync(join(dir, "ar", "index.html"), page("<h1>خارطة الطريق ڤ</h1>"));
      expect(siteCharacters(dir).has(0x06a4)).toBe(true);
      await writeFontSubsets(dir);
      expect((await drawable(readFileSync(join(dir, "fonts", font("arabic", 400).file)))).has(0x06a4)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps the layout tables, so Arabic letters still join", async () => {
    const { bytes } = await subsetOf(font("arabic", 400), cps("خارطة الطريق"));
    const sfnt = Buffer.from(await subsetFont(bytes, "خارطة الطريق", { targetFormat: "sfnt" }));
    const tables = Array.from({ length: sfnt.readUInt16BE(4) }, (_, i) => sfnt.toString("latin1", 12 + i * 16, 16 + i * 16));
    expect(tables).toContain("GSUB");
  });
});

describe("metric-matched fallbacks", () => {
  const metrics = (unitsPerEm: number, width: number, ascender: number, descender: number, lineGap = 0): FontMetrics => ({
    unitsPerEm,
    ascender,
    descender,
    lineGap,
    advance: (cp) => (cp === 0x20 || (cp >= 0x61 && cp <= 0x7a) ? width : undefined),
  });

  it("scales the fallback to the web font's advance and gives it the web font's line box", () => {
    const m = fallbackMetrics(metrics(1000, 500, 1069, -293), metrics(2048, 1126, 1901, -483), "abc de");
    expect(m.sizeAdjust).toBeCloseTo(0.5 / (1126 / 2048), 6);
    expect(m.ascentOverride).toBeCloseTo(1.069 / m.sizeAdjust, 6);
    expect(m.descentOverride).toBeCloseTo(0.293 / m.sizeAdjust, 6);
    expect(m.lineGapOverride).toBe(0);
  });

  it("reads the descriptors from the real font files, and writes them into the @font-face rules", async () => {
    const latin = font("latin", 400);
    if (!existsSync(latin.fallback.file)) return expect(await fallbackFor(latin)).toBeNull();
    const m = (await fallbackFor(latin))!;
    const web = readFontMetrics(Buffer.from(await subsetFont(readFileSync(latin.source), "a", { targetFormat: "sfnt" })));
    expect(m.ascentOverride * m.sizeAdjust).toBeCloseTo(web.ascender / web.unitsPerEm, 6);
    // Noto Sans is narrower than DejaVu Sans: the fallback is scaled down.
    expect(m.sizeAdjust).toBeGreaterThan(0.7);
    expect(m.sizeAdjust).toBeLessThan(1);
    const css = await fontFaceCss(["latin"], "/");
    expect(css).toContain(`size-adjust:${(m.sizeAdjust * 100).toFixed(2)}%`);
    expect(css).toContain("src:url(/fonts/noto-sans-latin-400.woff2)");
    expect(css).toContain("font-display:optional");
    expect(css).not.toContain("Noto Sans Arabic");
  });

  it("a page's first paint needs one font: the others are late, declared meanwhile as metric-matched stand-ins", async () => {
    for (const locale of ["fr", "ar", "en"] as const) {
      const late = lateFonts(locale, "/base/");
      const used = WEB_FONTS.filter((f) => scriptsOf(locale).includes(f.script));
      // Every face the page uses is either the preloaded one or late, never both.
      expect(late).toHaveLength(used.length - 1);
      expect(late.some((l) => l.url.endsWith(lcpFont(locale).file))).toBe(false);
      for (const l of late) expect(l.url).toMatch(/^\/base\/fonts\/.+\.woff2$/);
      const css = await fontFaceCss(scriptsOf(locale), "/base/", late);
      const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]);
      expect(urls).toEqual([`/base/fonts/${lcpFont(locale).file}`]);
      for (const l of late) {
        const rule = css.split("\n").find((r) => r.includes(`font-family:"${l.family}";`) && r.includes(`font-weight:${l.weight};`));
        expect(rule, `${locale} ${l.family} ${l.weight}`).toMatch(/src:local\("DejaVu Sans/);
      }
    }
  });

  it("preloads one font per locale: the one of the page's largest text", () => {
    expect(lcpFont("fr").file).toBe("noto-sans-latin-400.woff2");
    expect(lcpFont("en")).toBe(lcpFont("fr"));
    expect(lcpFont("ar").script).toBe("arabic");
  });
});
