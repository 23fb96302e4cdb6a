// Reads the CSV files of data/ and validates each row against its schema, collecting every
// problem with its file, line and column.
import { isUtf8 } from "node:buffer";
import { readFileSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import { tables, olderVersionFor, type TableName } from "./schema";
import type { DataIssue } from "./issues";
import { isRealDate, whyNotNumber, type ColumnDoc } from "./columns";

/** Rows of one table with the line of the file each came from. */
export interface LoadedTable<Row> {
  file: string;
  rows: Row[];
  lines: number[];
  /** Raw cells of rows refused by their own checks: cross-file checks must not report them again. */
  rejected?: Record<string, string>[];
  /** True when the file could not be read at all (missing, encoding, quotes, header): checks that depend on it stop. */
  broken?: boolean;
}

/**
 * Limits that fail early, before a huge file exhausts memory: far above what the site needs
 * (the largest file, sources.csv, has a few hundred rows; the benchmark goes to 200,000).
 */
export const limits = { maxFileBytes: 128 * 1024 * 1024, maxRows: 300_000 };

const saveAsUtf8 = {
  en: 'In Excel choose File → Save as → "CSV UTF-8 (comma delimited)"; in LibreOffice tick "Edit filter settings" when saving and pick "Unicode (UTF-8)". Then run npm run data:check again.',
  fr: "Dans Excel, choisissez Fichier → Enregistrer sous → « CSV UTF-8 (délimité par des virgules) » ; dans LibreOffice, cochez « Éditer les paramètres du filtre » à l'enregistrement et choisissez « Unicode (UTF-8) ». Relancez ensuite npm run data:check.",
};

/** The first byte offset that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return -1;
}

/**
 * "LE" or "BE" when the bytes look like UTF-16 with no byte-order mark: Latin text in UTF-16 has a
 * zero byte beside nearly every character, which UTF-8 text (even with a stray NUL) never has.
 */
function utf16WithoutBom(bytes: Uint8Array): "LE" | "BE" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "LE";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "BE";
  return null;
}

/**
 * Decodes a file's bytes as UTF-8 (with or without a byte-order mark). Any other encoding is refused,
 * not guessed: a Windows-1252 file saved from a spreadsheet has already lost its Arabic text.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { issue: DataIssue } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      issue: {
        file,
        en: `is saved as UTF-16 ("Unicode text"), not as a CSV in UTF-8. ${saveAsUtf8.en}`,
        fr: `est enregistré en UTF-16 (« Texte Unicode »), pas en CSV UTF-8. ${saveAsUtf8.fr}`,
      },
    };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    return {
      issue: {
        file,
        en: `is saved as UTF-16 ${utf16} without a byte-order mark ("Unicode text"), not as a CSV in UTF-8. ${saveAsUtf8.en}`,
        fr: `est enregistré en UTF-16 ${utf16} sans marque d'ordre des octets (« Texte Unicode »), pas en CSV UTF-8. ${saveAsUtf8.fr}`,
      },
    };
  }
  // The native check first (a 70 MB file in milliseconds); the byte walk only to locate a fault.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad < 0) return { text: new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "") };
  let line = 1;
  for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
  const start = bytes.lastIndexOf(0x0a, bad) + 1;
  const end = Math.min(bytes.length, bad + 12);
  const snippet = new TextDecoder("windows-1252").decode(bytes.subarray(Math.max(start, bad - 20), end)).replace(/[\r\n].*$/s, "");
  return {
    issue: {
      file,
      line,
      en: `is not saved as UTF-8 (it looks like Windows-1252 or Latin-1: see "${snippet}"). Arabic text cannot survive that encoding, so the file is refused. ${saveAsUtf8.en}`,
      fr: `n'est pas enregistré en UTF-8 (il semble être en Windows-1252 ou Latin-1 : voir « ${snippet} »). Le texte arabe ne survit pas à cet encodage, le fichier est donc refusé. ${saveAsUtf8.fr}`,
    },
  };
}

/** A CSV file split into records keyed by header, with the line each starts on and its separator. */
export interface ParsedCsv {
  records: Record<string, string>[];
  lines: number[];
  header: string[];
  delimiter?: "," | ";";
  /** Cells on each record's line, when fewer than the header has (a missing cell is never read as empty). */
  shortRows?: Map<number, number>;
}

/** Guesses the separator from the header line: spreadsheets in a French locale save with ";". */
export function detectDelimiter(text: string): "," | ";" {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

/** Parses CSV text into records keyed by header, with the line each record starts on. */
export function parseCsv(text: string, file: string): ParsedCsv | { issue: DataIssue } {
  try {
    const delimiter = detectDelimiter(text);
    // Stop reading one record past the limit: enough to know the file is too long, without parsing all of it.
    const raw = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, bom: true, to: limits.maxRows + 2 }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    if (raw.length === 0) return { issue: { file, en: "is empty: it needs at least a header line.", fr: "est vide : il faut au moins une ligne d'en-tête." } };
    if (raw.length > limits.maxRows + 1) {
      return {
        issue: {
          file,
          line: raw[limits.maxRows + 1].info.lines,
          en: `has more than ${limits.maxRows} rows, the most the site accepts in one file. Check that the file was not duplicated or joined with another one.`,
          fr: `contient plus de ${limits.maxRows} lignes, le maximum accepté dans un fichier. Vérifiez que le fichier n'a pas été dupliqué ou collé à un autre.`,
        },
      };
    }
    const header = raw[0].record.map((h) => h.trim());
    // Spreadsheets sometimes save empty trailing columns (";;"): they carry nothing.
    while (header.length > 0 && header[header.length - 1] === "") header.pop();
    const records: Record<string, string>[] = [];
    const lines: number[] = [];
    const shortRows = new Map<number, number>();
    for (const { record, info } of raw.slice(1)) {
      if (record.every((cell) => cell.trim() === "")) continue;
      const row: Record<string, string> = {};
      header.forEach((h, i) => (row[h] = record[i] ?? ""));
      if (record.length < header.length) shortRows.set(records.length, record.length);
      if (record.length > header.length && record.slice(header.length).some((cell) => cell.trim() !== "")) {
        row.__extra = String(record.length);
      }
      records.push(row);
      lines.push(info.lines);
    }
    return { records, lines, header, delimiter, shortRows };
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

/** What each column of a schema holds (number, date, bool), from the column metadata. */
export function columnKinds(schema: z.ZodObject): Record<string, ColumnDoc["kind"]> {
  return Object.fromEntries(Object.entries(schema.shape).map(([name, col]) => [name, ((col as z.ZodType).meta() as Partial<ColumnDoc> | undefined)?.kind]));
}

/**
 * Undoes what a spreadsheet in a French locale writes in a ";"-separated file: a decimal comma
 * ("455,0" → "455.0") and a day-first date ("28/05/2025" → "2025-05-28"). Anything else is left
 * for the column to accept or refuse, so nothing is ever guessed.
 */
export function fromFrenchSpreadsheet(raw: string, kind: ColumnDoc["kind"]): string {
  const cell = raw.trim();
  if (kind === "number" && /^-?\d+,\d+$/.test(cell)) return cell.replace(",", ".");
  // French thousands ("3 556 729", "1 430,1" with a space, non-breaking or narrow space) are
  // unambiguous in a ";" file, where the comma can only be the decimal mark.
  if (kind === "number" && /^-?\d{1,3}([ \u00a0\u202f]\d{3})+(,\d+)?$/.test(cell)) return cell.replace(/[ \u00a0\u202f]/g, "").replace(",", ".");
  if (kind === "date") {
    const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
    const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, "0")}-${dmy[1].padStart(2, "0")}` : "";
    // An impossible day (31/02/2025) is left as typed, so the message quotes what the editor wrote.
    if (dmy && isRealDate(iso)) return iso;
  }
  return raw;
}

/** C0 and C1 control characters other than tab and line ends, and U+FFFE/U+FFFF: invisible, and they break SVG, XML and PNG export. */
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;

/** The problem with a cell holding a control character, or null. */
export function controlCharacterIssue(cell: string): { en: string; fr: string } | null {
  const found = controlCharacter.exec(cell);
  if (!found) return null;
  const code = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  const position = found.index + 1;
  return {
    en: `holds an invisible control character (${code}, character ${position} of the cell), usually pasted from another program. Retype the cell.`,
    fr: `contient un caractère de contrôle invisible (${code}, caractère ${position} de la cellule), souvent collé depuis un autre logiciel. Retapez la cellule.`,
  };
}

/** True when an Arabic cell is only question marks: what a non-Unicode save leaves of Arabic letters. */
export function lostArabic(cell: string): boolean {
  return (
    /\?{2,}/.test(cell) && !/[\p{L}]/u.test(cell.replace(/[a-z]/gi, "")) && /^[?\s\d\p{P}\p{S}a-z]*$/iu.test(cell) && (cell.match(/\?/g)?.length ?? 0) >= 3
  );
}

/** The documentation of each column of a schema. */
function columnDocs(schema: z.ZodObject): Record<string, Partial<ColumnDoc>> {
  return Object.fromEntries(Object.entries(schema.shape).map(([name, col]) => [name, ((col as z.ZodType).meta() ?? {}) as Partial<ColumnDoc>]));
}

/** Validates parsed records against a table schema; returns typed rows and every issue. */
export function validateRecords<S extends z.ZodObject>(file: string, schema: S, parsed: ParsedCsv): { table: LoadedTable<z.output<S>>; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const unreadable = () => ({ table: { file, rows: [], lines: [], rejected: [], broken: true }, issues });
  const expected = Object.keys(schema.shape);
  // A column typed twice: the loader cannot know which copy is right, so nothing of the file is used.
  const duplicated = [...new Set(parsed.header.filter((h, i) => h !== "" && parsed.header.indexOf(h) !== i))];
  for (const h of duplicated) {
    issues.push({
      file,
      line: 1,
      column: h,
      en: `the header has the column ${h} twice. Delete one of the two columns (keep the one with the right values).`,
      fr: `l'en-tête contient deux fois la colonne ${h}. Supprimez l'une des deux colonnes (gardez celle qui a les bonnes valeurs).`,
    });
  }
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
  // Cells under an unknown or doubled header cannot be placed in the right column: stop here.
  if (missing.length > 0 || duplicated.length > 0 || unknown.length > 0) return unreadable();
  const docs = columnDocs(schema);

  const rows: z.output<S>[] = [];
  const lines: number[] = [];
  const rejected: Record<string, string>[] = [];
  parsed.records.forEach((record, i) => {
    const line = parsed.lines[i];
    const cells = Object.fromEntries(expected.map((h) => [h, record[h] ?? ""]));
    const reject = () => rejected.push(cells);
    if (record.__extra) {
      issues.push({
        file,
        line,
        en: `has ${record.__extra} cells but the header has ${parsed.header.length}. A value probably contains the separator: put it in double quotes.`,
        fr: `contient ${record.__extra} cellules alors que l'en-tête en a ${parsed.header.length}. Une valeur contient sans doute le séparateur : mettez-la entre guillemets.`,
      });
      return reject();
    }
    const short = parsed.shortRows?.get(i);
    if (short !== undefined) {
      issues.push({
        file,
        line,
        en: `has ${short} cells but the header has ${parsed.header.length}. A separator is missing (an empty cell still needs its separator), or a line was cut in two.`,
        fr: `contient ${short} cellules alors que l'en-tête en a ${parsed.header.length}. Un séparateur manque (une cellule vide garde son séparateur), ou une ligne a été coupée en deux.`,
      });
      return reject();
    }
    const failed = new Set<string>();
    for (const h of expected) {
      const control = controlCharacterIssue(cells[h]);
      if (control) {
        issues.push({ file, line, column: h, value: cells[h], ...control });
        failed.add(h);
      }
    }
    if (parsed.delimiter === ";") {
      for (const h of expected) {
        if (failed.has(h)) continue;
        const typed = cells[h];
        cells[h] = fromFrenchSpreadsheet(typed, docs[h].kind);
        // In a ";" file the advice on a number speaks that file's dialect (decimal comma).
        const doc = docs[h];
        if (doc.kind === "number" && cells[h].trim() !== "" && !/^-?\d+(\.\d+)?$/.test(cells[h].trim())) {
          issues.push({
            file,
            line,
            column: h,
            value: typed,
            ...whyNotNumber(typed.trim(), { description: doc.description ?? "", example: doc.example ?? "", unit: doc.unit }, ";"),
          });
          failed.add(h);
        }
      }
    }
    for (const h of expected) {
      if (!failed.has(h) && h.endsWith("_ar") && lostArabic(cells[h])) {
        issues.push({
          file,
          line,
          column: h,
          value: cells[h],
          en: `holds question marks where Arabic text should be: the file was saved in an encoding without Arabic letters and the text is lost. Restore the file from the last release, then save it as CSV UTF-8.`,
          fr: `contient des points d'interrogation à la place du texte arabe : le fichier a été enregistré dans un encodage sans lettres arabes et le texte est perdu. Restaurez le fichier depuis la dernière publication, puis enregistrez-le en CSV UTF-8.`,
        });
      }
    }
    const result = schema.safeParse(cells);
    if (result.success && failed.size === 0) {
      rows.push(result.data);
      lines.push(line);
      return;
    }
    reject();
    if (result.success) return;
    for (const problem of result.error.issues) {
      const column = String(problem.path[0] ?? "");
      if (failed.has(column)) continue;
      const fr = (problem as { params?: { fr?: string } }).params?.fr ?? problem.message;
      issues.push({ file, line, column, value: cells[column], en: problem.message, fr });
    }
  });
  return { table: { file, rows, lines, rejected }, issues };
}

/** Whether `dataDir` is a release snapshot whose manifest does not list `file` (the file came later). */
function predatesSnapshot(dataDir: string, file: string): boolean {
  const manifest = join(dataDir, "manifest.json");
  if (!existsSync(manifest)) return false;
  const files = (JSON.parse(readFileSync(manifest, "utf8")) as { files?: Record<string, unknown> }).files ?? {};
  return !(file in files);
}

/** Loads and validates one table from a data folder. */
export function loadTable<K extends TableName>(dataDir: string, name: K) {
  const { file, schema } = tables[name];
  const path = join(dataDir, file);
  const broken = (issue: DataIssue) => ({ table: { file, rows: [], lines: [], rejected: [], broken: true }, issues: [issue] });
  if (!existsSync(path)) {
    // A release snapshot made before this dataset existed does not list it: it is empty there, not missing.
    if (predatesSnapshot(dataDir, file)) return { table: { file, rows: [], lines: [], rejected: [] }, issues: [] };
    return broken({
      file,
      en: "is missing. Restore it from the last release or create it with its header line.",
      fr: "est introuvable. Restaurez-le depuis la dernière publication ou créez-le avec sa ligne d'en-tête.",
    });
  }
  // Checked before reading, so a runaway file fails at once instead of exhausting memory.
  const bytes = statSync(path).size;
  if (bytes > limits.maxFileBytes) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    return broken({
      file,
      en: `is ${mb(bytes)}, more than the ${mb(limits.maxFileBytes)} the site accepts for one file. Check that it was not duplicated or saved with another file pasted in.`,
      fr: `pèse ${mb(bytes)}, plus que les ${mb(limits.maxFileBytes)} acceptés pour un fichier. Vérifiez qu'il n'a pas été dupliqué ou enregistré avec un autre fichier collé dedans.`,
    });
  }
  const decoded = decodeUtf8(readFileSync(path), file);
  if ("issue" in decoded) return broken(decoded.issue);
  const parsed = parseCsv(decoded.text, file);
  if ("issue" in parsed) return broken(parsed.issue);
  // A release snapshot is read with the columns it was written with, then upgraded (see olderVersions).
  const older = existsSync(join(dataDir, "manifest.json")) ? olderVersionFor(name, parsed.header) : undefined;
  if (older) {
    const result = validateRecords(file, older.schema, parsed);
    return { table: { ...result.table, rows: result.table.rows.map((row) => older.upgrade(row as Record<string, unknown>)) }, issues: result.issues } as {
      table: LoadedTable<z.output<(typeof tables)[K]["schema"]>>;
      issues: DataIssue[];
    };
  }
  return validateRecords(file, schema as unknown as z.ZodObject, parsed) as {
    table: LoadedTable<z.output<(typeof tables)[K]["schema"]>>;
    issues: DataIssue[];
  };
}

/** Folds a name for comparison: lower case, no accents, letters and digits only. */
function fold(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Columns where people type a name instead of the code, and where to look the name up. */
const referenceHints: { column: string; rows: (loaded: NamedRows) => Record<string, unknown>[]; idColumn: string; nameColumns: string[] }[] = [
  {
    column: "region_code",
    rows: (l) => l.regions,
    idColumn: "region_code",
    nameColumns: ["name_fr", "name_ar", "name_en", "capital_fr", "capital_ar", "capital_en"],
  },
  { column: "sector_id", rows: (l) => l.sectors, idColumn: "sector_id", nameColumns: ["name_fr", "name_ar", "name_en"] },
];
type NamedRows = { regions: Record<string, unknown>[]; sectors: Record<string, unknown>[] };

/**
 * Adds "did you mean MA-06 (Casablanca-Settat)?" to problems where a region or sector was typed by
 * its name instead of its code, using the names in regions.csv and sectors.csv.
 */
export function suggestCodes(issues: DataIssue[], loaded: NamedRows): DataIssue[] {
  return issues.map((issue) => {
    const hint = referenceHints.find((h) => h.column === issue.column);
    if (!hint || !issue.value) return issue;
    const wanted = fold(issue.value);
    const match = hint.rows(loaded).find((row) => hint.nameColumns.some((c) => typeof row[c] === "string" && fold(row[c] as string) === wanted));
    if (!match) {
      if (issue.column !== "region_code" || /data\/regions\.csv/.test(issue.en) || loaded.regions.length === 0) return issue;
      const codes = loaded.regions.map((r) => String(r.region_code)).join(", ");
      return {
        ...issue,
        en: `${issue.en}. Use one of the codes in data/regions.csv: ${codes}`,
        fr: `${issue.fr}. Utilisez l'un des codes de data/regions.csv : ${codes}`,
      };
    }
    const code = String(match[hint.idColumn]);
    const label = String(match.name_fr ?? code);
    return {
      ...issue,
      en: `${issue.en} — "${issue.value}" is a name: write its code ${code} (${label}).`,
      fr: `${issue.fr} — « ${issue.value} » est un nom : écrivez son code ${code} (${label}).`,
    };
  });
}
