// Column types for the CSV schemas. Each one validates a raw cell and, when it fails, says in
// French and English what is wrong and what would be valid, so a non-developer can fix the file.
import { z } from "zod";

/** What the data dictionary says about a column. */
export interface ColumnDoc {
  description: string;
  unit?: string;
  allowed?: string;
  example: string;
  required: boolean;
  /** What the cell holds, so the loader can undo spreadsheet habits (decimal comma, French dates). */
  kind?: "number" | "date" | "bool";
  /** Plausible range of a number column, inclusive; shown in the dictionary. */
  min?: number;
  max?: number;
  integer?: boolean;
  /** A date column that also takes a month (YYYY-MM) or a year alone, as precise as its source. */
  partialDate?: boolean;
}

/** The outcome of reading one cell. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; en: string; fr: string };

const fail = (en: string, fr: string) => ({ ok: false as const, en, fr });

/** Builds a zod schema for one CSV column from a cell parser and its documentation. */
export function column<T>(doc: ColumnDoc, parse: (raw: string) => CellResult<T>) {
  return z
    .string()
    .transform((raw, ctx): T => {
      const result = parse(raw.trim());
      if (!result.ok) {
        ctx.addIssue({ code: "custom", message: result.en, params: { fr: result.fr } });
        return z.NEVER;
      }
      return result.value;
    })
    .meta({ ...doc });
}

type Doc = Omit<ColumnDoc, "required">;

function required<T>(doc: Doc, parse: (raw: string) => CellResult<T>) {
  return column<T>({ ...doc, required: true }, (raw) =>
    raw === ""
      ? fail(`is empty (expected ${doc.description}, such as ${doc.example})`, `est vide (attendu : ${doc.description}, par exemple ${doc.example})`)
      : parse(raw),
  );
}

function optional<T>(doc: Doc, parse: (raw: string) => CellResult<T>) {
  return column<T | null>({ ...doc, required: false }, (raw) => (raw === "" ? { ok: true, value: null } : parse(raw)));
}

const quote = (raw: string) => `"${raw}"`;

/** French wording of the units the schemas use, for messages. */
const unitFr: Record<string, string> = {
  "billions of MAD": "milliards de MAD",
  people: "personnes",
  firms: "entreprises",
  percent: "pour cent",
  "degrees north": "degrés nord",
  "degrees east (negative is west)": "degrés est (négatif à l'ouest)",
};

/** Explains why a cell that should hold a number does not, including spreadsheet habits. */
export function whyNotNumber(raw: string, doc: Doc, delimiter: "," | ";" = ","): { en: string; fr: string } {
  // A ";" file is a French spreadsheet's: its decimals are written with a comma, so the advice says so.
  const decimals =
    delimiter === ";"
      ? { en: "a comma for decimals (455,0)", fr: "une virgule pour les décimales (455,0)" }
      : { en: "a point for decimals", fr: "un point pour les décimales" };
  const expected = `${doc.unit ? doc.unit : "a number"}, such as ${doc.example}`;
  const attendu = `${doc.unit ? (unitFr[doc.unit] ?? doc.unit) : "un nombre"}, par exemple ${doc.example}`;
  const digitsOnly = raw.replace(/[^\d.,-]/g, "");
  const hasSpaceGroups = /^-?\d{1,3}([ \u00a0\u202f']\d{3})+([.,]\d+)?$/.test(raw);
  const hasPointAndComma = /^-?\d{1,3}(\.\d{3})+,\d+$/.test(raw) || /^-?\d{1,3}(,\d{3})+\.\d+$/.test(raw) || /^-?\d{1,3}([.,]\d{3}){2,}$/.test(raw);
  if (hasSpaceGroups || hasPointAndComma) {
    return {
      en: `${quote(raw)} has a thousands separator; write the digits only, with ${decimals.en} (expected ${expected})`,
      fr: `${quote(raw)} contient un séparateur de milliers ; écrivez seulement les chiffres, avec ${decimals.fr} (attendu : ${attendu})`,
    };
  }
  if (/^-?\d{1,3},\d{3}$/.test(raw)) {
    const [int, frac] = raw.split(",");
    return {
      en: `${quote(raw)} is ambiguous in a comma-separated file: write ${int}${frac} if the comma separates thousands, or ${int}.${frac} if it is a decimal comma (expected ${expected})`,
      fr: `${quote(raw)} est ambigu dans un fichier séparé par des virgules : écrivez ${int}${frac} si la virgule sépare les milliers, ou ${int}.${frac} si c'est une virgule décimale (attendu : ${attendu})`,
    };
  }
  if (/^-?\d+,\d+$/.test(raw)) {
    const pointed = raw.replace(",", ".");
    return {
      en: `${quote(raw)} uses a decimal comma in a comma-separated file; write ${pointed} with a point, or save the file with ";" as separator (expected ${expected})`,
      fr: `${quote(raw)} utilise une virgule décimale dans un fichier séparé par des virgules ; écrivez ${pointed} avec un point, ou enregistrez le fichier avec ";" comme séparateur (attendu : ${attendu})`,
    };
  }
  if (/^-?\d+([.,]\d+)?\s*[\p{L}%$€]+/u.test(raw) || /^[\p{L}$€]+\.?\s*-?\d/u.test(raw)) {
    return {
      en: `${quote(raw)} contains a unit or text; write the number alone${digitsOnly ? `, such as ${digitsOnly.replace(",", ".")}` : ""} (expected ${expected})`,
      fr: `${quote(raw)} contient une unité ou du texte ; écrivez le nombre seul${digitsOnly ? `, par exemple ${digitsOnly.replace(",", ".")}` : ""} (attendu : ${attendu})`,
    };
  }
  return { en: `${quote(raw)} is not a number (expected ${expected})`, fr: `${quote(raw)} n'est pas un nombre (attendu : ${attendu})` };
}

function parseNumber(doc: Doc, opts: { min?: number; max?: number; integer?: boolean }) {
  return (raw: string): CellResult<number> => {
    if (!/^-?\d+(\.\d+)?$/.test(raw)) return { ok: false, ...whyNotNumber(raw, doc) };
    // "76.000" is how Moroccan and French press write 76000: never read it as 76.
    const grouped = /^(-?[1-9]\d{0,2})\.000$/.exec(raw);
    if (grouped) {
      return fail(
        `${quote(raw)} is ambiguous: write ${grouped[1]}000 if the point separates thousands, or ${grouped[1]} otherwise (expected ${doc.example})`,
        `${quote(raw)} est ambigu : écrivez ${grouped[1]}000 si le point sépare les milliers, ou ${grouped[1]} sinon (attendu : ${doc.example})`,
      );
    }
    const value = Number(raw);
    if (opts.integer && !Number.isInteger(value)) {
      return fail(`${quote(raw)} is not a whole number (expected ${doc.example})`, `${quote(raw)} n'est pas un nombre entier (attendu : ${doc.example})`);
    }
    if (opts.min !== undefined && value < opts.min) {
      return fail(`${quote(raw)} is below ${opts.min}, the smallest allowed value`, `${quote(raw)} est inférieur à ${opts.min}, la plus petite valeur permise`);
    }
    if (opts.max !== undefined && value > opts.max) {
      return fail(`${quote(raw)} is above ${opts.max}, the largest allowed value`, `${quote(raw)} est supérieur à ${opts.max}, la plus grande valeur permise`);
    }
    return { ok: true, value };
  };
}

/** A number in a stated unit; `min`/`max` bound it. */
export function num(doc: Doc & { min?: number; max?: number; integer?: boolean }) {
  return required({ ...doc, kind: "number" }, parseNumber(doc, doc));
}
/** A number that may be empty (empty means unknown, never zero). */
export function numOrEmpty(doc: Doc & { min?: number; max?: number; integer?: boolean }) {
  return optional({ ...doc, kind: "number" }, parseNumber(doc, doc));
}

/** A calendar year between 1990 and 2040. */
export function year(description = "a year (four digits)", example = "2024") {
  return num({ description, example, min: 1990, max: 2040, integer: true });
}
/** A year that may be empty. */
export function yearOrEmpty(description = "a year (four digits), or empty if unknown", example = "2024") {
  return numOrEmpty({ description, example, min: 1990, max: 2040, integer: true });
}

/** True when "YYYY-MM-DD" names a day that exists. */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function parseDate(raw: string): CellResult<string> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1990 && y <= 2040) {
      return { ok: true, value: raw };
    }
    return fail(`${quote(raw)} is not a real date between 1990 and 2040`, `${quote(raw)} n'est pas une date réelle entre 1990 et 2040`);
  }
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  // Day first as in French, unless only month-first makes sense (05/28/2025).
  const monthFirst = dmy && Number(dmy[2]) > 12 && Number(dmy[1]) <= 12;
  const [dd, mm] = dmy ? (monthFirst ? [dmy[2], dmy[1]] : [dmy[1], dmy[2]]) : ["", ""];
  const candidate = dmy ? `${dmy[3]}-${mm.padStart(2, "0")}-${dd.padStart(2, "0")}` : "";
  // Never suggest a date that does not exist (31/02/2025 is not 2025-02-31).
  if (dmy && !isRealDate(candidate)) {
    return fail(
      `${quote(raw)} is not a real date (no such day in that month); write it YEAR-MONTH-DAY, for example 2025-05-28`,
      `${quote(raw)} n'est pas une date réelle (ce jour n'existe pas dans ce mois) ; écrivez-la ANNÉE-MOIS-JOUR, par exemple 2025-05-28`,
    );
  }
  const hint = dmy ? ` ${candidate}` : " 2025-05-28";
  return fail(
    `${quote(raw)} is not a date in the form YEAR-MONTH-DAY (for example${hint})`,
    `${quote(raw)} n'est pas une date au format ANNÉE-MOIS-JOUR (par exemple${hint})`,
  );
}

/** An ISO date YYYY-MM-DD. */
export function date(description: string, example = "2025-05-28") {
  return required({ description, example, unit: "YYYY-MM-DD", kind: "date" }, parseDate);
}
/** An ISO date that may be empty. */
export function dateOrEmpty(description: string, example = "2025-05-28") {
  return optional({ description, example, unit: "YYYY-MM-DD", kind: "date" }, parseDate);
}

/** Free text that must be filled in. */
export function text(description: string, example: string) {
  return required({ description, example }, (raw) => ({ ok: true, value: raw }));
}
/** Free text that may be empty. */
export function textOrEmpty(description: string, example: string) {
  return column<string>({ description, example, required: false }, (raw) => ({ ok: true, value: raw }));
}

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A stable identifier in lower-case kebab-case. */
export function id(description: string, example: string) {
  return required({ description, example, allowed: "lower-case letters, digits and hyphens" }, (raw) =>
    kebab.test(raw)
      ? { ok: true, value: raw }
      : fail(
          `${quote(raw)} is not a valid identifier (use lower-case letters, digits and hyphens, such as ${example})`,
          `${quote(raw)} n'est pas un identifiant valide (lettres minuscules, chiffres et tirets, par exemple ${example})`,
        ),
  );
}
/** An identifier that may be empty. */
export function idOrEmpty(description: string, example: string) {
  return optional({ description, example, allowed: "lower-case letters, digits and hyphens" }, (raw) =>
    kebab.test(raw)
      ? { ok: true, value: raw }
      : fail(`${quote(raw)} is not a valid identifier (such as ${example})`, `${quote(raw)} n'est pas un identifiant valide (par exemple ${example})`),
  );
}

/** A code matching a pattern, such as an ISO 3166-2 region code. */
export function code(description: string, pattern: RegExp, example: string) {
  return required({ description, example, allowed: `codes like ${example}` }, (raw) =>
    pattern.test(raw)
      ? { ok: true, value: raw }
      : fail(
          `${quote(raw)} is not a valid code (expected something like ${example})`,
          `${quote(raw)} n'est pas un code valide (attendu : par exemple ${example})`,
        ),
  );
}
/** A code that may be empty. */
export function codeOrEmpty(description: string, pattern: RegExp, example: string) {
  return optional({ description, example, allowed: `codes like ${example}, or empty` }, (raw) =>
    pattern.test(raw)
      ? { ok: true, value: raw }
      : fail(
          `${quote(raw)} is not a valid code (expected something like ${example}, or empty)`,
          `${quote(raw)} n'est pas un code valide (attendu : par exemple ${example}, ou vide)`,
        ),
  );
}

/** One value out of a fixed list. */
export function oneOf<const T extends readonly [string, ...string[]]>(description: string, values: T) {
  const list = values.join(", ");
  return required({ description, example: values[0], allowed: list }, (raw) => {
    if ((values as readonly string[]).includes(raw)) return { ok: true, value: raw as T[number] };
    const folded = values.find((v) => v.toLowerCase() === raw.toLowerCase());
    const hint = folded ? ` — did you mean ${folded}?` : "";
    const indice = folded ? ` — vouliez-vous dire ${folded} ?` : "";
    return fail(`${quote(raw)} is not allowed (expected one of: ${list})${hint}`, `${quote(raw)} n'est pas permis (valeurs possibles : ${list})${indice}`);
  });
}

/** One value out of a fixed list, or empty when unknown. */
export function oneOfOrEmpty<const T extends readonly [string, ...string[]]>(description: string, values: T) {
  const inner = oneOf(description, values);
  return optional({ description, example: values[0], allowed: `${values.join(", ")}, or empty` }, (raw) => {
    const result = inner.safeParse(raw);
    return result.success
      ? { ok: true, value: result.data }
      : fail(result.error.issues[0].message, (result.error.issues[0] as { params?: { fr?: string } }).params?.fr ?? result.error.issues[0].message);
  });
}

/** true or false (also accepts yes/no, oui/non, and VRAI/FAUX as a French spreadsheet saves them). */
export function bool(description: string) {
  return required({ description, example: "true", allowed: "true, false", kind: "bool" }, (raw) => {
    const v = raw.toLowerCase();
    if (["true", "yes", "oui", "vrai", "1"].includes(v)) return { ok: true, value: true };
    if (["false", "no", "non", "faux", "0"].includes(v)) return { ok: true, value: false };
    return fail(`${quote(raw)} is not true or false`, `${quote(raw)} n'est ni true ni false`);
  });
}

/** A list of source ids separated by "|"; at least one. */
export function sourceIds(description = "ids of rows in data/sources.csv, separated by |") {
  return required({ description, example: "yabiladi-167616|barlamane-449172" }, (raw) => {
    const ids = raw
      .split("|")
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = ids.find((s) => !kebab.test(s));
    if (bad !== undefined || ids.length === 0) {
      return fail(
        `${quote(raw)} is not a list of source ids separated by | (such as yabiladi-167616|barlamane-449172)`,
        `${quote(raw)} n'est pas une liste d'identifiants de sources séparés par | (par exemple yabiladi-167616|barlamane-449172)`,
      );
    }
    return { ok: true, value: ids };
  });
}

/** A web address starting with http:// or https://. */
export function url(description: string) {
  return required({ description, example: "https://www.yabiladi.com/articles/details/167616/…" }, (raw) => {
    try {
      const u = new URL(raw);
      if (u.protocol === "https:" || u.protocol === "http:") return { ok: true, value: raw };
    } catch {
      /* falls through to the message below */
    }
    return fail(
      `${quote(raw)} is not a web address (it must start with https:// or http://)`,
      `${quote(raw)} n'est pas une adresse web (elle doit commencer par https:// ou http://)`,
    );
  });
}
