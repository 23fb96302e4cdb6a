// npm run build — validates data/, builds the site into a temporary folder, and only when every
// step succeeded swaps it into dist/. A failed build leaves the last good dist/ untouched.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join, resolve, relative } from "node:path";
import { validateDataDir, dataDir, formatIssues } from "../src/lib/data/index";
import { unreleasedChanges } from "../src/lib/data/releases-check";

const root = process.cwd();
const finalDir = resolve(root, process.env.OUT_DIR ?? "dist");
const shown = relative(root, finalDir) || finalDir;
const kept = () =>
  existsSync(finalDir)
    ? `Le dernier site valide dans ${shown}/ est inchangé. / The last good site in ${shown}/ is unchanged.`
    : `Aucun site n'a été publié. / No site was published.`;
const workDir = join(root, ".build");
const stagingDir = join(workDir, `dist-${process.pid}`);

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    rmSync(stagingDir, { recursive: true, force: true });
    console.error(`\n✖ ${command} ${args.join(" ")} failed. ${kept()}`);
    process.exit(result.status ?? 1);
  }
}

console.log(`build runs on Node ${process.version}`);
const { issues } = validateDataDir(dataDir());
if (issues.length > 0) {
  console.error(formatIssues(issues, "both"));
  console.error(`\n✖ Publication arrêtée : corrigez d'abord data/. / Build stopped: fix data/ first.\n  ${kept()}`);
  process.exit(1);
}

// Not an error: the site can be rebuilt before a release, but its "data as of" date is the last release's.
const pending = unreleasedChanges(dataDir());
if (pending.length > 0) {
  console.warn(`⚠ data/ a ${pending.length} changement(s) pas encore publiés : lancez npm run data:release -- "nom" pour les dater. / data/ has ${pending.length} change(s) not yet released: run npm run data:release -- "name" to date them.`);
  for (const line of pending.slice(0, 10)) console.warn(`    • ${line}`);
}

mkdirSync(workDir, { recursive: true });
rmSync(stagingDir, { recursive: true, force: true });
run(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build"], { ASTRO_OUT_DIR: stagingDir });
run(process.execPath, ["--import", "tsx", join(root, "scripts/postbuild.ts"), stagingDir]);

// Swap: two renames on one filesystem, so the output folder holds either the old site or the new
// one, never a half-written mix.
const previous = join(workDir, `previous-${process.pid}`);
if (existsSync(finalDir)) renameSync(finalDir, previous);
renameSync(stagingDir, finalDir);
rmSync(previous, { recursive: true, force: true });
console.log(`✔ Site built in ${finalDir}`);
