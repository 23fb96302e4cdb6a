// Reads which characters a TrueType/OpenType font can draw, from its cmap table (formats 4 and
// 12, the Unicode subtables every Noto font carries), so tests can prove no export text falls on
// a missing glyph.

/** Code points that map to a real glyph (not glyph 0, the empty box) in an sfnt font's cmap. */
export function fontCodePoints(sfnt: Buffer): Set<number> {
  const numTables = sfnt.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    if (sfnt.toString("latin1", at, at + 4) === "cmap") cmap = sfnt.readUInt32BE(at + 8);
  }
  if (cmap < 0) throw new Error("Font has no cmap table");
  const points = new Set<number>();
  const subtables = sfnt.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = sfnt.readUInt16BE(rec);
    const encoding = sfnt.readUInt16BE(rec + 2);
    // Unicode subtables only: platform 0, or Windows (3) with BMP (1) or full repertoire (10).
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const at = cmap + sfnt.readUInt32BE(rec + 4);
    const format = sfnt.readUInt16BE(at);
    if (format === 4) readFormat4(sfnt, at, points);
    else if (format === 12) readFormat12(sfnt, at, points);
  }
  return points;
}

function readFormat4(sfnt: Buffer, at: number, points: Set<number>): void {
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
      if (glyph !== 0) points.add(c);
    }
  }
}

function readFormat12(sfnt: Buffer, at: number, points: Set<number>): void {
  const groups = sfnt.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const rec = at + 16 + g * 12;
    const start = sfnt.readUInt32BE(rec);
    const end = sfnt.readUInt32BE(rec + 4);
    const firstGlyph = sfnt.readUInt32BE(rec + 8);
    for (let c = start; c <= end; c++) if (firstGlyph + (c - start) !== 0) points.add(c);
  }
}
