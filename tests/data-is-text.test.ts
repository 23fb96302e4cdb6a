// Data is text everywhere (issue 15, item 2): random printable and hostile strings go into every
// column of every file. Validation either refuses a string with its file, line and column, or the
// string reaches charts, maps and prose as inert text: well-formed SVG (resvg parses it, as the PNG
// export does), no element or attribute it did not come with, and the same text read back.
// Seeded and bounded, so a failure replays exactly; the full build with hostile data is
// tests/e2e/security.test.ts.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { Resvg } from "@resvg/resvg-js";
import { parseHTML } from "linkedom";
import { loadData, type Datasets } from "../src/data";
import { tables, type TableName } from "../src/data/schema";
import { decodeUtf8, parseCsv, validateRecords, type ParsedCsv } from "../src/data/load";
import type { ColumnDoc } from "../src/data/columns";
import { charts } from "../src/charts/registry";
import { renderChart } from "../src/charts/kit/ssr";
import { factResolver, fillPlaceholders } from "../src/views/markdown/facts";
import { renderMarkdown } from "../src/views/markdown/render";
import { locales } from "../src/core/i18n/locales";

/** mulberry32: a small seeded generator, so every run draws the same strings. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hostile = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  "Tanger<Tétouan & Al Hoceïma>",
  "]]><!-- -->",
  "Agadir ![px](https://evil.example/p.png) [clic](https://evil.example/)",
  "<https://evil.example/>",
  "javascript:alert(1)",
  "{{goal.jobs.target}} }}",
  '=cmd|"/c calc"!A1',
  "\u202eevil\u202c",
  "&amp;lt;b&gt;",
  "# titre\n\n- liste\n> citation",
  "*gras* _it_ `code` <b>b</b>",
  '::chart{id="exports-vs-target"}',
  "طنجة <script>",
  "a\u0000b",
  "a\u0007b",
  "x\uffffy",
];

/** Characters a random string is drawn from: printable ASCII, accents, Arabic, marks, emoji, controls. */
const alphabet = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  ..."éèàçœÉ«»’–—…\u00a0\u202f",
  ..."ابتثجحخدذرسشصضطظعغفقكلمنهوي",
  "\u200f",
  "\u202b",
  "\u202c",
  "🙂",
  "\u0000",
  "\u001b",
  "\u0085",
];

function randomString(next: () => number): string {
  const length = 1 + Math.floor(next() * 30);
  return Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
}

const realDir = join(process.cwd(), "data");
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;

/** The parsed real file of each table, to validate one edited row at a time in memory. */
const parsed = Object.fromEntries(
  (Object.keys(tables) as TableName[]).map((name) => {
    const decoded = decodeUtf8(readFileSync(join(realDir, tables[name].file)), tables[name].file);
    if (!("text" in decoded)) throw new Error(`data/${tables[name].file} does not decode`);
    const result = parseCsv(decoded.text, tables[name].file);
    if ("issue" in result) throw new Error(`data/${tables[name].file} does not parse`);
    return [name, result];
  }),
) as Record<TableName, ParsedCsv>;

/** Validates the first row of `name` with `column` set to `value`. */
function validateCell(name: TableName, column: string, value: string) {
  const source = parsed[name];
  const one: ParsedCsv = { ...source, records: [{ ...source.records[0], [column]: value }], lines: [2], shortRows: new Map() };
  return validateRecords(tables[name].file, tables[name].schema as unknown as z.ZodObject, one);
}

/** Free-text columns: no kind, no list of allowed values, not an id list or address. */
function textColumns(name: TableName): string[] {
  return Object.entries((tables[name].schema as unknown as z.ZodObject).shape)
    .filter(([col, schema]) => {
      const doc = ((schema as z.ZodType).meta() ?? {}) as Partial<ColumnDoc>;
      return !doc.kind && !doc.allowed && col !== "source_ids" && col !== "url";
    })
    .map(([col]) => col);
}

describe("every column refuses a bad string with its place, or keeps it as it was typed", () => {
  const next = random(15);
  const names = Object.keys(tables) as TableName[];
  for (const name of names) {
    it(`${tables[name].file}`, () => {
      const columns = Object.keys((tables[name].schema as unknown as z.ZodObject).shape);
      for (const column of columns) {
        for (const value of [...hostile, ...Array.from({ length: 6 }, () => randomString(next))]) {
          const { table, issues } = validateCell(name, column, value);
          if (controlCharacter.test(value)) {
            expect(issues, `${column} ${JSON.stringify(value)}`).toContainEqual(expect.objectContaining({ file: tables[name].file, line: 2, column }));
            expect(table.rows).toHaveLength(0);
            continue;
          }
          if (table.rows.length === 1) {
            // Accepted: a free-text cell is kept exactly (trimmed), never rewritten.
            if (textColumns(name).includes(column)) expect((table.rows[0] as Record<string, unknown>)[column]).toBe(value.trim());
            continue;
          }
          expect(issues.length, `${column} ${JSON.stringify(value)}`).toBeGreaterThan(0);
          for (const issue of issues) expect(issue).toMatchObject({ file: tables[name].file, line: 2 });
        }
      }
    });
  }
});

/** Real data with every free-text cell replaced by a hostile or random string (control characters left out: validation refuses them). */
function hostileData(seed: number): { data: Datasets; values: Set<string> } {
  const next = random(seed);
  const data = structuredClone(loadData(realDir));
  const values = new Set<string>();
  const pool = hostile.filter((h) => !controlCharacter.test(h));
  for (const name of Object.keys(tables) as TableName[]) {
    const columns = textColumns(name);
    for (const row of data[name] as Record<string, unknown>[]) {
      for (const column of columns) {
        if (row[column] === "" || row[column] === null) continue;
        const base = next() < 0.5 ? pool[Math.floor(next() * pool.length)] : randomString(next).replace(new RegExp(controlCharacter, "g"), "");
        const value = base.trim() || "x";
        row[column] = value;
        values.add(value);
      }
    }
  }
  return { data, values };
}

/** Elements charts and maps are made of; anything else came from data. */
const allowedTags = new Set([
  "svg",
  "g",
  "path",
  "rect",
  "circle",
  "line",
  "text",
  "tspan",
  "title",
  "desc",
  "a",
  "style",
  "defs",
  "clippath",
  "lineargradient",
  "stop",
  "figure",
  "div",
  "span",
  "h2",
  "h3",
  "p",
  "figcaption",
  "polyline",
  "polygon",
  "use",
  "symbol",
  "pattern",
  "marker",
  "ellipse",
  "image",
]);

function assertInert(markup: string, where: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  for (const element of Array.from(document.body.querySelectorAll("*"))) {
    const tag = element.tagName.toLowerCase();
    expect(allowedTags.has(tag), `${where}: <${tag}> in ${markup.slice(0, 200)}`).toBe(true);
    expect(tag === "image", `${where}: an image`).toBe(false);
    for (const { name, value } of Array.from(element.attributes)) {
      expect(/^on/i.test(name), `${where}: attribute ${name}`).toBe(false);
      if (name === "href" || name === "xlink:href") expect(value, `${where}: link ${value}`).toMatch(/^(\/|#)/);
    }
  }
}

describe("hostile text in every free-text column is published as inert text", () => {
  for (const seed of [1, 2, 3]) {
    it(`charts and maps, every locale (seed ${seed})`, () => {
      const { data, values } = hostileData(seed);
      expect(values.size).toBeGreaterThan(50);
      for (const chart of charts) {
        for (const locale of locales) {
          const { svg } = renderChart(chart, chart.select(data), locale, 720);
          const where = `${chart.id} ${locale}`;
          // resvg is what the PNG export uses: it refuses markup that is not well-formed XML.
          const svgs = svg.startsWith("<svg")
            ? [svg]
            : Array.from(parseHTML(`<html><body>${svg}</body></html>`).document.querySelectorAll("svg")).map((s) => s.outerHTML);
          expect(() => new Resvg(svgs[0])).not.toThrow();
          assertInert(svg, where);
        }
      }
      // The map's region names come back exactly as typed from its data-name attributes.
      const map = charts.find((c) => c.id === "regional-offices-map")!;
      const { svg } = renderChart(map, map.select(data), "fr", 720);
      const { document } = parseHTML(`<html><body>${svg}</body></html>`);
      const names = Array.from(document.querySelectorAll("[data-name]")).map((g) => g.getAttribute("data-name"));
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(data.regions.map((r) => r.name_fr)).toContain(name);
    }, 60_000);
  }

  it("prose: places and claims from data/ stay text after Markdown", () => {
    for (const seed of [4, 5]) {
      const { data } = hostileData(seed);
      for (const locale of locales) {
        const keys = [
          ...data.milestones.map((m) => `milestone.${m.milestone_id}.place`),
          ...data.claims.flatMap((c) => [`claim.${c.claim_id}.question`, `claim.${c.claim_id}.explanation`]),
        ];
        const template = keys.map((k) => `{{${k}}}`).join("\n\n");
        const filled = fillPlaceholders(template, factResolver(data, locale), "fuzz.md");
        const { segments } = renderMarkdown(filled.text, { file: "fuzz.md", isChart: () => true });
        const html = segments.map((s) => (s.kind === "html" ? s.html : "")).join("");
        expect(segments.every((s) => s.kind === "html")).toBe(true);
        const { document } = parseHTML(`<html><body>${html}</body></html>`);
        const tags = new Set(Array.from(document.body.querySelectorAll("*")).map((e) => e.tagName.toLowerCase()));
        expect([...tags].filter((t) => t !== "p")).toEqual([]);
        const text = document.body.textContent ?? "";
        const squash = (s: string) => s.replace(/\s+/g, " ").trim();
        for (const m of data.milestones) {
          const place = m[`place_${locale}`];
          if (place) expect(squash(text)).toContain(squash(place));
        }
      }
    }
  });
});
