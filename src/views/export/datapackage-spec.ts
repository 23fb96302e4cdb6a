// The rules of the Frictionless Data Package v1 specification that a descriptor and its CSVs must
// meet, written as a checker (no network, no schema download). Sources of the rules:
// https://specs.frictionlessdata.io/data-package/, /data-resource/, /tabular-data-resource/,
// /table-schema/ and /csv-dialect/. Returns every breach found, in words; empty means valid.
import { parse } from "csv-parse/sync";

const NAME = /^[a-z0-9._-]+$/;
const FIELD_TYPES = [
  "string",
  "number",
  "integer",
  "boolean",
  "object",
  "array",
  "date",
  "time",
  "datetime",
  "year",
  "yearmonth",
  "duration",
  "geopoint",
  "geojson",
  "any",
];
const CONSTRAINTS = ["required", "unique", "minLength", "maxLength", "minimum", "maximum", "pattern", "enum"];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A path the spec accepts: a URL, or a POSIX relative path with no "..", not absolute. */
function pathProblem(path: unknown): string | null {
  if (typeof path !== "string" || path === "") return "must be a non-empty string";
  if (/^https?:\/\//.test(path)) return null;
  if (path.startsWith("/") || path.startsWith("~")) return "must not be absolute";
  if (path.split("/").includes("..")) return "must not contain ..";
  if (path.includes("\\")) return "must use / as separator";
  return null;
}

function checkLicences(where: string, licences: unknown, errors: string[]): void {
  if (licences === undefined) return;
  if (!Array.isArray(licences)) return void errors.push(`${where}.licenses must be an array`);
  licences.forEach((l, i) => {
    if (!isObject(l) || (typeof l.name !== "string" && typeof l.path !== "string")) errors.push(`${where}.licenses[${i}] must have a name or a path`);
  });
}

function checkSources(where: string, sources: unknown, errors: string[]): void {
  if (sources === undefined) return;
  if (!Array.isArray(sources)) return void errors.push(`${where}.sources must be an array`);
  sources.forEach((s, i) => {
    if (!isObject(s) || typeof s.title !== "string" || s.title === "") errors.push(`${where}.sources[${i}] must have a title`);
    else if (s.path !== undefined && pathProblem(s.path)) errors.push(`${where}.sources[${i}].path ${pathProblem(s.path)}`);
  });
}

/** Casts one CSV cell to a Table Schema type; returns the value or an error text. */
function castCell(raw: string, type: string): { value: number | string | boolean } | { error: string } {
  switch (type) {
    case "integer":
      return /^-?\d+$/.test(raw) ? { value: Number(raw) } : { error: `"${raw}" is not an integer` };
    case "number":
      return /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(raw) ? { value: Number(raw) } : { error: `"${raw}" is not a number` };
    case "boolean":
      return ["true", "True", "TRUE", "1"].includes(raw)
        ? { value: true }
        : ["false", "False", "FALSE", "0"].includes(raw)
          ? { value: false }
          : { error: `"${raw}" is not a boolean` };
    case "date": {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
      const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
      return d && d.getUTCDate() === +m![3] && d.getUTCMonth() === +m![2] - 1 ? { value: raw } : { error: `"${raw}" is not a date (YYYY-MM-DD)` };
    }
    default:
      return { value: raw };
  }
}

/** Checks a tabular resource's CSV against its schema: header, types, constraints, primary key. */
function checkTable(where: string, resource: Record<string, unknown>, text: string, errors: string[]): void {
  const schema = resource.schema as {
    fields: { name: string; type?: string; constraints?: Record<string, unknown> }[];
    primaryKey?: string | string[];
    missingValues?: string[];
  };
  const dialect = (resource.dialect ?? {}) as { delimiter?: string; header?: boolean };
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let rows: string[][];
  try {
    rows = parse(body, { delimiter: dialect.delimiter ?? ",", relax_column_count: false });
  } catch (e) {
    return void errors.push(`${where}: the CSV does not parse: ${(e as Error).message}`);
  }
  const names = schema.fields.map((f) => f.name);
  if (dialect.header !== false && JSON.stringify(rows[0]) !== JSON.stringify(names))
    errors.push(`${where}: header ${JSON.stringify(rows[0])} differs from the schema's fields ${JSON.stringify(names)}`);
  const missing = schema.missingValues ?? [""];
  const key = schema.primaryKey === undefined ? [] : Array.isArray(schema.primaryKey) ? schema.primaryKey : [schema.primaryKey];
  const seen = new Set<string>();
  rows.slice(dialect.header === false ? 0 : 1).forEach((row, r) => {
    const line = r + 2;
    const values: Record<string, unknown> = {};
    schema.fields.forEach((field, c) => {
      const raw = row[c] ?? "";
      const cons = field.constraints ?? {};
      if (missing.includes(raw)) {
        values[field.name] = null;
        if (cons.required === true || key.includes(field.name)) errors.push(`${where}, line ${line}, field ${field.name}: required but empty`);
        return;
      }
      const cast = castCell(raw, field.type ?? "string");
      if ("error" in cast) return void errors.push(`${where}, line ${line}, field ${field.name}: ${cast.error}`);
      values[field.name] = cast.value;
      if (typeof cast.value === "number") {
        if (typeof cons.minimum === "number" && cast.value < cons.minimum)
          errors.push(`${where}, line ${line}, field ${field.name}: ${raw} is below the minimum ${cons.minimum}`);
        if (typeof cons.maximum === "number" && cast.value > cons.maximum)
          errors.push(`${where}, line ${line}, field ${field.name}: ${raw} is above the maximum ${cons.maximum}`);
      }
      if (Array.isArray(cons.enum) && !cons.enum.includes(cast.value)) errors.push(`${where}, line ${line}, field ${field.name}: "${raw}" is not in its enum`);
      if (typeof cons.pattern === "string" && !new RegExp(`^(?:${cons.pattern})$`).test(raw))
        errors.push(`${where}, line ${line}, field ${field.name}: "${raw}" does not match its pattern`);
    });
    if (key.length > 0) {
      const id = JSON.stringify(key.map((k) => values[k]));
      if (seen.has(id)) errors.push(`${where}, line ${line}: primary key ${id} repeats`);
      seen.add(id);
    }
  });
}

/**
 * Every breach of the Data Package (and Tabular Data Resource, Table Schema, CSV Dialect) spec in
 * `descriptor`; with `files` (path → text), each tabular resource's data is checked too.
 */
export function checkDataPackage(descriptor: unknown, files?: Map<string, string>): string[] {
  const errors: string[] = [];
  if (!isObject(descriptor)) return ["the descriptor must be a JSON object"];
  try {
    JSON.parse(JSON.stringify(descriptor));
  } catch {
    errors.push("the descriptor must be serialisable as JSON");
  }
  if (descriptor.name !== undefined && (typeof descriptor.name !== "string" || !NAME.test(descriptor.name)))
    errors.push("name must be lower-case letters, digits, '.', '-' or '_'");
  for (const key of ["id", "title", "description", "homepage", "version", "image"]) {
    if (descriptor[key] !== undefined && typeof descriptor[key] !== "string") errors.push(`${key} must be a string`);
  }
  if (descriptor.created !== undefined && (typeof descriptor.created !== "string" || Number.isNaN(Date.parse(descriptor.created))))
    errors.push("created must be an RFC 3339 date-time");
  if (descriptor.contributors !== undefined) {
    if (!Array.isArray(descriptor.contributors)) errors.push("contributors must be an array");
    else descriptor.contributors.forEach((c, i) => (!isObject(c) || typeof c.title !== "string") && errors.push(`contributors[${i}] must have a title`));
  }
  checkLicences("package", descriptor.licenses, errors);
  checkSources("package", descriptor.sources, errors);
  if (!Array.isArray(descriptor.resources) || descriptor.resources.length === 0) return [...errors, "resources must be a non-empty array"];
  const names = new Set<string>();
  descriptor.resources.forEach((resource, i) => {
    const where = `resources[${i}]`;
    if (!isObject(resource)) return void errors.push(`${where} must be an object`);
    if (typeof resource.name !== "string" || !NAME.test(resource.name)) errors.push(`${where}.name is required: lower-case letters, digits, '.', '-' or '_'`);
    else if (names.has(resource.name)) errors.push(`${where}.name ${resource.name} is used twice`);
    else names.add(resource.name);
    const hasPath = resource.path !== undefined;
    if (hasPath === (resource.data !== undefined)) errors.push(`${where} must have exactly one of path and data`);
    if (hasPath) {
      for (const p of Array.isArray(resource.path) ? resource.path : [resource.path]) {
        const problem = pathProblem(p);
        if (problem) errors.push(`${where}.path ${problem}`);
        else if (files && !/^https?:/.test(p as string) && !files.has(p as string)) errors.push(`${where}.path ${p} is not in the package`);
      }
    }
    checkLicences(where, resource.licenses, errors);
    checkSources(where, resource.sources, errors);
    if (resource.dialect !== undefined) {
      const d = resource.dialect as Record<string, unknown>;
      if (!isObject(d)) errors.push(`${where}.dialect must be an object`);
      else {
        if (d.delimiter !== undefined && (typeof d.delimiter !== "string" || d.delimiter.length !== 1))
          errors.push(`${where}.dialect.delimiter must be one character`);
        if (d.header !== undefined && typeof d.header !== "boolean") errors.push(`${where}.dialect.header must be true or false`);
      }
    }
    if (resource.profile === "tabular-data-resource" || resource.schema !== undefined) {
      const schema = resource.schema;
      if (!isObject(schema)) return void errors.push(`${where}.schema is required for a tabular data resource`);
      if (!Array.isArray(schema.fields) || schema.fields.length === 0) return void errors.push(`${where}.schema.fields must be a non-empty array`);
      const fieldNames = new Set<string>();
      schema.fields.forEach((f, j) => {
        const fw = `${where}.schema.fields[${j}]`;
        if (!isObject(f) || typeof f.name !== "string" || f.name === "") return void errors.push(`${fw}.name is required`);
        if (fieldNames.has(f.name)) errors.push(`${fw}.name ${f.name} is used twice`);
        fieldNames.add(f.name);
        if (f.type !== undefined && !FIELD_TYPES.includes(f.type as string)) errors.push(`${fw}.type ${String(f.type)} is not a Table Schema type`);
        if (f.constraints !== undefined) {
          if (!isObject(f.constraints)) errors.push(`${fw}.constraints must be an object`);
          else for (const k of Object.keys(f.constraints)) if (!CONSTRAINTS.includes(k)) errors.push(`${fw}.constraints.${k} is not a Table Schema constraint`);
        }
      });
      const key = schema.primaryKey === undefined ? [] : Array.isArray(schema.primaryKey) ? schema.primaryKey : [schema.primaryKey];
      for (const k of key) if (!fieldNames.has(k as string)) errors.push(`${where}.schema.primaryKey ${String(k)} is not a field`);
      if (schema.missingValues !== undefined && (!Array.isArray(schema.missingValues) || schema.missingValues.some((m) => typeof m !== "string")))
        errors.push(`${where}.schema.missingValues must be an array of strings`);
      if (files && typeof resource.path === "string" && files.has(resource.path))
        checkTable(`${where} (${resource.path})`, resource, files.get(resource.path)!, errors);
    }
  });
  if (descriptor.profile === "tabular-data-package") {
    descriptor.resources.forEach(
      (r, i) =>
        isObject(r) &&
        r.profile !== "tabular-data-resource" &&
        r.schema === undefined &&
        errors.push(`resources[${i}] must be a tabular data resource in a tabular data package`),
    );
  }
  return errors;
}
