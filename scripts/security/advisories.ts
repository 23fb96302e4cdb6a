// npm run security:check — lists every package version in package-lock.json that falls inside a
// vulnerable range of scripts/security/advisories.json. Works offline, unlike `npm audit`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";

/** One published advisory: a package, its id and the versions it concerns. */
export interface Advisory {
  package: string;
  id: string;
  severity: string;
  vulnerable: string;
  fixed: string;
  summary: string;
  url: string;
}

/** A package version in the lockfile that an advisory concerns. */
export interface Finding {
  path: string;
  version: string;
  advisory: Advisory;
}

interface Lockfile {
  packages: Record<string, { version?: string; name?: string }>;
}

/** The package name of a lockfile entry ("node_modules/a/node_modules/@b/c" → "@b/c"). */
export function packageName(path: string, entry: { name?: string }): string {
  if (entry.name) return entry.name;
  const at = path.lastIndexOf("node_modules/");
  return at < 0 ? path : path.slice(at + "node_modules/".length);
}

/** Every installed version that an advisory lists as vulnerable. */
export function findVulnerable(lock: Lockfile, advisories: Advisory[]): Finding[] {
  const findings: Finding[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || !entry.version) continue;
    const name = packageName(path, entry);
    for (const advisory of advisories) {
      if (advisory.package !== name) continue;
      if (!semver.validRange(advisory.vulnerable)) throw new Error(`advisories.json: ${advisory.id} has an invalid range "${advisory.vulnerable}"`);
      if (semver.satisfies(entry.version, advisory.vulnerable, { includePrerelease: true })) findings.push({ path, version: entry.version, advisory });
    }
  }
  return findings;
}

/** Reads the project's lockfile and advisory list. */
export function loadProject(root = process.cwd()): { lock: Lockfile; advisories: Advisory[] } {
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as Lockfile;
  const { advisories } = JSON.parse(readFileSync(join(root, "scripts/security/advisories.json"), "utf8")) as { advisories: Advisory[] };
  return { lock, advisories };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { lock, advisories } = loadProject();
  const findings = findVulnerable(lock, advisories);
  for (const f of findings)
    console.error(`✖ ${f.path}@${f.version}: ${f.advisory.id} (${f.advisory.severity}) ${f.advisory.summary}; fixed in ${f.advisory.fixed}. ${f.advisory.url}`);
  if (findings.length > 0) process.exit(1);
  console.log(`✔ No package in package-lock.json is in a range listed by the ${advisories.length} advisories of scripts/security/advisories.json.`);
}
