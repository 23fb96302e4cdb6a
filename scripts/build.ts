// npm run build — validates data/, builds the site into a temporary folder, and only when every
// step succeeded swaps it into dist/ (scripts/publish.ts: dist/ is a link flipped in one rename).
// A failed or killed build leaves the last good dist/ untouched; the next start tidies after it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { validateDataDir, dataDir, formatIssues } from "../src/data/index";
import { releaseIssues } from "../src/data/releases-check";
import { unreleasedChanges } from "../src/views/pages/changelog";
import { publishSite, recoverOutput } from "./publish";

const root = process.cwd();
const finalDir = resolve(root, process.env.OUT_DIR ?? "dist");
const shown = relative(root, finalDir) || finalDir;
const kept = () =>
  existsSync(finalDir)
    ? `Le dernier site valide dans ${shown}/ est inchangé. / The last good site in ${shown}/ is unchanged.`
    : `Aucun site n'a été publié. / No site was published.`;
const workDir = join(root, ".build");
/** Heap limit of the astro build process (MB); see where it is used. */
const ASTRO_HEAP_MB = 1024;
const stagingDir = join(workDir, `dist-${process.pid}`);
/** Argument that makes this script only validate data/ (the first step, in a child process). */
const VALIDATE_ONLY = "--validate-only";

/**
 * With BUILD_MEASURE=1 (npm run bench) each step prints "⏱ step <name> <seconds> s <peak MB> MB
 * cpu <seconds> s": the processor time, beside the wall time, tells a slow step from a busy machine.
 */
const measuring = process.env.BUILD_MEASURE === "1";
const gnuTime = measuring && existsSync("/usr/bin/time");
function reportStep(name: string, started: bigint, peakKb: number | null, cpuSeconds: number | null) {
  if (!measuring) return;
  const seconds = Math.round(Number(process.hrtime.bigint() - started) / 1e8) / 10;
  console.log(
    `⏱ step ${name} ${seconds} s ${peakKb === null ? "n/a" : Math.round(peakKb / 1024)} MB cpu ${cpuSeconds === null ? "n/a" : cpuSeconds.toFixed(1)} s`,
  );
}

/** Runs one step in its own process; `explained` when the step prints its own failure message. */
function run(name: string, command: string, args: string[], env: Record<string, string> = {}, explained = false) {
  const started = process.hrtime.bigint();
  // GNU time gives the step's own peak memory (its largest process), which Node cannot see.
  const peakFile = join(workDir, `peak-${process.pid}.txt`);
  const [cmd, ...rest] = gnuTime ? ["/usr/bin/time", "-f", "%M %U %S", "-o", peakFile, command, ...args] : [command, ...args];
  const result = spawnSync(cmd, rest, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    rmSync(stagingDir, { recursive: true, force: true });
    if (!explained) console.error(`\n✖ ${command} ${args.join(" ")} failed. ${kept()}`);
    process.exit(result.status ?? 1);
  }
  const [peak, user, system] = gnuTime && existsSync(peakFile) ? readFileSync(peakFile, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number) : [];
  rmSync(peakFile, { force: true });
  reportStep(name, started, peak ?? null, user === undefined ? null : user + (system ?? 0));
}

/** Validates data/ and its releases; prints every problem and exits 1 when there is one. */
function validate() {
  const { data, issues } = validateDataDir(dataDir());
  // The Updates page and feed publish every release: an edited snapshot would rewrite history.
  if (!issues.some((i) => i.file === "releases.csv")) issues.push(...releaseIssues(dataDir(), data.releases));
  if (issues.length > 0) {
    console.error(formatIssues(issues, "both"));
    console.error(`\n✖ Publication arrêtée : corrigez d'abord data/. / Build stopped: fix data/ first.\n  ${kept()}`);
    process.exit(1);
  }

  // Not an error: the site can be rebuilt before a release, but its "data as of" date is the last release's.
  const pending = unreleasedChanges(dataDir(), data.releases);
  if (pending.length > 0) {
    console.warn(
      `⚠ data/ a ${pending.length} changement(s) pas encore publiés : lancez npm run data:release -- "nom" pour les dater. / data/ has ${pending.length} change(s) not yet released: run npm run data:release -- "name" to date them.`,
    );
    for (const line of pending.slice(0, 10)) console.warn(`    • ${line}`);
  }
}

// The validation runs in a process of its own: a 200,000-row sources.csv parses into about a
// gigabyte of short-lived objects, which this process would otherwise hold (as resident memory
// the collector does not give back) beside the astro build for the whole build.
if (process.argv.includes(VALIDATE_ONLY)) {
  validate();
  process.exit(0);
}

console.log(`build runs on Node ${process.version}`);
// First put right what a killed build may have left: a missing dist/, staging folders, old sites.
for (const line of recoverOutput(finalDir, workDir)) console.warn(`⚠ ${line}`);

mkdirSync(workDir, { recursive: true });
run("validate", process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), VALIDATE_ONLY], {}, true);

rmSync(stagingDir, { recursive: true, force: true });
// A bounded heap: V8 otherwise lets a 200,000-source build grow to ~1.5 GB of mostly dead objects
// before collecting, on top of ~0.6 GB of native memory (Vite's bundler, encoded pages). Its live
// data stays near 400 MB (the 200,000 sources are ~220 MB), so this limit costs collections, not a crash.
run("astro-build", process.execPath, [`--max-old-space-size=${ASTRO_HEAP_MB}`, join(root, "scripts/astro-build.mjs"), stagingDir]);
run("postbuild", process.execPath, ["--import", "tsx", join(root, "scripts/postbuild.ts"), stagingDir]);

const publishStarted = process.hrtime.bigint();
publishSite(stagingDir, finalDir, workDir);
reportStep("publish", publishStarted, null, null);
console.log(`✔ Site built in ${finalDir}`);
