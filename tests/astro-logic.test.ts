// Routes and components only place what view models computed: no sorting, folding, number or date
// formatting in an .astro file (src/pages, src/components). Each file is turned into TSX by the
// converter `astro check` uses (@astrojs/astro2tsx, through @astrojs/check) and read by the
// TypeScript compiler, frontmatter and template alike; a call is found as a call, not as text, and
// reported with its file and line. The checker is tried on made-up files first, so a pass means something.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { convertToTsx } from "@astrojs/astro2tsx";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as format from "../src/core/i18n/format";

/** Methods that sort, fold or format, whatever they are called on. */
const bannedMethods = new Set([
  "sort",
  "toSorted",
  "reduce",
  "reduceRight",
  "toFixed",
  "toLocaleString",
  "toLocaleDateString",
  "toLocaleTimeString",
  "localeCompare",
]);
/** The site's formatters (src/core/i18n/format.ts): views call them, pages print their results. */
const bannedFunctions = new Set(Object.keys(format).filter((name) => name.startsWith("format") || name === "collator"));

interface Finding {
  file: string;
  line: number;
  what: string;
}

/** The line (1-based) of a UTF-16 offset in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Every sorting, folding or formatting call in one .astro source, with its line in that source. */
export function formattingCalls(source: string, file: string): Finding[] {
  const tsx = convertToTsx(source, { filename: file.split("/").pop() });
  if (tsx.hasParseErrors) throw new Error(`${file}: the Astro converter could not parse it: ${tsx.diagnostics.map((d) => d.message).join("; ")}`);
  const tree = ts.createSourceFile("page.tsx", tsx.code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  // Where a node of the TSX stands in the .astro file: through the converter's span mappings.
  const originalLine = (virtual: number): number => {
    const span = tsx.mappings.find(([start, length]) => virtual >= start && virtual < start + length);
    if (!span) throw new Error(`${file}: no source position for offset ${virtual} of the converted file`);
    const [start, , originalStart, originalLength] = span;
    return lineAt(source, originalStart + Math.min(virtual - start, Math.max(0, originalLength - 1)));
  };
  const found: Finding[] = [];
  const report = (node: ts.Node, what: string) => found.push({ file, line: originalLine(node.getStart(tree)), what });
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if ((ts.isPropertyAccessExpression(callee) || ts.isPropertyAccessChain(callee)) && bannedMethods.has(callee.name.text))
        report(node, `.${callee.name.text}(`);
      else if (ts.isIdentifier(callee) && bannedFunctions.has(callee.text)) report(node, `${callee.text}(`);
    } else if (ts.isNewExpression(node)) {
      const made = node.expression;
      if (ts.isPropertyAccessExpression(made) && ts.isIdentifier(made.expression) && made.expression.text === "Intl")
        report(node, `new Intl.${made.name.text}(`);
    }
    ts.forEachChild(node, visit);
  };
  // Only what the file itself wrote: the converter appends type declarations after the template.
  const end = tsx.body.end;
  for (const statement of tree.statements) if (statement.getStart(tree) < end) visit(statement);
  return found;
}

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? astroFiles(path) : entry.name.endsWith(".astro") ? [path] : [];
  });
}

describe("the formatting-call finder", () => {
  it("finds sorting, folding and formatting in the frontmatter, with its line", () => {
    const source = [
      "---",
      'import { formatNumber } from "../core/i18n";',
      "const rows = [3, 1, 2];",
      "const sorted = [...rows].sort((a, b) => a - b);",
      "const total = rows.reduce((a, b) => a + b, 0);",
      'const text = formatNumber(total, "fr");',
      'const list = new Intl.ListFormat("fr");',
      "const fixed = (1.5).toFixed(1);",
      "---",
      "<p>{text}</p>",
    ].join("\n");
    expect(formattingCalls(source, "made-up.astro").map((f) => [f.line, f.what])).toEqual([
      [4, ".sort("],
      [5, ".reduce("],
      [6, "formatNumber("],
      [7, "new Intl.ListFormat("],
      [8, ".toFixed("],
    ]);
  });

  it("finds them in template expressions, inside elements, with their line", () => {
    const source = [
      "---",
      "const { items, date } = Astro.props;",
      "---",
      "<ul>",
      "  {items.map((i) => (",
      '    <li>{i.value.toLocaleString("fr")}</li>',
      "  ))}",
      "</ul>",
      '<p>{formatDate(date, "fr")}</p>',
      "<p>{items.toSorted().length}</p>",
    ].join("\n");
    expect(formattingCalls(source, "made-up.astro").map((f) => [f.line, f.what])).toEqual([
      [6, ".toLocaleString("],
      [9, "formatDate("],
      [10, ".toSorted("],
    ]);
  });

  it("passes a file that only places values, and names that merely resemble a banned call", () => {
    const source = [
      "---",
      "const { view } = Astro.props;",
      "const sortKey = view.sortKey;",
      "---",
      "<p data-sort={sortKey}>{view.formatted} {view.sorted.map((s) => <b>{s}</b>)}</p>",
      "<style>.sort { color: red; }</style>",
    ].join("\n");
    expect(formattingCalls(source, "made-up.astro")).toEqual([]);
  });
});

describe(".astro files under src/pages and src/components", () => {
  const root = process.cwd();
  const files = [...astroFiles(join(root, "src/pages")), ...astroFiles(join(root, "src/components"))];

  it("are found", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("neither sort, fold nor format: view models in src/views do", () => {
    const found = files.flatMap((path) => formattingCalls(readFileSync(path, "utf8"), relative(root, path)));
    expect(found.map((f) => `${f.file}:${f.line}: ${f.what} — move it into a view model in src/views/pages/`)).toEqual([]);
  });
});
