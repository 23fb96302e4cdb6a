// The one entry point pages use: loadData() reads, validates and cross-checks data/ once per
// build, and throws a DataValidationError listing every problem if anything is wrong.
import { join } from "node:path";
import { tables, type TableName, type Datasets } from "./schema";
import { loadTable, suggestCodes, type LoadedTable } from "./load";
import { checkIntegrity } from "./integrity";
import { DataValidationError, type DataIssue } from "./issues";

export * from "./schema";
export * from "./issues";
export * from "./derive";

/** The data folder: DATA_DIR if set (tests, benchmarks), else data/ at the project root. */
export function dataDir(): string {
  return process.env.DATA_DIR ?? join(process.cwd(), "data");
}

/** Validates every table in a folder and returns the rows and all problems found. */
export function validateDataDir(dir: string): { data: Datasets; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const loaded = {} as { [K in TableName]: LoadedTable<Datasets[K][number]> };
  for (const name of Object.keys(tables) as TableName[]) {
    const result = loadTable(dir, name);
    (loaded as Record<string, unknown>)[name] = result.table;
    issues.push(...result.issues);
  }
  // A file that could not be read at all (encoding, quotes, header) already has its message; its
  // "has 0 valid rows" count check would only repeat it.
  const unreadable = new Set(issues.filter((i) => i.column === undefined).map((i) => i.file));
  issues.push(...checkIntegrity(loaded).filter((i) => !(unreadable.has(i.file) && i.line === undefined)));
  const data = Object.fromEntries(Object.entries(loaded).map(([k, t]) => [k, t.rows])) as Datasets;
  return { data, issues: suggestCodes(issues, data) };
}

const cache = new Map<string, Datasets>();

/** Loads the validated datasets (cached per folder); throws on any problem. */
export function loadData(dir = dataDir()): Datasets {
  const hit = cache.get(dir);
  if (hit) return hit;
  const { data, issues } = validateDataDir(dir);
  if (issues.length > 0) throw new DataValidationError(issues);
  cache.set(dir, data);
  return data;
}
