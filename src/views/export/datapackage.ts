// The whole of data/ as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/):
// datapackage.json describes every file (its Table Schema from src/data/schema.ts, units, the
// sources its rows cite, the licence where one is known) beside the CSVs, written from the validated
// data: plain numbers, ISO dates, "|"-separated source ids, text cells neutralised for spreadsheets.
import type { z } from "zod";
import { tables, type Datasets, type TableName } from "../../data/schema";
import type { ColumnDoc } from "../../data/columns";
import { BOM, CSV_STANDARD, csvCell, csvDocument } from "./csv";

/** Folder (under the site's base) holding datapackage.json and the CSVs. */
export const DATA_PACKAGE_DIR = "data";
export const DATA_PACKAGE_FILE = "datapackage.json";

/** A Table Schema field: the spec's keys plus `unit` (a custom property, allowed by the spec). */
export interface PackageField {
  name: string;
  type: "string" | "number" | "integer" | "boolean" | "date";
  description: string;
  unit?: string;
  constraints: { required: boolean; minimum?: number; maximum?: number; pattern?: string };
}

type ColumnMeta = Partial<ColumnDoc> & { min?: number; max?: number; integer?: boolean };

function fieldOf(name: string, column: z.ZodType): PackageField {
  const doc = (column.meta() ?? {}) as ColumnMeta;
  // A date that may be a month or a year alone is no Table Schema "date": a string with its pattern.
  const type =
    doc.kind === "number"
      ? doc.integer
        ? "integer"
        : "number"
      : doc.kind === "date" && !doc.partialDate
        ? "date"
        : doc.kind === "bool"
          ? "boolean"
          : "string";
  const description = [doc.description, doc.allowed ? `Allowed: ${doc.allowed}.` : ""].filter(Boolean).join(". ").replace(/\.\. /, ". ");
  const field: PackageField = { name, type, description, constraints: { required: doc.required === true } };
  // Dates carry their format in the type; other units (billions of MAD, firms, percent) are stated.
  if (doc.unit && (doc.kind !== "date" || doc.partialDate)) field.unit = doc.unit;
  // No `example`: the dictionary's examples are typed in the schemas, so a republished package would
  // still show old figures beside the new data (tests/e2e/follows-data.test.ts).
  if (typeof doc.min === "number") field.constraints.minimum = doc.min;
  if (typeof doc.max === "number") field.constraints.maximum = doc.max;
  if (doc.partialDate) field.constraints.pattern = "\\d{4}(-\\d{2}(-\\d{2})?)?";
  return field;
}

/** One cell of a validated row, written back as text the schema's type reads. */
function cellOf(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join("|");
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return value;
  return String(value);
}

/** A resource's name: the file name without ".csv" (the spec wants lower-case, digits, "-", "_", "."). */
export function resourceName(file: string): string {
  return file.replace(/\.csv$/, "").replace(/_/g, "-");
}

export interface DataPackage {
  descriptor: Record<string, unknown>;
  /** File name → CSV text, for every resource's `path`. */
  files: Map<string, string>;
}

/** The map and its licence, as data/geo/morocco-regions.LICENSE.txt states them. */
export const MAP_FILES = { topology: "geo/morocco-regions.topo.json", licence: "geo/morocco-regions.LICENSE.txt" } as const;
const MAP_LICENCE = { name: "ODbL-1.0", path: "https://opendatacommons.org/licenses/odbl/1-0/", title: "Open Data Commons Open Database License 1.0" };

/**
 * The data package of `data`. `dataAsOf` (the latest release's date) becomes the package's
 * version date; `credit` is the site's credit line; `title` its name.
 */
export function dataPackage(
  data: Datasets,
  meta: { title: string; credit: string; dataAsOf: string; homepage?: string },
  map?: { topology: string; licence: string },
): DataPackage {
  const files = new Map<string, string>();
  for (const key of Object.keys(tables) as TableName[]) files.set(tables[key].file, tableCsv(data, key));
  if (map) {
    files.set(MAP_FILES.topology, map.topology);
    files.set(MAP_FILES.licence, map.licence);
  }
  return { descriptor: dataPackageDescriptor(data, meta, map !== undefined), files };
}

/** The columns of a table, in the schema's order: the header of its CSV and the fields of its resource. */
function tableShape(key: TableName): Record<string, z.ZodType> {
  return (tables[key].schema as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
}

/** The CSV text of one table of the package (the file its resource's `path` names). */
export function tableCsv(data: Datasets, key: TableName): string {
  const names = Object.keys(tableShape(key));
  const rows = data[key] as unknown as Record<string, unknown>[];
  return csvDocument([names, ...rows.map((row) => names.map((n) => cellOf(row[n])))], CSV_STANDARD);
}

/** Rows per piece of `tableCsvPieces`: a few hundred kB of text each. */
const CSV_PIECE_ROWS = 2000;

/**
 * The same text as `tableCsv`, in pieces of a few thousand rows, to write without ever holding the
 * whole file: with a 200,000-row sources.csv, the text, its encoded bytes and the rows behind
 * them took over half a gigabyte at once. Joined, the pieces are exactly `tableCsv`.
 */
export function* tableCsvPieces(data: Datasets, key: TableName): Generator<string> {
  const names = Object.keys(tableShape(key));
  const rows = data[key] as unknown as Record<string, unknown>[];
  const line = (cells: (string | number | null)[]) => cells.map((cell) => csvCell(cell, CSV_STANDARD)).join(CSV_STANDARD.delimiter);
  yield `${BOM}${line(names)}\r\n`;
  for (let start = 0; start < rows.length; start += CSV_PIECE_ROWS) {
    const piece = rows.slice(start, start + CSV_PIECE_ROWS).map((row) => line(names.map((n) => cellOf(row[n]))));
    yield `${piece.join("\r\n")}\r\n`;
  }
}

/**
 * The descriptor (datapackage.json) of the package of `data`, without building its files: a site
 * build writes each file once, and need not hold every CSV (a 200,000-row sources.csv is over
 * 100 MB of text) in memory beside it. `withMap` adds the map resource.
 */
export function dataPackageDescriptor(
  data: Datasets,
  meta: { title: string; credit: string; dataAsOf: string; homepage?: string },
  withMap: boolean,
): Record<string, unknown> {
  const sourceById = new Map(data.sources.map((s) => [s.source_id, s]));
  const resources = (Object.keys(tables) as TableName[]).map((key) => {
    const { file, key: primaryKey, about } = tables[key];
    const shape = tableShape(key);
    const names = Object.keys(shape);
    const rows = data[key] as unknown as Record<string, unknown>[];
    const cited = [...new Set(rows.flatMap((row) => (Array.isArray(row.source_ids) ? (row.source_ids as string[]) : [])))];
    return {
      name: resourceName(file),
      path: file,
      profile: "tabular-data-resource",
      title: file,
      description: about,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: CSV_STANDARD.delimiter, header: true, doubleQuote: true, lineTerminator: "\r\n" },
      schema: { fields: names.map((n) => fieldOf(n, shape[n])), primaryKey: [...primaryKey], missingValues: [""] },
      sources: cited
        .map((id) => sourceById.get(id))
        .filter((s) => s !== undefined)
        .map((s) => ({ title: s.title, path: s.url, publisher: s.publisher, source_id: s.source_id })),
    };
  });
  if (withMap) {
    resources.push({
      name: "morocco-regions",
      path: MAP_FILES.topology,
      title: "morocco-regions.topo.json",
      description: `The 12 regions and 75 prefectures/provinces (TopoJSON), from OpenStreetMap; attribution and share-alike terms in ${MAP_FILES.licence}.`,
      format: "topojson",
      mediatype: "application/json",
      encoding: "utf-8",
      licenses: [MAP_LICENCE],
      sources: [{ title: "OpenStreetMap contributors", path: "https://www.openstreetmap.org/copyright" }],
    } as unknown as (typeof resources)[number]);
  }
  const descriptor: Record<string, unknown> = {
    profile: "data-package",
    name: "feuille-de-route-2025-2027",
    title: meta.title,
    description:
      "Every file of data/: each row that carries a fact names its sources in source_ids (ids of rows in sources.csv). " +
      "An empty cell means unknown, never zero. Text cells starting with = + - @, tab or carriage return are prefixed with an apostrophe so spreadsheets never run them.",
    version: meta.dataAsOf || undefined,
    ...(meta.homepage ? { homepage: meta.homepage } : {}),
    contributors: [{ title: meta.credit, role: "publisher" }],
    // No licence is declared for the compiled CSVs in the repository, so none is claimed here; the
    // map resource carries its own (ODbL). Each CSV row cites its sources.
    sources: data.sources.map((s) => ({ title: s.title, path: s.url })),
    resources,
  };
  return descriptor;
}
