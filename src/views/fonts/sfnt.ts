// Reads the few tables of a TrueType/OpenType (sfnt) font that metric-matched fallbacks need:
// units per em (head), ascender, descender and line gap (hhea), and the advance width of the
// glyph each character maps to (cmap + hmtx). Binary offsets as the OpenType spec lays them out.

/** Vertical metrics and per-character advances of one font, in font units. */
export interface FontMetrics {
  unitsPerEm: number;
  ascender: number;
  descender: number;
  lineGap: number;
  /** Advance width (font units) of the glyph a code point maps to, or undefined when the font has none. */
  advance(codePoint: number): number | undefined;
}

function tableOffsets(sfnt: Buffer): Map<string, number> {
  const tag = sfnt.toString("latin1", 0, 4);
  if (tag === "wOF2" || tag === "wOFF") throw new Error('sfnt: a WOFF/WOFF2 file must be decompressed first (subset-font with targetFormat "sfnt")');
  const tables = new Map<string, number>();
  const numTables = sfnt.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    tables.set(sfnt.toString("latin1", at, at + 4), sfnt.readUInt32BE(at + 8));
  }
  return tables;
}

function required(tables: Map<string, number>, name: string): number {
  const at = tables.get(name);
  if (at === undefined) throw new Error(`sfnt: the font has no ${name} table`);
  return at;
}

/** Code point → glyph id, from the Unicode subtables (formats 4 and 12) of the cmap table. */
function glyphMap(sfnt: Buffer, cmap: number): Map<number, number> {
  const glyphs = new Map<number, number>();
  const subtables = sfnt.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = sfnt.readUInt16BE(rec);
    const encoding = sfnt.readUInt16BE(rec + 2);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const at = cmap + sfnt.readUInt32BE(rec + 4);
    const format = sfnt.readUInt16BE(at);
    if (format === 4) {
      const segCount = sfnt.readUInt16BE(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segCount * 2 + 2;
      const deltas = starts + segCount * 2;
      const rangeOffsets = deltas + segCount * 2;
      for (let s = 0; s < segCount; s++) {
        const end = sfnt.readUInt16BE(ends + s * 2);
        const start = sfnt.readUInt16BE(starts + s * 2);
        const delta = sfnt.readInt16BE(deltas + s * 2);
        const rangeOffset = sfnt.readUInt16BE(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
          else {
            const index = sfnt.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
            glyph = index === 0 ? 0 : (index + delta) & 0xffff;
          }
          if (glyph !== 0 && !glyphs.has(c)) glyphs.set(c, glyph);
        }
      }
    } else if (format === 12) {
      const groups = sfnt.readUInt32BE(at + 12);
      for (let g = 0; g < groups; g++) {
        const rec12 = at + 16 + g * 12;
        const start = sfnt.readUInt32BE(rec12);
        const end = sfnt.readUInt32BE(rec12 + 4);
        const first = sfnt.readUInt32BE(rec12 + 8);
        for (let c = start; c <= end; c++) if (first + (c - start) !== 0 && !glyphs.has(c)) glyphs.set(c, first + (c - start));
      }
    }
  }
  return glyphs;
}

/** Code point → glyph id of an uncompressed sfnt font (TTF/OTF bytes), glyph 0 (the empty box) left out. */
export function fontGlyphMap(sfnt: Buffer): Map<number, number> {
  return glyphMap(sfnt, required(tableOffsets(sfnt), "cmap"));
}

/** Code points that map to a real glyph (not glyph 0, the empty box) in an sfnt font's cmap. */
export function fontCodePoints(sfnt: Buffer): Set<number> {
  return new Set(fontGlyphMap(sfnt).keys());
}

/** The metrics of an uncompressed sfnt font (TTF/OTF bytes). */
export function readFontMetrics(sfnt: Buffer): FontMetrics {
  const tables = tableOffsets(sfnt);
  const head = required(tables, "head");
  const hhea = required(tables, "hhea");
  const hmtx = required(tables, "hmtx");
  const numberOfHMetrics = sfnt.readUInt16BE(hhea + 34);
  const glyphs = glyphMap(sfnt, required(tables, "cmap"));
  return {
    unitsPerEm: sfnt.readUInt16BE(head + 18),
    ascender: sfnt.readInt16BE(hhea + 4),
    descender: sfnt.readInt16BE(hhea + 6),
    lineGap: sfnt.readInt16BE(hhea + 8),
    advance(codePoint) {
      const glyph = glyphs.get(codePoint);
      if (glyph === undefined) return undefined;
      // Glyphs past numberOfHMetrics share the last advance (monospaced tail).
      return sfnt.readUInt16BE(hmtx + Math.min(glyph, numberOfHMetrics - 1) * 4);
    },
  };
}

/**
 * Mean advance width per em of `sample`'s characters, each counted as often as it occurs, over the
 * characters both fonts draw (so a glyph one of them lacks does not skew the ratio).
 */
export function meanAdvancePerEm(font: FontMetrics, sample: string, other: FontMetrics): number {
  let total = 0;
  let count = 0;
  for (const char of sample) {
    const cp = char.codePointAt(0)!;
    const width = font.advance(cp);
    if (width === undefined || other.advance(cp) === undefined) continue;
    total += width / font.unitsPerEm;
    count++;
  }
  if (count === 0) throw new Error("fonts: no character of the sample is drawn by both fonts");
  return total / count;
}
