// Generates data/README.md, the data dictionary, from the schemas; a test fails when it drifts.
import type { z } from "zod";
import { tables } from "./schema";
import type { ColumnDoc } from "./columns";

/** "0 to 100, whole numbers" for a number column with bounds; empty for other columns. */
export function numberRange(doc: Partial<ColumnDoc>, lang: "en" | "fr"): string {
  if (doc.kind !== "number" || (doc.min === undefined && doc.max === undefined)) return "";
  const show = (n: number) => String(n);
  const range = lang === "fr" ? `de ${show(doc.min ?? -Infinity)} à ${show(doc.max ?? Infinity)}` : `${show(doc.min ?? -Infinity)} to ${show(doc.max ?? Infinity)}`;
  return doc.integer ? `${range}${lang === "fr" ? ", nombre entier" : ", whole number"}` : range;
}

/** The markdown text of the data dictionary. */
export function dataDictionary(): string {
  const out: string[] = [
    "# Data dictionary",
    "",
    "<!-- Generated from src/lib/data/schema.ts by `npm run data:document`. Do not edit by hand. -->",
    "",
    "The files in this folder are the only thing the communications team edits. Each is a CSV with a header line,",
    "saved as UTF-8 (a spreadsheet's \"CSV UTF-8\"). Commas or semicolons both work as separators. Dates are",
    "written YEAR-MONTH-DAY (2025-05-28). A file saved by a spreadsheet in French (\";\" separators) may also use",
    "decimal commas (455,0), day-first dates (28/05/2025) and VRAI/FAUX. An empty cell means \"unknown\", never zero.",
    "Every row that carries a fact names its sources in `source_ids`: ids of rows in `sources.csv`, separated by `|`.",
    "",
    "Check your edits with `npm run data:check`: it lists every problem with its file, line and column.",
    "Then record a release with `npm run data:release -- \"what changed\"`: `releases/<release_id>/` keeps a copy of",
    "every file as released, with SHA-256 checksums in `manifest.json`; never edit those folders by hand.",
    "",
  ];
  for (const { file, schema, key, about } of Object.values(tables)) {
    out.push(`## ${file}`, "", about, "", `Each row is unique by: ${key.map((k) => `\`${k}\``).join(" + ")}.`, "");
    out.push("| column | required | meaning | unit | range | allowed values | example |", "|---|---|---|---|---|---|---|");
    for (const [name, column] of Object.entries((schema as z.ZodObject).shape)) {
      const doc = ((column as z.ZodType).meta() ?? {}) as Partial<ColumnDoc>;
      const cell = (s?: string) => (s ?? "").replace(/\|/g, "\\|");
      out.push(`| \`${name}\` | ${doc.required ? "yes" : "no"} | ${cell(doc.description)} | ${cell(doc.unit)} | ${numberRange(doc, "en")} | ${cell(doc.allowed)} | ${cell(doc.example)} |`);
    }
    out.push("");
  }
  out.push("## geo/", "", "`geo/morocco-regions.topo.json`: the 12 regions and 75 prefectures/provinces, simplified from OpenStreetMap (ODbL-1.0). Its licence and the credit line to show are in `geo/morocco-regions.LICENSE.txt`.", "");
  return out.join("\n");
}
