// Font files for build-time rasterising. resvg reads only TTF/OTF files. Latin: @fontsource ships
// WOFF, and WOFF 1.0 is plain zlib-compressed sfnt tables, so we unpack it here into a cache folder.
// Arabic: one full Noto Sans Arabic TTF (Arabic + Latin digits and letters) from
// @expo-google-fonts, because resvg 2.6 cannot fall back between fonts inside one mixed
// Arabic/Latin string (the WOFF subsets split Arabic and digits into separate files).
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";

/** The font files we rasterise with (module specifiers): WOFF files are unpacked, TTF used as is. */
const FONT_SOURCES = [
  "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff",
  "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff",
  "@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff",
  "@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff",
  "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
  "@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf",
];

/** The font family to write in exported SVG text: one font per locale, so no string needs a fallback. */
export function exportFontFamily(locale: string): string {
  return locale === "ar" ? "'Noto Sans Arabic', sans-serif" : "'Noto Sans', sans-serif";
}

/** Converts a WOFF 1.0 font to the sfnt (TTF/OTF) bytes it wraps. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("Not a WOFF 1.0 file");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: string; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const tag = woff.toString("latin1", at, at + 4);
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const checksum = woff.readUInt32BE(at + 16);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag, checksum, data: compLength < origLength ? inflateSync(raw) : Buffer.from(raw) });
  }
  // sfnt tables must be sorted by tag and 4-byte aligned.
  tables.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    header.write(table.tag, at, 4, "latin1");
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.data.length, at + 12);
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
    table.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

let cached: string[] | undefined;

/** Paths of TTF files for resvg, unpacked once per process into node_modules/.cache. */
export function exportFontFiles(): string[] {
  if (cached) return cached;
  const require = createRequire(join(process.cwd(), "package.json"));
  const dir = join(process.cwd(), "node_modules", ".cache", "feuille-export-fonts");
  mkdirSync(dir, { recursive: true });
  cached = FONT_SOURCES.map((spec) => {
    const sourcePath = require.resolve(spec);
    if (!sourcePath.endsWith(".woff")) return sourcePath;
    const ttfPath = join(
      dir,
      spec
        .split("/")
        .pop()!
        .replace(/\.woff$/, ".ttf"),
    );
    if (!existsSync(ttfPath)) writeFileSync(ttfPath, woffToSfnt(readFileSync(sourcePath)));
    return ttfPath;
  });
  return cached;
}
