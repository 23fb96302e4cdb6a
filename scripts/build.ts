// npm run build — validates data/, builds the site into a temporary folder, and only when every
// step succeeded swaps it into dist/. A failed build leaves the last good dist/ untouched.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { validateDataDir, dataDir, formatIssues } from "../src/lib/data/index";

const root = process.cwd();
const finalDir = join(root, process.env.OUT_DIR ?? "dist");
const workDir = join(root, ".build");
const stagingDir = join(workDir, `dist-${process.pid}`);

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    rmSync(stagingDir, { recursive: true, force: true });
    console.error(`\n✖ ${command} ${args.join(" ")} failed; ${existsSync(finalDir) ? "the last good site in dist/ is unchanged" : "no site was published"}.`);
    process.exit(result.status ?? 1);
  }
}

const { issues } = validateDataDir(dataDir());
if (issues.length > 0) {
  console.error(formatIssues(issues, "both"));
  console.error(`\n✖ Build stopped: fix data/ first. ${existsSync(finalDir) ? "The last good site in dist/ is unchanged." : ""}`);
  process.exit(1);
}

mkdirSync(workDir, { recursive: true });
rmSync(stagingDir, { recursive: true, force: true });
run(process.execPath, [join(root, "node_modules/astro/astro.js"), "build"], { ASTRO_OUT_DIR: stagingDir });
run(process.execPath, ["--import", "tsx", join(root, "scripts/postbuild.ts"), stagingDir]);

// Swap: rename is atomic on one filesystem, so readers never see a half-written dist/.
const previous = join(workDir, `previous-${process.pid}`);
if (existsSync(finalDir)) renameSync(finalDir, previous);
renameSync(stagingDir, finalDir);
rmSync(previous, { recursive: true, force: true });
console.log(`✔ Site built in ${finalDir}`);
