// What a reader can see or hear in a built file, as text: the text of a page (parsed with linkedom,
// never matched with regular expressions), the attributes read aloud or shown (alt, title,
// aria-label, meta content) and the JSON a chart's tooltips read; or the text of a CSV/JSON/SVG
// download. Used by the tests that check every figure follows the data and number formats.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parseHTML } from "linkedom";
import { parse } from "csv-parse/sync";

/** Bidi marks and isolates removed, and every kind of space made a plain space, so "+84" is "+84" however it was isolated. */
export function normaliseText(text: string): string {
  return text.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, "").replace(/[\u00a0\u202f\u2009]/g, " ");
}

const READ_ATTRIBUTES = ["alt", "title", "aria-label", "aria-description", "content", "placeholder"];

/** The pieces of text a reader meets in an HTML or SVG document, one per text node or attribute. */
export function markupText(markup: string, kind: "html" | "svg"): string[] {
  const { document } = parseHTML(kind === "svg" ? `<!doctype html><html><body>${markup}</body></html>` : markup);
  const pieces: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (tag === "style") return;
    if (tag === "script") {
      // Only data the page reads (tooltip labels), never code.
      if ((element.getAttribute("type") ?? "").includes("json") && element.textContent?.trim()) pieces.push(...jsonText(JSON.parse(element.textContent)));
      return;
    }
    for (const name of READ_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value?.trim()) pieces.push(value);
    }
    // Adjacent text nodes are one run of text (the parser splits text at character references).
    let run = "";
    // An embed snippet shown as code (<img alt="…" width="720" height="539">): its readable text
    // is the alt text, not the pixel sizes.
    const isSnippet = ["textarea", "code", "pre", "output", "input"].includes(tag);
    const flush = () => {
      // linkedom leaves a <textarea>'s character references as written ("&lt;img"): decode them first.
      if (isSnippet && tag === "textarea")
        run = run.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[name]!);
      if (isSnippet && run.trimStart().startsWith("<")) pieces.push(...markupText(run, "svg"));
      else if (run.trim()) pieces.push(run);
      run = "";
    };
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType === 3) run += child.textContent ?? "";
      else {
        flush();
        walk(child);
      }
    }
    flush();
  };
  walk(document.documentElement);
  return pieces.map(normaliseText);
}

/** The strings in a JSON value; a string holding markup (a chart's SVG) gives the text a reader meets in it. */
function jsonText(value: unknown): string[] {
  if (typeof value === "string") return value.trimStart().startsWith("<") ? markupText(value, "svg") : [normaliseText(value)];
  if (Array.isArray(value)) return value.flatMap(jsonText);
  if (value && typeof value === "object") return Object.values(value).flatMap(jsonText);
  return [];
}

/** The text of any built file a reader can open: pages, SVG images, CSV and JSON downloads, feeds. */
export function fileText(file: string): string[] {
  const raw = readFileSync(file, "utf8");
  if (file.endsWith(".html")) return markupText(raw, "html");
  if (file.endsWith(".svg") || file.endsWith(".xml")) return markupText(raw, "svg");
  if (file.endsWith(".json")) return jsonText(JSON.parse(raw));
  if (file.endsWith(".csv")) {
    // The "Excel (français)" variant separates cells with ";" (and writes decimal commas).
    const delimiter = file.endsWith(".excel-fr.csv") ? ";" : ",";
    const rows = parse(raw.replace(/^\uFEFF/, ""), { relax_column_count: true, delimiter }) as string[][];
    return rows.flat().map(normaliseText);
  }
  return [];
}

/** Every file under `dir` with one of `extensions`, as [path relative to dir with "/", absolute path]. */
export function builtFiles(dir: string, extensions: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !extensions.some((ext) => entry.name.endsWith(ext))) continue;
    const file = join(entry.parentPath, entry.name);
    out.push([relative(dir, file).split(sep).join("/"), file]);
  }
  return out.sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Every text cell of every CSV in a data folder (notes, names, titles, quoted wordings), normalised.
 * Text typed in data is the editors' to keep true; what the tests hunt is figures typed in code,
 * strings or prose, so these cells are cut out of a page's text before it is scanned.
 */
export function dataTextCells(dataDir: string, minLength = 12): string[] {
  const cells = new Set<string>();
  for (const [, file] of builtFiles(dataDir, [".csv"])) {
    if (file.includes(`${sep}releases${sep}`)) continue;
    const rows = parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { relax_column_count: true, delimiter: [",", ";"] }) as string[][];
    for (const cell of rows.slice(1).flat()) {
      const text = normaliseText(cell).trim();
      if (text.length >= minLength && /\p{L}/u.test(text) && !/^https?:/.test(text)) cells.add(text);
    }
  }
  // Longest first, so a cell is removed before a shorter one it contains.
  return [...cells].sort((a, b) => b.length - a.length);
}

/** A piece of text with every data cell it quotes cut out. */
export function withoutDataText(piece: string, cells: string[]): string {
  let text = piece;
  for (const cell of cells) if (text.includes(cell)) text = text.split(cell).join(" ");
  return text;
}
