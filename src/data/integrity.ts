// Cross-file checks: ids are unique, every reference points at an existing row, and the
// counts the roadmap fixes (12 regions, 75 provinces, 4 levers, 6 reforms, 3 goals) hold.
import type { DataIssue } from "./issues";
import { tables, type TableName, type Datasets } from "./schema";
import type { LoadedTable } from "./load";
import { checkCraftExports } from "./craft";

type Loaded = { [K in TableName]: LoadedTable<Datasets[K][number]> };

/** Runs every cross-file check and returns the problems found. */
export function checkIntegrity(loaded: Loaded): DataIssue[] {
  const issues: DataIssue[] = [];

  for (const name of Object.keys(tables) as TableName[]) {
    const { key } = tables[name];
    const table = loaded[name] as LoadedTable<Record<string, unknown>>;
    const seen = new Map<string, number>();
    table.rows.forEach((row, i) => {
      const k = key.map((col) => String(row[col])).join(" + ");
      const first = seen.get(k);
      if (first !== undefined) {
        issues.push({
          file: table.file,
          line: table.lines[i],
          column: key.join(" + "),
          value: k,
          en: `"${k}" is typed twice (first on line ${first}). Each ${key.join(" + ")} must appear once: delete or correct one of the two rows.`,
          fr: `"${k}" est saisi deux fois (déjà ligne ${first}). Chaque ${key.join(" + ")} doit être unique : supprimez ou corrigez l'une des deux lignes.`,
        });
      } else seen.set(k, table.lines[i]);
    });
  }

  const ids = (name: TableName, col: string) => new Set((loaded[name].rows as Record<string, unknown>[]).map((r) => String(r[col])));
  // Ids of rows refused by their own checks: they exist, they are only wrong elsewhere, and that
  // row already has its message. A reference to them is not a second problem.
  const refusedIds = (name: TableName, col: string) => new Set((loaded[name].rejected ?? []).map((r) => (r[col] ?? "").trim()));
  const sourceIds = ids("sources", "source_id");
  const refusedSourceIds = refusedIds("sources", "source_id");
  const regionCodes = ids("regions", "region_code");
  const references: [TableName, string, Set<string>, string, TableName][] = [
    ["provinces", "region_code", regionCodes, "regions.csv", "regions"],
    ["newExportersByRegion", "region_code", regionCodes, "regions.csv", "regions"],
    ["offices", "region_code", regionCodes, "regions.csv", "regions"],
    ["milestones", "region_code", regionCodes, "regions.csv", "regions"],
    ["sectorExports", "sector_id", ids("sectors", "sector_id"), "sectors.csv", "sectors"],
    ["measures", "reform_id", ids("reforms", "reform_id"), "reforms.csv", "reforms"],
    ["claimReadings", "claim_id", ids("claims", "claim_id"), "claims.csv", "claims"],
    ["people", "milestone_id", ids("milestones", "milestone_id"), "milestones.csv", "milestones"],
    ["firmConcentration", "claim_id", ids("claims", "claim_id"), "claims.csv", "claims"],
    ["craftExportsByRegion", "region_code", regionCodes, "regions.csv", "regions"],
  ];
  for (const [name, col, valid, target, targetTable] of references) {
    // A file that could not be read has one message already; every reference to it would repeat it.
    if (loaded[targetTable].broken) continue;
    const refused = refusedIds(targetTable, col); // each reference column has the name of the id it points at
    const table = loaded[name] as LoadedTable<Record<string, unknown>>;
    table.rows.forEach((row, i) => {
      const value = row[col];
      if (value === null || value === undefined || valid.has(String(value)) || refused.has(String(value))) return;
      if (valid.size === 0) return; // nothing valid to suggest: the target file's own messages say why
      issues.push({
        file: table.file,
        line: table.lines[i],
        column: col,
        value: String(value),
        en: `"${value}" is not in data/${target}. Use one of: ${[...valid].slice(0, 12).join(", ")}${valid.size > 12 ? ", …" : ""}`,
        fr: `"${value}" n'existe pas dans data/${target}. Utilisez l'une de ces valeurs : ${[...valid].slice(0, 12).join(", ")}${valid.size > 12 ? ", …" : ""}`,
      });
    });
  }

  for (const name of Object.keys(tables) as TableName[]) {
    if (loaded.sources.broken) break;
    const table = loaded[name] as LoadedTable<Record<string, unknown>>;
    table.rows.forEach((row, i) => {
      const list = row.source_ids;
      if (!Array.isArray(list)) return;
      for (const sid of list as string[]) {
        if (sourceIds.has(sid) || refusedSourceIds.has(sid)) continue;
        issues.push({
          file: table.file,
          line: table.lines[i],
          column: "source_ids",
          value: sid,
          en: `the source "${sid}" is not in data/sources.csv. Add a row for it there, or correct the id.`,
          fr: `la source "${sid}" n'existe pas dans data/sources.csv. Ajoutez-y une ligne pour elle, ou corrigez l'identifiant.`,
        });
      }
    });
  }

  const best = loaded.claims.rows;
  best.forEach((claim, i) => {
    if (
      !claim.best_reading_id ||
      loaded.claimReadings.broken ||
      (loaded.claimReadings.rejected ?? []).some((r) => r.reading_id?.trim() === claim.best_reading_id)
    )
      return;
    const found = loaded.claimReadings.rows.some((r) => r.claim_id === claim.claim_id && r.reading_id === claim.best_reading_id);
    if (!found) {
      issues.push({
        file: loaded.claims.file,
        line: loaded.claims.lines[i],
        column: "best_reading_id",
        value: claim.best_reading_id,
        en: `"${claim.best_reading_id}" is not a reading of "${claim.claim_id}" in data/claim_readings.csv.`,
        fr: `"${claim.best_reading_id}" n'est pas une lecture de "${claim.claim_id}" dans data/claim_readings.csv.`,
      });
    }
  });

  loaded.newExportersByRegion.rows.forEach((row, i) => {
    if (row.period_end < row.period_start) {
      issues.push({
        file: loaded.newExportersByRegion.file,
        line: loaded.newExportersByRegion.lines[i],
        column: "period_end",
        value: String(row.period_end),
        en: `the period ends (${row.period_end}) before it starts (${row.period_start}).`,
        fr: `la période se termine (${row.period_end}) avant de commencer (${row.period_start}).`,
      });
    }
  });

  issues.push(...checkCraftExports(loaded));

  const expectedCounts: [TableName, number, string, string][] = [
    ["regions", 12, "the 12 regions of the 2015 division", "les 12 régions du découpage de 2015"],
    ["provinces", 75, "the 75 prefectures and provinces", "les 75 préfectures et provinces"],
    ["goals", 3, "the roadmap's 3 goals", "les 3 objectifs de la feuille de route"],
    [
      "levers",
      4,
      "the 4 levers announced (a lever not yet published keeps its row, with status not-published)",
      "les 4 leviers annoncés (un levier non publié garde sa ligne, avec le statut not-published)",
    ],
    [
      "reforms",
      6,
      "the 6 reforms announced (a reform not yet published keeps its row, with status not-published)",
      "les 6 réformes annoncées (une réforme non publiée garde sa ligne, avec le statut not-published)",
    ],
  ];
  for (const [name, count, en, fr] of expectedCounts) {
    const n = loaded[name].rows.length;
    // A row refused by its own check is still a row: counting it missing would be a second message.
    const hasRowErrors = loaded[name].broken || (loaded[name].rejected?.length ?? 0) > 0 || issues.some((i) => i.file === loaded[name].file);
    if (n !== count && !hasRowErrors) {
      issues.push({
        file: loaded[name].file,
        en: `has ${n} valid rows but must have ${count}: ${en}.`,
        fr: `contient ${n} lignes valides mais doit en avoir ${count} : ${fr}.`,
      });
    }
  }
  return issues;
}
