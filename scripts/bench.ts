// npm run bench — builds the site with the real data and with synthetic data 10× and 100× larger,
// and prints build time, peak memory, pages and size of the output for each, with the growth
// relative to the real data. Then runs scripts/bench/page-weight.ts, if present, on the real build
// (called as a script with the built folder as its argument and in OUT_DIR).
// BENCH_FACTORS=1,10 limits the runs (default 1,10,100).
// Then the case issue 15 budgets: sources.csv with 200,000 rows (BENCH_SOURCES, 0 to skip), with
// time and peak memory per step (validate, astro build, postbuild, publish), against its budget:
// under 3 minutes and 2 GB on the 2-core build machine (and the real data under 30 s). Each step
// also shows its processor time and each build the load average: on a busy machine the wall time
// stretches, the processor time does not. BENCH_FACTORS=1 BENCH_SOURCES=200000 runs just the two budgeted cases.
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { csvFiles } from "../src/data/releases";
import { writeManySources, writeSyntheticData } from "./bench/synthetic";
import { measureBuild, type BuildFigures } from "./bench/measure";

const root = process.cwd();
const factors = (process.env.BENCH_FACTORS ?? "1,10,100")
  .split(",")
  .map(Number)
  .filter((n) => n >= 1);
const temp = mkdtempSync(join(tmpdir(), "bench-"));
const realDir = join(root, "data");
/** Removes a built output folder: dist-like folders are links to a site in .build/ (scripts/publish.ts). */
function removeOutput(path: string) {
  let link: boolean;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {
    return; // nothing there
  }
  if (link && existsSync(path)) rmSync(realpathSync(path), { recursive: true, force: true });
  rmSync(path, { recursive: true, force: true });
}

const results: { factor: number; rows: number; dataKb: number; figures: BuildFigures }[] = [];
const sourceRows = Number(process.env.BENCH_SOURCES ?? 200_000);
let sourcesCase: BuildFigures | null = null;
/** The budget of issue 15 for the 200,000-source case, and for the real data. */
const budget = { sourcesSeconds: 180, sourcesPeakMb: 2048, realSeconds: 30 };

try {
  for (const factor of factors) {
    const dataDir = join(temp, `data-x${factor}`);
    const { rows, bytes } = writeSyntheticData(realDir, dataDir, factor);
    const outDir = `.build/bench-x${factor}`;
    console.log(`… building with ${factor}× data (${rows} rows, ${Math.round(bytes / 1024)} kB in ${csvFiles(dataDir).length} files)`);
    const figures = measureBuild(root, outDir, dataDir);
    results.push({ factor, rows, dataKb: Math.round(bytes / 1024), figures });
    console.log(`  ${figures.seconds} s, peak ${figures.peakMemoryMb ?? "n/a"} MB, ${figures.pages} pages, ${figures.files} files, ${figures.distMb} MB`);
    if (factor !== 1) removeOutput(join(root, outDir));
  }
  if (sourceRows > 0) {
    const dataDir = join(temp, "data-sources");
    const { rows, bytes } = writeManySources(realDir, dataDir, sourceRows);
    const outDir = ".build/bench-sources";
    console.log(`… building with ${rows} source rows (${Math.round(bytes / 1024 / 1024)} MB sources.csv)`);
    try {
      sourcesCase = measureBuild(root, outDir, dataDir);
    } catch (error) {
      console.log(`  ✖ ${(error as Error).message.slice(-1500)}`);
      process.exitCode = 1;
    }
    removeOutput(join(root, outDir));
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

const base = results.find((r) => r.factor === 1) ?? results[0];
const ratio = (a: number | null, b: number | null) => (a && b ? `${(a / b).toFixed(2)}×` : "n/a");
console.log("\n| data | rows | data kB | build s | peak MB | pages | files | dist MB | time vs 1× | memory vs 1× | dist vs 1× |");
console.log("|---|---|---|---|---|---|---|---|---|---|---|");
for (const r of results) {
  const f = r.figures;
  console.log(
    `| ${r.factor}× | ${r.rows} | ${r.dataKb} | ${f.seconds} | ${f.peakMemoryMb ?? "n/a"} | ${f.pages} | ${f.files} | ${f.distMb} | ${ratio(f.seconds, base.figures.seconds)} | ${ratio(f.peakMemoryMb, base.figures.peakMemoryMb)} | ${ratio(f.distMb, base.figures.distMb)} |`,
  );
}

const steps = (f: BuildFigures) => f.steps.map((st) => `${st.name} ${st.seconds} s / ${st.peakMemoryMb ?? "n/a"} MB`).join(" · ");
for (const r of results) console.log(`\n${r.factor}× steps: ${steps(r.figures)}`);

// The budget of issue 15, per case and per step: time and peak memory of validate, astro build,
// postbuild and publish, then the whole build against its budget.
// Wall time is the budget; on a busy machine (load above the core count) the cpu seconds, the
// processor time the build itself used, show what it needs on a quiet one.
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
console.log(`\n## Budget (issue 15) — load average at the end: ${load()} on ${cpus().length} cores`);
console.log("\n| case | step | seconds | cpu seconds | peak MB | budget |\n|---|---|---|---|---|---|");
const real = results.find((r) => r.factor === 1);
const cases: [string, BuildFigures][] = [
  ...(real ? [["real data", real.figures] as [string, BuildFigures]] : []),
  ...(sourcesCase ? [[`${sourceRows} sources`, sourcesCase] as [string, BuildFigures]] : []),
];
const mark = (ok: boolean) => (ok ? "✔" : "✖");
/** The budget a step or a whole build of case `name` is held to, marked ✔ or ✖; "" when none applies. */
function budgetMark(name: string, seconds: number | null, peakMb: number | null, whole: boolean): string {
  const marks: string[] = [];
  if (name === "real data" && whole && seconds !== null) marks.push(`${mark(seconds < budget.realSeconds)} < ${budget.realSeconds} s`);
  if (name !== "real data") {
    if (whole && seconds !== null) marks.push(`${mark(seconds < budget.sourcesSeconds)} < ${budget.sourcesSeconds} s`);
    if (peakMb !== null) marks.push(`${mark(peakMb < budget.sourcesPeakMb)} < ${budget.sourcesPeakMb} MB`);
  }
  return marks.join(" · ");
}
for (const [name, f] of cases) {
  for (const st of f.steps)
    console.log(
      `| ${name} | ${st.name} | ${st.seconds} | ${st.cpuSeconds ?? "n/a"} | ${st.peakMemoryMb ?? "n/a"} | ${budgetMark(name, null, st.peakMemoryMb, false)} |`,
    );
  console.log(
    `| ${name} | **whole build** (load ${f.load[0]} → ${f.load[1]}) | **${f.seconds}** | **${f.cpuSeconds ?? "n/a"}** | **${f.peakMemoryMb ?? "n/a"}** | ${budgetMark(name, f.seconds, f.peakMemoryMb, true)} |`,
  );
}
if (real) {
  const ok = real.figures.seconds < budget.realSeconds;
  console.log(`\nreal data: ${real.figures.seconds} s (budget < ${budget.realSeconds} s): ${ok ? "✔ within budget" : "✖ over budget"}`);
  if (!ok) process.exitCode = 1;
}
if (sourcesCase) {
  const timeOk = sourcesCase.seconds < budget.sourcesSeconds;
  const memoryOk = (sourcesCase.peakMemoryMb ?? Infinity) < budget.sourcesPeakMb;
  console.log(
    `\n${sourceRows} sources: ${sourcesCase.seconds} s, peak ${sourcesCase.peakMemoryMb ?? "n/a"} MB, ${sourcesCase.pages} pages, ${sourcesCase.distMb} MB`,
  );
  console.log(
    `  time < ${budget.sourcesSeconds} s: ${timeOk ? "✔ within budget" : "✖ over budget"} · peak memory < ${budget.sourcesPeakMb} MB: ${memoryOk ? "✔ within budget" : "✖ over budget"}`,
  );
  for (const st of sourcesCase.steps) if ((st.peakMemoryMb ?? 0) >= budget.sourcesPeakMb) console.log(`  ✖ step ${st.name} peaks at ${st.peakMemoryMb} MB`);
  if (!timeOk || !memoryOk) process.exitCode = 1;
} else if (sourceRows > 0) {
  console.log(`\n${sourceRows} sources: the build failed (above): ✖ budget not met`);
}

const pageWeight = join(root, "scripts/bench/page-weight.ts");
if (existsSync(pageWeight) && results.some((r) => r.factor === 1)) {
  console.log("\n… page weight (scripts/bench/page-weight.ts) on the real-data build");
  const dist = join(root, ".build/bench-x1");
  const run = spawnSync(process.execPath, ["--import", "tsx", pageWeight, dist], { cwd: root, stdio: "inherit", env: { ...process.env, OUT_DIR: dist } });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
removeOutput(join(root, ".build/bench-x1"));
