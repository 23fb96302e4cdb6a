// Rewrites a data/ CSV the way Excel or LibreOffice in a French locale saves it: ";" separators,
// decimal commas, day-first dates, VRAI/FAUX, a UTF-8 byte-order mark and Windows line ends.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, copyFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import { tables } from "../../src/data/schema";
import { columnKinds } from "../../src/data/load";

/** One cell as a French spreadsheet writes it. */
function frenchCell(cell: string, kind: string | undefined, decimalComma: boolean): string {
  if (kind === "number" && decimalComma && /^-?\d+\.\d+$/.test(cell)) return cell.replace(".", ",");
  if (kind === "date" && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return `${cell.slice(8, 10)}/${cell.slice(5, 7)}/${cell.slice(0, 4)}`;
  if (kind === "bool") return cell === "true" ? "VRAI" : cell === "false" ? "FAUX" : cell;
  return cell;
}

/** Quotes a cell for a ";"-separated file when it needs it. */
function quoteCell(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || cell.includes('"') || /[\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The text of `file` (a data/ CSV) as a French-locale spreadsheet would save it. */
export function toFrenchSpreadsheet(text: string, file: string, { decimalComma = true } = {}): string {
  const table = Object.values(tables).find((t) => t.file === file);
  const kinds = table ? columnKinds(table.schema as unknown as z.ZodObject) : {};
  const rows = parse(text.replace(/^\uFEFF/, ""), { relax_column_count: true }) as string[][];
  const header = rows[0];
  const out = rows.map((row, i) => row.map((cell, c) => quoteCell(i === 0 ? cell : frenchCell(cell, kinds[header[c]], decimalComma), ";")).join(";"));
  return `\uFEFF${out.join("\r\n")}\r\n`;
}

/** Copies a data folder to `target`, rewriting every top-level CSV as a French spreadsheet would. */
export function copyAsFrenchSpreadsheet(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    const from = join(source, name);
    if (statSync(from).isDirectory()) continue;
    if (name.endsWith(".csv")) writeFileSync(join(target, name), toFrenchSpreadsheet(readFileSync(from, "utf8"), name));
    else copyFileSync(from, join(target, name));
  }
}
