// Reads the CSV files of data/ and validates each row against its schema, collecting every
// problem with its file, line and column.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import { tables, type TableName } from "./schema";
import type { DataIssue } from "./issues";

/** Rows of one table with the line of the file each came from. */
export interface LoadedTable<Row> {
  file: string;
  rows: Row[];
  lines: number[];
}

/** Decodes a file's bytes, refusing encodings other than UTF-8 with a message that says what to do. */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { issue: DataIssue } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, "") };
  } catch {
    return {
      issue: {
        file,
        en: "is not saved as UTF-8 (it looks like Windows-1252 or Latin-1). In your spreadsheet, choose Save as → CSV UTF-8, then try again.",
        fr: "n'est pas enregistré en UTF-8 (il semble être en Windows-1252 ou Latin-1). Dans votre tableur, choisissez Enregistrer sous → CSV UTF-8, puis réessayez.",
      },
    };
  }
}

/** Guesses the separator from the header line: spreadsheets in a French locale save with ";". */
export function detectDelimiter(text: string): "," | ";" {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

/** Parses CSV text into records keyed by header, with the line each record starts on. */
export function parseCsv(text: string, file: string): { records: Record<string, string>[]; lines: number[]; header: string[] } | { issue: DataIssue } {
  try {
    const delimiter = detectDelimiter(text);
    const raw = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, bom: true }) as {
      record: string[];
      info: { lines: number };
    }[];
    if (raw.length === 0) return { issue: { file, en: "is empty: it needs at least a header line.", fr: "est vide : il faut au moins une ligne d'en-tête." } };
    const header = raw[0].record.map((h) => h.trim());
    const records: Record<string, string>[] = [];
    const lines: number[] = [];
    for (const { record, info } of raw.slice(1)) {
      if (record.every((cell) => cell.trim() === "")) continue;
      const row: Record<string, string> = {};
      header.forEach((h, i) => (row[h] = record[i] ?? ""));
      if (record.length > header.length && record.slice(header.length).some((cell) => cell.trim() !== "")) {
        row.__extra = String(record.length);
      }
      records.push(row);
      lines.push(info.lines);
    }
    return { records, lines, header };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/i.exec(message)?.[1];
    return {
      issue: {
        file,
        line: line ? Number(line) : undefined,
        en: `could not be read as CSV (${message}). Check for an unclosed quote mark.`,
        fr: `n'a pas pu être lu comme un CSV (${message}). Vérifiez qu'aucun guillemet n'est resté ouvert.`,
      },
    };
  }
}

/** Validates parsed records against a table schema; returns typed rows and every issue. */
export function validateRecords<S extends z.ZodObject>(
  file: string,
  schema: S,
  parsed: { records: Record<string, string>[]; lines: number[]; header: string[] },
): { table: LoadedTable<z.output<S>>; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const expected = Object.keys(schema.shape);
  const missing = expected.filter((h) => !parsed.header.includes(h));
  const unknown = parsed.header.filter((h) => !expected.includes(h));
  if (missing.length > 0) {
    issues.push({
      file,
      line: 1,
      en: `the header is missing the column(s) ${missing.join(", ")}. The header must be: ${expected.join(",")}`,
      fr: `il manque la ou les colonnes ${missing.join(", ")} dans l'en-tête. L'en-tête doit être : ${expected.join(",")}`,
    });
  }
  if (unknown.length > 0) {
    issues.push({
      file,
      line: 1,
      en: `the header has unknown column(s) ${unknown.map((u) => `"${u}"`).join(", ")}. Expected columns: ${expected.join(",")}`,
      fr: `l'en-tête contient des colonnes inconnues ${unknown.map((u) => `"${u}"`).join(", ")}. Colonnes attendues : ${expected.join(",")}`,
    });
  }
  if (missing.length > 0) return { table: { file, rows: [], lines: [] }, issues };

  const rows: z.output<S>[] = [];
  const lines: number[] = [];
  parsed.records.forEach((record, i) => {
    const line = parsed.lines[i];
    if (record.__extra) {
      issues.push({
        file,
        line,
        en: `has ${record.__extra} cells but the header has ${parsed.header.length}. A value probably contains the separator: put it in double quotes.`,
        fr: `contient ${record.__extra} cellules alors que l'en-tête en a ${parsed.header.length}. Une valeur contient sans doute le séparateur : mettez-la entre guillemets.`,
      });
      return;
    }
    const cells = Object.fromEntries(expected.map((h) => [h, record[h] ?? ""]));
    const result = schema.safeParse(cells);
    if (result.success) {
      rows.push(result.data);
      lines.push(line);
      return;
    }
    for (const problem of result.error.issues) {
      const column = String(problem.path[0] ?? "");
      const fr = (problem as { params?: { fr?: string } }).params?.fr ?? problem.message;
      issues.push({ file, line, column, value: cells[column], en: problem.message, fr });
    }
  });
  return { table: { file, rows, lines }, issues };
}

/** Loads and validates one table from a data folder. */
export function loadTable<K extends TableName>(dataDir: string, name: K) {
  const { file, schema } = tables[name];
  const path = join(dataDir, file);
  if (!existsSync(path)) {
    return {
      table: { file, rows: [], lines: [] },
      issues: [{ file, en: "is missing. Restore it from the last release or create it with its header line.", fr: "est introuvable. Restaurez-le depuis la dernière publication ou créez-le avec sa ligne d'en-tête." }],
    };
  }
  const decoded = decodeUtf8(readFileSync(path), file);
  if ("issue" in decoded) return { table: { file, rows: [], lines: [] }, issues: [decoded.issue] };
  const parsed = parseCsv(decoded.text, file);
  if ("issue" in parsed) return { table: { file, rows: [], lines: [] }, issues: [parsed.issue] };
  return validateRecords(file, schema as unknown as z.ZodObject, parsed) as {
    table: LoadedTable<z.output<(typeof tables)[K]["schema"]>>;
    issues: DataIssue[];
  };
}
