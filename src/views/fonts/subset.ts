// Build step: cuts every web font down to the characters the built pages set in it. The text is
// read from the built HTML (text nodes, form labels and inline style text such as CSS `content`),
// so a new character in data/ or in a string table gets its glyph on the next build without
// anything to maintain. harfbuzz (subset-font) keeps the layout tables, so Arabic still joins.
// Output is deterministic: sorted characters in, the same bytes out.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Parser } from "htmlparser2";
import subsetFont from "subset-font";
import { fontCodePoints } from "./sfnt";
import { FONT_DIR, WEB_FONTS, type WebFont } from "./faces";

/** Elements whose text is never drawn with the page's fonts. */
const NOT_DRAWN = new Set(["SCRIPT", "NOSCRIPT", "TEMPLATE", "TITLE", "HEAD"]);
/** Attributes whose value a browser draws as text. */
const DRAWN_ATTRIBUTES = ["placeholder", "value", "label"];

/**
 * Adds the code points of every drawn character in one HTML document to `into`: the text of the
 * body outside the elements above, inline style text anywhere, and drawn attributes (placeholder on
 * any element, value on input and button, label on option; any of the three on such an element).
 * Streams the document through the HTML parser and keeps nothing but the set: a 200,000-source
 * site has 1,500 pages (up to 400 kB each), and a DOM per page is what made this step slow and big.
 */
export function addDrawnCharacters(html: string, into: Set<number>): void {
  const add = (text: string | null | undefined) => {
    if (text) for (const char of text) into.add(char.codePointAt(0)!);
  };
  /** Open elements, upper-case names, from the root (the parser reports implied closings too). */
  const open: string[] = [];
  /** Depth in `open` of the document's body (the element after head, under html), or -1 outside it. */
  let bodyDepth = -1;
  /** Number of open NOT_DRAWN elements inside the body: their text is never drawn. */
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toUpperCase();
        if (tag === "BODY" && bodyDepth === -1 && open.length === 1 && open[0] === "HTML") bodyDepth = open.length;
        else if (bodyDepth !== -1 && NOT_DRAWN.has(tag)) hidden++;
        open.push(tag);
        const drawsAttributes =
          "placeholder" in attributes || ((tag === "INPUT" || tag === "BUTTON") && "value" in attributes) || (tag === "OPTION" && "label" in attributes);
        if (drawsAttributes) for (const attribute of DRAWN_ATTRIBUTES) add(attributes[attribute]);
      },
      ontext(text) {
        // Inline CSS can draw text (generated `content`); its other characters are ASCII the text has anyway.
        if (open.at(-1) === "STYLE" || (bodyDepth !== -1 && hidden === 0)) add(text);
      },
      onclosetag() {
        const tag = open.pop();
        if (open.length === bodyDepth) bodyDepth = -1;
        else if (bodyDepth !== -1 && tag && NOT_DRAWN.has(tag)) hidden--;
      },
    },
    // The options linkedom parsed these pages with: the same elements, text and decoded entities.
    { lowerCaseAttributeNames: false, decodeEntities: true },
  );
  parser.write(html);
  parser.end();
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
