// Build step: cuts every web font down to the characters the built pages set in it. The text is
// read from the built HTML (text nodes, form labels and inline style text such as CSS `content`),
// so a new character in data/ or in a string table gets its glyph on the next build without
// anything to maintain. harfbuzz (subset-font) keeps the layout tables, so Arabic still joins.
// Output is deterministic: sorted characters in, the same bytes out.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import subsetFont from "subset-font";
import { fontCodePoints } from "./sfnt";
import { FONT_DIR, WEB_FONTS, type WebFont } from "./faces";

/** Elements whose text is never drawn with the page's fonts. */
const NOT_DRAWN = new Set(["SCRIPT", "NOSCRIPT", "TEMPLATE", "TITLE", "HEAD"]);
/** Attributes whose value a browser draws as text. */
const DRAWN_ATTRIBUTES = ["placeholder", "value", "label"];

/** Adds the code points of every drawn character in one HTML document to `into`. */
export function addDrawnCharacters(html: string, into: Set<number>): void {
  const { document } = parseHTML(html);
  const add = (text: string | null | undefined) => {
    if (text) for (const char of text) into.add(char.codePointAt(0)!);
  };
  // Inline CSS can draw text (generated `content`); its other characters are ASCII the text has anyway.
  for (const style of document.querySelectorAll("style")) add(style.textContent);
  for (const element of document.querySelectorAll("[placeholder], input[value], button[value], option[label]")) {
    for (const name of DRAWN_ATTRIBUTES) add(element.getAttribute(name));
  }
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) add(child.nodeValue);
      else if (child.nodeType === 1 && !NOT_DRAWN.has((child as Element).tagName.toUpperCase())) walk(child);
    }
  };
  if (document.body) walk(document.body);
}

/** Every *.html file under `dir`, sorted (the order does not change the set, only the time to read). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The code points drawn anywhere on the built site in `dir`. */
export function siteCharacters(dir: string): Set<number> {
  const chars = new Set<number>();
  for (const file of htmlFiles(dir)) addDrawnCharacters(readFileSync(file, "utf8"), chars);
  return chars;
}

/** The subset of `font` holding the glyphs of `chars` it has, as WOFF2 bytes; `kept` lists those characters. */
export async function subsetOf(font: WebFont, chars: Set<number>): Promise<{ bytes: Buffer; kept: number[] }> {
  const full = readFileSync(font.source);
  const has = fontCodePoints(Buffer.from(await subsetFont(full, String.fromCodePoint(...chars), { targetFormat: "sfnt" })));
  const kept = [...chars].filter((cp) => has.has(cp)).sort((a, b) => a - b);
  if (kept.length === 0) throw new Error(`fonts: no character of the site is drawn by ${font.family} ${font.weight}; is ${font.source} the right file?`);
  const bytes = Buffer.from(await subsetFont(full, String.fromCodePoint(...kept), { targetFormat: "woff2" }));
  return { bytes, kept };
}

/** Writes the subset of every web font into `dir`/fonts/; returns one line per file for the build log. */
export async function writeFontSubsets(dir: string): Promise<string[]> {
  const chars = siteCharacters(dir);
  const out = join(dir, FONT_DIR);
  mkdirSync(out, { recursive: true });
  const lines: string[] = [];
  for (const font of WEB_FONTS) {
    const { bytes, kept } = await subsetOf(font, chars);
    writeFileSync(join(out, font.file), bytes);
    lines.push(
      `${font.file}: ${kept.length} characters, ${(bytes.length / 1000).toFixed(1)} kB (from ${(readFileSync(font.source).length / 1000).toFixed(1)} kB)`,
    );
  }
  return lines;
}
