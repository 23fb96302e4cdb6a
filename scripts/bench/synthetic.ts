// Synthetic data for the benchmark: a copy of data/ where every table that can grow (sources,
// sectors and their exports, offices, milestones, people, measures, claims, concentration
// figures, earlier plans) holds `factor` times its rows. Each copy gets ids suffixed "-b<n>" and
// points at the matching copies, so the result passes every schema and cross-file check.
// Tables whose size the roadmap fixes (12 regions, 75 provinces, 3 goals…) or whose key is a year
// (trade_annual, exporters) keep their rows.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { csvFiles } from "../../src/data/releases";

type Row = Record<string, string>;

/** How each growing table's copy n renames its ids (and the ids it points at). */
const growing: Record<string, (row: Row, s: (id: string) => string) => Row> = {
  "sources.csv": (r, s) => ({ ...r, source_id: s(r.source_id) }),
  "sectors.csv": (r, s) => ({ ...r, sector_id: s(r.sector_id) }),
  "sector_exports.csv": (r, s) => ({ ...r, sector_id: s(r.sector_id) }),
  "offices.csv": (r, s) => ({ ...r, office_id: s(r.office_id) }),
  "milestones.csv": (r, s) => ({ ...r, milestone_id: s(r.milestone_id) }),
  "people.csv": (r, s) => ({ ...r, person_id: s(r.person_id), milestone_id: s(r.milestone_id) }),
  "measures.csv": (r, s) => ({ ...r, measure_id: s(r.measure_id) }),
  "claims.csv": (r, s) => ({ ...r, claim_id: s(r.claim_id) }),
  "claim_readings.csv": (r, s) => ({ ...r, claim_id: s(r.claim_id) }),
  "firm_concentration.csv": (r, s) => ({ ...r, figure_id: s(r.figure_id), claim_id: r.claim_id ? s(r.claim_id) : "" }),
  "past_plans.csv": (r, s) => ({ ...r, plan_id: s(r.plan_id) }),
};

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** Writes `factor`× data into `target` from `source`; returns the number of data rows and bytes. */
export function writeSyntheticData(source: string, target: string, factor: number): { rows: number; bytes: number } {
  mkdirSync(target, { recursive: true });
  let rows = 0;
  let bytes = 0;
  for (const file of csvFiles(source)) {
    const text = readFileSync(join(source, file), "utf8").replace(/^\uFEFF/, "");
    const records = parse(text, { columns: true, skip_empty_lines: true }) as Row[];
    const header = Object.keys(records[0] ?? {}).length > 0 ? Object.keys(records[0]) : text.split(/\r?\n/, 1)[0].split(",");
    const out = [...records];
    const grow = growing[file];
    if (grow) {
      for (let n = 2; n <= factor; n++) out.push(...records.map((r) => grow(r, (id) => `${id}-b${n}`)));
    }
    const csv = [header.join(","), ...out.map((r) => header.map((h) => quote(r[h] ?? "")).join(","))].join("\n") + "\n";
    writeFileSync(join(target, file), csv);
    rows += out.length;
    bytes += Buffer.byteLength(csv);
  }
  // The Updates page reads the release snapshots; keep them so that path is measured too.
  if (existsSync(join(source, "releases"))) cpSync(join(source, "releases"), join(target, "releases"), { recursive: true });
  return { rows, bytes };
}

/**
 * A copy of data/ whose sources.csv holds `count` rows: the real ones, then synthetic sources
 * (cited by nothing, as an archive of press cuttings would be). The case issue 15 budgets.
 */
export function writeManySources(source: string, target: string, count: number): { rows: number; bytes: number } {
  mkdirSync(target, { recursive: true });
  for (const file of csvFiles(source)) if (file !== "sources.csv") cpSync(join(source, file), join(target, file));
  if (existsSync(join(source, "releases"))) cpSync(join(source, "releases"), join(target, "releases"), { recursive: true });
  const text = readFileSync(join(source, "sources.csv"), "utf8").replace(/^\uFEFF/, "");
  const records = parse(text, { columns: true, skip_empty_lines: true }) as Row[];
  const header = Object.keys(records[0]);
  const lines = [header.join(","), ...records.map((r) => header.map((h) => quote(r[h] ?? "")).join(","))];
  for (let i = records.length; i < count; i++) {
    const model = records[i % records.length];
    lines.push(
      header
        .map((h) =>
          quote(
            h === "source_id" ? `${model.source_id}-s${i}` : h === "url" ? `${model.url}${model.url.includes("?") ? "&" : "?"}bench=${i}` : (model[h] ?? ""),
          ),
        )
        .join(","),
    );
  }
  const csv = `${lines.join("\n")}\n`;
  writeFileSync(join(target, "sources.csv"), csv);
  return { rows: count, bytes: Buffer.byteLength(csv) };
}
