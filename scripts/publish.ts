// Swaps a freshly built site into the output folder in one step that never leaves it missing.
//
// The output folder (dist/) is a symbolic link to a complete site in .build/site-<name>-<id>/.
// Publishing moves the staged site there, makes a new link beside dist and renames it over dist:
// rename(2) replaces a link atomically, so at every instant dist/ is the last good site or the new
// one. The first publish over a real folder moves that folder aside first (the one moment dist/ is
// absent); recoverOutput() puts it back at the next start if a crash fell in that moment.
// PUBLISH_CRASH_AT=<step> kills the process at that step, for the tests.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** The steps of a publish, in order; a crash can be injected after any of them. */
export const publishSteps = ["staged", "linked", "moved-aside", "flipped", "cleaned"] as const;
export type PublishStep = (typeof publishSteps)[number];

function crashPoint(step: PublishStep) {
  if (process.env.PUBLISH_CRASH_AT === step) process.kill(process.pid, "SIGKILL");
}

const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};
const exists = (path: string) => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

/** True while the process that made a folder may still be working in it. */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return pid === process.pid;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Site folders of one output folder live beside each other in the work folder. */
const sitePrefix = (finalDir: string) => `site-${basename(finalDir)}-`;
const ownerFile = (site: string) => `${site}.owner`;

/**
 * Moves `stagingDir` (a complete built site) into place as `finalDir`. Returns the site folder.
 * `workDir` must be on the same filesystem as both.
 */
export function publishSite(stagingDir: string, finalDir: string, workDir: string): string {
  mkdirSync(workDir, { recursive: true });
  const site = join(workDir, `${sitePrefix(finalDir)}${Date.now()}-${process.pid}`);
  // Which output folder a site belongs to, so a later start can tell a stale one from a live one.
  writeFileSync(ownerFile(site), `${resolve(finalDir)}\n${process.pid}\n`);
  renameSync(stagingDir, site);
  crashPoint("staged");

  const next = join(dirname(finalDir), `.${basename(finalDir)}.next-${process.pid}`);
  rmSync(next, { force: true });
  // An absolute target: a copy of the link (cp, fs.cpSync) still points at the site.
  symlinkSync(resolve(site), next, "dir");
  crashPoint("linked");

  const previous = isLink(finalDir) ? resolve(dirname(finalDir), readlinkSync(finalDir)) : null;
  if (exists(finalDir) && !isLink(finalDir)) {
    // First publish over a real folder: a folder cannot be replaced by a link in one step.
    const aside = join(workDir, `${sitePrefix(finalDir)}aside-${process.pid}`);
    writeFileSync(ownerFile(aside), `${resolve(finalDir)}\n${process.pid}\n`);
    renameSync(finalDir, aside);
    crashPoint("moved-aside");
    renameSync(next, finalDir);
    rmSync(aside, { recursive: true, force: true });
    rmSync(ownerFile(aside), { force: true });
  } else {
    renameSync(next, finalDir);
  }
  crashPoint("flipped");

  if (previous && previous !== resolve(site) && basename(previous).startsWith(sitePrefix(finalDir))) {
    rmSync(previous, { recursive: true, force: true });
    rmSync(ownerFile(previous), { force: true });
  }
  crashPoint("cleaned");
  return site;
}

/**
 * Run at the start of a build: restores an output folder a crash left missing, and removes what
 * killed builds left behind (staging folders, unpublished sites, stray links). Returns what it did.
 */
export function recoverOutput(finalDir: string, workDir: string): string[] {
  const done: string[] = [];
  if (!existsSync(workDir)) return done;
  const entries = readdirSync(workDir);
  const pidOf = (name: string) => Number(/-(\d+)$/.exec(name)?.[1]);
  const ownedBy = (name: string) => {
    const path = ownerFile(join(workDir, name));
    if (!existsSync(path)) return null;
    const [owner, pid] = readFileSync(path, "utf8").split("\n");
    return { owner, pid: Number(pid) };
  };

  // 1. A crash between moving the old folder aside and the flip: put the old site back.
  if (!exists(finalDir)) {
    const aside = entries.find((name) => name.startsWith(`${sitePrefix(finalDir)}aside-`) && !name.endsWith(".owner") && !alive(pidOf(name)));
    const legacy = entries.find((name) => /^previous-\d+$/.test(name) && !alive(pidOf(name)));
    const restore = aside ?? legacy;
    if (restore) {
      renameSync(join(workDir, restore), finalDir);
      rmSync(ownerFile(join(workDir, restore)), { force: true });
      done.push(`restored ${finalDir} from ${restore}`);
    }
  }

  // 2. Leftovers of builds that are no longer running.
  const current = isLink(finalDir) ? resolve(dirname(finalDir), readlinkSync(finalDir)) : null;
  for (const name of readdirSync(workDir)) {
    const path = join(workDir, name);
    if (/^(dist|previous)-\d+$/.test(name) && !alive(pidOf(name))) {
      rmSync(path, { recursive: true, force: true });
      done.push(`removed ${name}`);
    } else if (name.startsWith("site-") && !name.endsWith(".owner")) {
      const owner = ownedBy(name);
      if (!owner || alive(owner.pid)) continue;
      const ownerTarget = isLink(owner.owner) ? resolve(dirname(owner.owner), readlinkSync(owner.owner)) : null;
      if (resolve(path) === current || resolve(path) === ownerTarget) continue;
      rmSync(path, { recursive: true, force: true });
      rmSync(ownerFile(path), { force: true });
      done.push(`removed ${name}`);
    } else if (name.startsWith("site-") && name.endsWith(".owner") && !existsSync(path.slice(0, -".owner".length))) {
      rmSync(path, { force: true });
    }
  }
  for (const name of readdirSync(dirname(finalDir))) {
    if (name.startsWith(`.${basename(finalDir)}.next-`) && !alive(Number(name.split("-").pop()))) {
      rmSync(join(dirname(finalDir), name), { force: true });
      done.push(`removed ${name}`);
    }
  }
  return done;
}
