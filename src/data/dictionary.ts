// Generates data/README.md, the data dictionary, from the schemas; a test fails when it drifts.
import type { z } from "zod";
import { tables } from "./schema";
import type { ColumnDoc } from "./columns";
import { dictionaryFr } from "./dictionary-fr";
import { limits } from "./load";

/** "0 to 100, whole numbers" for a number column with bounds; empty for other columns. */
export function numberRange(doc: Partial<ColumnDoc>, lang: "en" | "fr"): string {
  if (doc.kind !== "number" || (doc.min === undefined && doc.max === undefined)) return "";
  const show = (n: number) => String(n);
  const range =
    lang === "fr" ? `de ${show(doc.min ?? -Infinity)} à ${show(doc.max ?? Infinity)}` : `${show(doc.min ?? -Infinity)} to ${show(doc.max ?? Infinity)}`;
  return doc.integer ? `${range}${lang === "fr" ? ", nombre entier" : ", whole number"}` : range;
}

/** The French of a schema text; English in brackets when the translation is missing (the test names it). */
export function inFrench(text: string | undefined): string {
  if (!text) return "";
  if (dictionaryFr[text]) return dictionaryFr[text];
  const like = /^codes like (.+?)(, or empty)?$/.exec(text);
  if (like) return `codes comme ${like[1]}${like[2] ? ", ou vide" : ""}`;
  const list = /^(.+?), or empty$/.exec(text);
  if (list) return `${list[1]}, ou vide`;
  // Lists of allowed values are codes, the same in every language.
  if (/^[a-z0-9_-]+(, [a-z0-9_-]+)*$/.test(text)) return text;
  return `[${text}]`;
}

/** Schema texts with no French in dictionary-fr.ts. */
export function missingFrench(): string[] {
  const texts = Object.values(tables).flatMap(({ schema, about }) => [
    about,
    ...Object.values((schema as z.ZodObject).shape).flatMap((column) => {
      const doc = ((column as z.ZodType).meta() ?? {}) as Partial<ColumnDoc>;
      return [doc.description, doc.unit, doc.allowed];
    }),
  ]);
  return [...new Set(texts.filter((t): t is string => Boolean(t) && inFrench(t).startsWith("[")))];
}

const cell = (s?: string) => (s ?? "").replace(/\|/g, "\\|");

/** The tables of every file, in one language. */
function fileSections(lang: "fr" | "en"): string[] {
  const out: string[] = [];
  const say = (text: string | undefined) => (lang === "fr" ? inFrench(text) : (text ?? ""));
  for (const { file, schema, key, about } of Object.values(tables)) {
    out.push(`### ${file}`, "", say(about), "");
    out.push(
      lang === "fr"
        ? `Chaque ligne est unique par : ${key.map((k) => `\`${k}\``).join(" + ")}.`
        : `Each row is unique by: ${key.map((k) => `\`${k}\``).join(" + ")}.`,
      "",
    );
    out.push(
      lang === "fr"
        ? "| colonne | obligatoire | signification | unité | plage | valeurs permises | exemple |"
        : "| column | required | meaning | unit | range | allowed values | example |",
      "|---|---|---|---|---|---|---|",
    );
    for (const [name, column] of Object.entries((schema as z.ZodObject).shape)) {
      const doc = ((column as z.ZodType).meta() ?? {}) as Partial<ColumnDoc>;
      const required = doc.required ? (lang === "fr" ? "oui" : "yes") : lang === "fr" ? "non" : "no";
      out.push(
        `| \`${name}\` | ${required} | ${cell(say(doc.description))} | ${cell(say(doc.unit))} | ${numberRange(doc, lang)} | ${cell(say(doc.allowed))} | ${cell(doc.example)} |`,
      );
    }
    out.push("");
  }
  return out;
}

/** The markdown text of the data dictionary: French first, then English. */
export function dataDictionary(): string {
  const megabytes = Math.round(limits.maxFileBytes / 1024 / 1024);
  const out: string[] = [
    "# Dictionnaire des données / Data dictionary",
    "",
    "<!-- Generated from src/data/schema.ts (French: src/data/dictionary-fr.ts) by `npm run data:document`. Do not edit by hand. -->",
    "",
    "[Français](#français) · [English](#english)",
    "",
    "## Français",
    "",
    "Les fichiers de ce dossier sont les seuls que l'équipe de communication modifie. Chacun est un CSV avec une ligne",
    "d'en-tête, enregistré en UTF-8 (« CSV UTF-8 » dans un tableur). La virgule ou le point-virgule servent de séparateur.",
    "Les dates s'écrivent ANNÉE-MOIS-JOUR (2025-05-28). Un fichier enregistré par un tableur en français (séparateur « ; »)",
    "peut aussi utiliser la virgule décimale (455,0), les milliers séparés par une espace (3 556 729), les dates jour en",
    "premier (28/05/2025) et VRAI/FAUX. Une cellule vide signifie « inconnu », jamais zéro. Chaque ligne qui porte un fait",
    "cite ses sources dans `source_ids` : des identifiants de lignes de `sources.csv`, séparés par `|`.",
    "",
    `Chaque nombre doit rester dans sa plage (colonne « plage ») ; un fichier ne peut dépasser ${megabytes} Mo ni ${limits.maxRows.toLocaleString("fr-FR")} lignes.`,
    "Vérifiez vos modifications avec `npm run data:check` : chaque problème est donné avec son fichier, sa ligne et sa",
    "colonne. Voyez ce qui changera sur le site avec `npm run data:preview`. Enregistrez ensuite une publication avec",
    '`npm run data:release -- --fr "ce qui change" --ar "…"` : `releases/<release_id>/` garde une copie de chaque fichier',
    "publié, avec ses sommes SHA-256 dans `manifest.json` ; ne modifiez jamais ces dossiers à la main (la vérification les refuse).",
    "",
    ...fileSections("fr"),
    "### geo/",
    "",
    "`geo/morocco-regions.topo.json` : les 12 régions et 75 préfectures et provinces, simplifiées d'OpenStreetMap (ODbL-1.0). Sa licence et la mention à afficher sont dans `geo/morocco-regions.LICENSE.txt`.",
    "",
    "## English",
    "",
    "The files in this folder are the only thing the communications team edits. Each is a CSV with a header line,",
    'saved as UTF-8 (a spreadsheet\'s "CSV UTF-8"). Commas or semicolons both work as separators. Dates are',
    'written YEAR-MONTH-DAY (2025-05-28). A file saved by a spreadsheet in French (";" separators) may also use',
    "decimal commas (455,0), thousands separated by a space (3 556 729), day-first dates (28/05/2025) and VRAI/FAUX.",
    'An empty cell means "unknown", never zero. Every row that carries a fact names its sources in `source_ids`: ids',
    "of rows in `sources.csv`, separated by `|`.",
    "",
    `Every number must stay within its range (the "range" column); a file may not exceed ${megabytes} MB or ${limits.maxRows.toLocaleString("en-GB")} rows.`,
    "Check your edits with `npm run data:check`: it lists every problem with its file, line and column. See what will",
    'change on the site with `npm run data:preview`. Then record a release with `npm run data:release -- --fr "…" --ar "…"`:',
    "`releases/<release_id>/` keeps a copy of every file as released, with SHA-256 checksums in `manifest.json`; never edit",
    "those folders by hand (the check refuses them).",
    "",
    ...fileSections("en"),
    "### geo/",
    "",
    "`geo/morocco-regions.topo.json`: the 12 regions and 75 prefectures/provinces, simplified from OpenStreetMap (ODbL-1.0). Its licence and the credit line to show are in `geo/morocco-regions.LICENSE.txt`.",
    "",
  ];
  return out.join("\n");
}
