// CSV writing for every download the site offers: RFC 4180 quoting, a byte-order mark so Excel
// reads UTF-8 (accents, Arabic), two dialects, and spreadsheet formula neutralisation (OWASP).

/** How numbers and cells are separated: the international form, or what French Excel expects. */
export interface CsvDialect {
  delimiter: "," | ";";
  decimal: "." | ",";
}

/** Comma-separated, decimal point: read by every tool (pandas, R, Datawrapper, LibreOffice). */
export const CSV_STANDARD: CsvDialect = { delimiter: ",", decimal: "." };
/** Semicolon-separated, decimal comma: opens in columns in Excel set to French. */
export const CSV_EXCEL_FR: CsvDialect = { delimiter: ";", decimal: "," };

/** UTF-8 byte-order mark: without it Excel reads the file as Windows-1252 and garbles "Année". */
export const BOM = "\uFEFF";

/**
 * Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"):
 * = + - @, tab and carriage return at the start of the cell.
 */
export const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"] as const;

/**
 * A text cell a spreadsheet will show as text: one starting with a formula trigger gets a leading
 * apostrophe (OWASP's advice), which Excel and LibreOffice show as text and never evaluate.
 */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && (FORMULA_TRIGGERS as readonly string[]).includes(text[0]) ? `'${text}` : text;
}

/** One cell: numbers stay plain numbers (in the dialect's decimal mark), text is neutralised and quoted. */
export function csvCell(value: string | number | null, dialect: CsvDialect = CSV_STANDARD): string {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`CSV cell: ${value} is not a finite number`);
    const plain = String(value);
    return dialect.decimal === "," ? plain.replace(".", ",") : plain;
  }
  const text = neutraliseFormula(value);
  const needsQuotes = text.includes(dialect.delimiter) || /["\n\r]/.test(text) || text !== value;
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: byte-order mark, one line per row, CRLF line ends (RFC 4180). */
export function csvDocument(rows: (string | number | null)[][], dialect: CsvDialect = CSV_STANDARD): string {
  return BOM + rows.map((row) => row.map((cell) => csvCell(cell, dialect)).join(dialect.delimiter)).join("\r\n") + "\r\n";
}
