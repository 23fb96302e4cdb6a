// npm run data:release -- "Exports 2025 revised" [--fr "…"] [--ar "…"] [--date 2026-12-01] [--id …]
// Records a dated, named release of data/: checks the data, adds a row to data/releases.csv, copies
// every CSV into data/releases/<release_id>/ with a manifest of SHA-256 checksums, and prints what
// changed since the previous release. The date is the release's own (today unless --date is given);
// pages show it, never the build clock.
// Titles are needed in French and Arabic (asked for when missing and a person is at the keyboard);
// English is optional (the French title stands in). A release with no change is refused.
//   --refresh  re-copies data/ into the latest release's snapshot (only the latest, and only before
//              it is published: a published release is never rewritten).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { validateDataDir, dataDir, formatIssues } from "../src/data/index";
import { checksums, csvFiles, manifestJson, readManifest, releaseDir, releasesInOrder, type ReleaseManifest } from "../src/data/releases";
import { diffTables, readRawTables } from "../src/data/diff";
import { describeChanges } from "../src/views/pages/changelog";
import { releaseIssues } from "../src/data/releases-check";
import { detectDelimiter } from "../src/data/load";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    fr: { type: "string" },
    ar: { type: "string" },
    en: { type: "string" },
    date: { type: "string" },
    id: { type: "string" },
    refresh: { type: "boolean", default: false },
  },
});

const dir = dataDir();
const fail = (fr: string, en: string): never => {
  console.error(`✖ ${fr}\n  ${en}`);
  process.exit(1);
};

const before = validateDataDir(dir);
if (!before.issues.some((i) => i.file === "releases.csv")) {
  // --refresh rewrites the latest snapshot anyway; every other release must be intact.
  const refreshed = values.refresh ? releasesInOrder(before.data.releases).at(-1)?.release_id : undefined;
  before.issues.push(...releaseIssues(dir, before.data.releases).filter((i) => !refreshed || !i.file.startsWith(`releases/${refreshed}/`)));
}
if (before.issues.length > 0) {
  console.error(formatIssues(before.issues, "both"));
  fail("Publication refusée : corrigez d'abord data/.", "Release refused: fix data/ first.");
}

/** Copies data/*.csv into the release folder and writes its manifest. */
function snapshot(release: { release_id: string; published_on: string; title_fr: string; title_ar: string; title_en: string }, previous: string | null) {
  const target = releaseDir(dir, release.release_id);
  mkdirSync(target, { recursive: true });
  // Exactly data/'s files: a stray file left in the folder never slips into the manifest.
  for (const name of csvFiles(target)) if (!existsSync(join(dir, name))) rmSync(join(target, name));
  for (const name of csvFiles(dir)) copyFileSync(join(dir, name), join(target, name));
  const manifest: ReleaseManifest = {
    release_id: release.release_id,
    published_on: release.published_on,
    title: { fr: release.title_fr, ar: release.title_ar, en: release.title_en },
    previous,
    files: checksums(target),
  };
  writeFileSync(join(target, "manifest.json"), manifestJson(manifest));
  return target;
}

/** Prints the changelog of a release against the one before. */
function printChanges(releaseId: string, previous: string | null) {
  const after = readRawTables(releaseDir(dir, releaseId));
  const prior = previous ? readRawTables(releaseDir(dir, previous)) : null;
  for (const locale of ["fr", "en"] as const) {
    const groups = describeChanges(prior, after, locale);
    console.log(locale === "fr" ? "\nCe qui change :" : "\nWhat changed:");
    if (groups.length === 0) console.log(locale === "fr" ? "  (aucune donnée modifiée)" : "  (no data changed)");
    for (const g of groups) {
      console.log(`  ${g.label}`);
      for (const item of g.items.slice(0, 20)) console.log(`    • ${item}`);
      if (g.items.length > 20) console.log(`    … (+${g.items.length - 20})`);
    }
  }
}

const ordered = releasesInOrder(before.data.releases);

if (values.refresh) {
  const latest = ordered.at(-1) ?? fail("Aucune publication à rafraîchir.", "No release to refresh.");
  const asked = values.id ?? positionals[0];
  if (asked && asked !== latest.release_id) {
    fail(
      `--refresh ne s'applique qu'à la dernière publication (${latest.release_id}), pas à ${asked} : une publication antérieure ne se réécrit jamais.`,
      `--refresh only works on the latest release (${latest.release_id}), not ${asked}: an earlier release is never rewritten.`,
    );
  }
  console.log(
    `… rafraîchit la dernière publication ${latest.release_id} (seule la dernière peut l'être) / refreshing the latest release ${latest.release_id} (only the latest can be)`,
  );
  const previous = ordered.at(-2)?.release_id ?? null;
  const target = snapshot(latest, previous);
  console.log(`✔ ${target} rafraîchi / refreshed`);
  printChanges(latest.release_id, previous);
  process.exit(0);
}

/** Asks for a title when a person is at the keyboard; otherwise says which option is missing. */
async function askTitle(flag: string, fr: string, en: string): Promise<string> {
  if (!process.stdin.isTTY) fail(`Donnez le titre ${fr} avec ${flag} "…".`, `Give the ${en} title with ${flag} "…".`);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = (await rl.question(`Titre ${fr} / ${en} title: `)).trim();
  rl.close();
  return answer || fail(`Titre ${fr} vide : publication annulée.`, `Empty ${en} title: release cancelled.`);
}

// The release date is today's (UTC) unless given: it is recorded once in releases.csv, never recomputed.
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date doit être au format ANNÉE-MOIS-JOUR : "${date}"`, `--date must be YEAR-MONTH-DAY: "${date}"`);
const named = values.en?.trim() || positionals.join(" ").trim();
const slugOf = (title: string) =>
  title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
/** Refuses an id already taken, before anyone is asked to type titles. */
const checkFree = (id: string) => {
  if (before.data.releases.some((r) => r.release_id === id) || existsSync(releaseDir(dir, id))) {
    fail(`La publication ${id} existe déjà ; choisissez un autre nom ou --id.`, `Release ${id} already exists; choose another name or --id.`);
  }
};
if (values.id || named) checkFree(values.id ?? `${date}-${slugOf(named) || "release"}`);
const latest = ordered.at(-1);
// A release records a change: with nothing changed since the latest one, there is nothing to date.
if (
  latest &&
  existsSync(releaseDir(dir, latest.release_id)) &&
  diffTables(readRawTables(releaseDir(dir, latest.release_id)), readRawTables(dir)).length === 0
) {
  fail(
    `Rien n'a changé depuis la publication ${latest.release_id} : il n'y a rien à publier.`,
    `Nothing changed since release ${latest.release_id}: there is nothing to release.`,
  );
}
if (latest && date < latest.published_on)
  fail(`La date ${date} précède la dernière publication (${latest.published_on}).`, `The date ${date} is before the latest release (${latest.published_on}).`);

const titleFr = values.fr?.trim() || (await askTitle("--fr", "en français", "French"));
const titleAr = values.ar?.trim() || (await askTitle("--ar", "en arabe", "Arabic"));
// English is optional: without it the French title stands in (never the other way round).
const titleEn = named || titleFr;
const releaseId = values.id ?? `${date}-${slugOf(titleEn) || "release"}`;
checkFree(releaseId);

// Append the row in the file's own separator and line ends, quoting cells that need it.
const releasesPath = join(dir, "releases.csv");
const text = readFileSync(releasesPath, "utf8");
const sep = detectDelimiter(text.replace(/^\uFEFF/, ""));
const eol = text.includes("\r\n") ? "\r\n" : "\n";
const quote = (cell: string) => (cell.includes(sep) || cell.includes('"') || /[\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const row = [releaseId, date, titleFr, titleAr, titleEn].map(quote).join(sep);
writeFileSync(releasesPath, `${text.replace(/(\r?\n)*$/, "")}${eol}${row}${eol}`);

const after = validateDataDir(dir);
if (after.issues.length > 0) {
  writeFileSync(releasesPath, text);
  console.error(formatIssues(after.issues, "both"));
  fail("Publication annulée, data/releases.csv est inchangé.", "Release cancelled; data/releases.csv is unchanged.");
}
const release = after.data.releases.find((r) => r.release_id === releaseId)!;
const target = snapshot(release, latest?.release_id ?? null);
console.log(`✔ Publication ${releaseId} (${date}) enregistrée dans ${target} / Release recorded.`);
printChanges(releaseId, latest?.release_id ?? null);
const manifest = readManifest(dir, releaseId)!;
console.log(`\n${Object.keys(manifest.files).length} fichiers, sommes SHA-256 dans manifest.json / files, SHA-256 checksums in manifest.json.`);
