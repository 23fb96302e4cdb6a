// What changed between two snapshots of data/, row by row: pure data, no words. The changelog
// (src/views/pages/changelog.ts) turns these changes into sentences in each language.
// Snapshots are read leniently (no schema validation), so an old release stays readable after
// the schemas grow a column.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { tables, type TableName } from "./schema";
import { decodeUtf8, parseCsv, columnKinds, fromFrenchSpreadsheet } from "./load";

/** The rows of every table of one snapshot, as cleaned strings keyed by column. */
export type RawTables = Partial<Record<TableName, Record<string, string>[]>>;

/** One change to one row. */
export type RowChange =
  | { kind: "added"; table: TableName; key: string; row: Record<string, string> }
  | { kind: "removed"; table: TableName; key: string; row: Record<string, string> }
  | { kind: "changed"; table: TableName; key: string; row: Record<string, string>; column: string; from: string; to: string };

/** The spellings a bool column accepts, reduced to one, so VRAI and true are no change. */
const boolWords: Record<string, string> = {
  true: "true",
  yes: "true",
  oui: "true",
  vrai: "true",
  "1": "true",
  false: "false",
  no: "false",
  non: "false",
  faux: "false",
  "0": "false",
};

/** Reads every CSV of a snapshot folder into raw rows; unreadable files are skipped. */
export function readRawTables(dir: string): RawTables {
  const out: RawTables = {};
  for (const [name, { file, schema }] of Object.entries(tables) as [TableName, (typeof tables)[TableName]][]) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const decoded = decodeUtf8(readFileSync(path), file);
    if ("issue" in decoded) continue;
    const parsed = parseCsv(decoded.text, file);
    if ("issue" in parsed) continue;
    const kinds = columnKinds(schema as unknown as z.ZodObject);
    out[name] = parsed.records.map((record) => {
      const row: Record<string, string> = {};
      for (const h of parsed.header) {
        let cell = (record[h] ?? "").trim();
        if (parsed.delimiter === ";") cell = fromFrenchSpreadsheet(cell, kinds[h]).trim();
        if (kinds[h] === "number" && cell !== "" && Number.isFinite(Number(cell))) cell = String(Number(cell));
        if (kinds[h] === "bool") cell = boolWords[cell.toLowerCase()] ?? cell;
        row[h] = cell;
      }
      return row;
    });
  }
  return out;
}

/** Every row added, removed or changed between two snapshots (the releases table itself excluded). */
export function diffTables(before: RawTables, after: RawTables): RowChange[] {
  const changes: RowChange[] = [];
  for (const table of Object.keys(tables) as TableName[]) {
    if (table === "releases") continue;
    const key = tables[table].key as readonly string[];
    const keyOf = (row: Record<string, string>) => key.map((k) => row[k] ?? "").join(" + ");
    const old = new Map((before[table] ?? []).map((r) => [keyOf(r), r]));
    const now = new Map((after[table] ?? []).map((r) => [keyOf(r), r]));
    for (const [k, row] of now) {
      const was = old.get(k);
      if (!was) {
        changes.push({ kind: "added", table, key: k, row });
        continue;
      }
      for (const column of Object.keys(row)) {
        if ((was[column] ?? "") !== row[column]) changes.push({ kind: "changed", table, key: k, row, column, from: was[column] ?? "", to: row[column] });
      }
    }
    for (const [k, row] of old) if (!now.has(k)) changes.push({ kind: "removed", table, key: k, row });
  }
  return changes;
}
