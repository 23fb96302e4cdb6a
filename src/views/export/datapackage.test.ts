// The Frictionless Data Package of data/: valid against the spec's rules, files and units right,
// and its CSVs as safe in a spreadsheet as the chart downloads.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { loadData, dataDir, tables, type Datasets } from "../../data";
import { dataPackage, MAP_FILES, tableCsv, tableCsvPieces } from "./datapackage";
import type { TableName } from "../../data/schema";
import { checkDataPackage } from "./datapackage-spec";
import { FORMULA_TRIGGERS } from "./csv";

const data = loadData();
const meta = { title: "Feuille de route 2025–2027, expliquée", credit: "Feuille de route 2025–2027, expliquée", dataAsOf: "2026-11-29" };
const map = { topology: readFileSync(join(dataDir(), MAP_FILES.topology), "utf8"), licence: readFileSync(join(dataDir(), MAP_FILES.licence), "utf8") };
const pkg = dataPackage(data, meta, map);
type Resource = {
  name: string;
  path: string;
  schema?: { fields: { name: string; type: string; unit?: string; constraints: Record<string, unknown> }[] };
  sources?: { title: string; path: string }[];
  licenses?: { name: string }[];
};
const resources = pkg.descriptor.resources as Resource[];

describe("data package", () => {
  it("validates against the Data Package, Tabular Data Resource and Table Schema rules, data included", () => {
    expect(checkDataPackage(JSON.parse(JSON.stringify(pkg.descriptor)), pkg.files)).toEqual([]);
  });

  it("holds every file of data/ with its schema, and the map with its ODbL licence", () => {
    for (const { file, schema } of Object.values(tables)) {
      const resource = resources.find((r) => r.path === file)!;
      expect(resource, file).toBeDefined();
      expect(resource.schema!.fields.map((f) => f.name)).toEqual(Object.keys((schema as unknown as { shape: object }).shape));
      expect(pkg.files.get(file)!.startsWith("\uFEFF")).toBe(true);
    }
    const mapResource = resources.find((r) => r.path === MAP_FILES.topology)!;
    expect(mapResource.licenses?.map((l) => l.name)).toEqual(["ODbL-1.0"]);
    expect(pkg.files.get(MAP_FILES.topology)).toBe(map.topology);
  });

  it("states units, bounds and each file's own sources", () => {
    const trade = resources.find((r) => r.path === "trade_annual.csv")!;
    const exports = trade.schema!.fields.find((f) => f.name === "exports_mad_bn")!;
    expect(exports.type).toBe("number");
    expect(exports.unit).toBe("billions of MAD");
    expect(exports.constraints.minimum).toBe(0);
    expect(trade.schema!.fields.find((f) => f.name === "year")!.type).toBe("integer");
    const cited = new Set(data.tradeAnnual.flatMap((r) => r.source_ids));
    expect(new Set(trade.sources!.map((s) => s.path))).toEqual(new Set(data.sources.filter((s) => cited.has(s.source_id)).map((s) => s.url)));
  });

  it("the checker finds breaches: bad name, unknown type, absolute path, a value of the wrong type, a repeated key", () => {
    const broken = JSON.parse(JSON.stringify(pkg.descriptor));
    broken.resources[0].name = "Not Valid";
    broken.resources[1].schema.fields[0].type = "money";
    broken.resources[2].path = "/etc/passwd";
    const errors = checkDataPackage(broken, pkg.files);
    expect(errors.some((e) => e.includes("resources[0].name"))).toBe(true);
    expect(errors.some((e) => e.includes("money"))).toBe(true);
    expect(errors.some((e) => e.includes("must not be absolute"))).toBe(true);
    expect(checkDataPackage({ resources: [] })).toContain("resources must be a non-empty array");

    const files = new Map(pkg.files);
    const trade = files.get("trade_annual.csv")!.split("\r\n");
    const cells = trade[1].split(",");
    cells[1] = "douze";
    files.set("trade_annual.csv", [trade[0], cells.join(","), trade[1], ...trade.slice(2)].join("\r\n"));
    const dataErrors = checkDataPackage(pkg.descriptor, files);
    expect(dataErrors.some((e) => e.includes("trade_annual.csv") && e.includes('"douze" is not a number'))).toBe(true);
    expect(dataErrors.some((e) => e.includes("primary key") && e.includes("repeats"))).toBe(true);
  });

  it("neutralises formulas in its CSVs, keeping numbers numbers", () => {
    const hostile = structuredClone(data) as Datasets;
    FORMULA_TRIGGERS.forEach((trigger, i) => (hostile.sectors[i % hostile.sectors.length].name_fr = `${trigger}SUM(1)`));
    const out = dataPackage(hostile, meta).files;
    const rows: string[][] = parse(out.get("sectors.csv")!.slice(1));
    const names = rows.slice(1).map((r) => r[1]);
    for (const trigger of FORMULA_TRIGGERS) expect(names).toContain(`'${trigger}SUM(1)`);
    const trade: string[][] = parse(out.get("trade_annual.csv")!.slice(1));
    for (const row of trade.slice(1)) expect(row[1]).toMatch(/^\d+(\.\d+)?$/);
  });

  it("writes each CSV in pieces that join into exactly the whole file, for every table and past a piece's size", () => {
    for (const key of Object.keys(tables) as TableName[]) expect([...tableCsvPieces(data, key)].join(""), key).toBe(tableCsv(data, key));
    // 4,500 sources: three pieces, the last one short; a source with a comma, quote and newline stays one quoted cell.
    const many = structuredClone(data) as Datasets;
    const model = { ...many.sources[0], title: 'Titre, "cité"\nsur deux lignes' };
    many.sources = Array.from({ length: 4500 }, (_, i) => ({ ...model, source_id: `${model.source_id}-${i}` }));
    const pieces = [...tableCsvPieces(many, "sources")];
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join("")).toBe(tableCsv(many, "sources"));
    expect(parse(pieces.join("").slice(1), { columns: true })).toHaveLength(4500);
  });
});
