// Data releases: each row of data/releases.csv has a frozen copy of data/ in
// data/releases/<release_id>/ with a manifest.json listing every file's SHA-256, so a release can
// be re-read (changelog, archived embeds) and checked for tampering.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Release } from "./schema";

/** What data/releases/<id>/manifest.json holds. */
export interface ReleaseManifest {
  release_id: string;
  published_on: string;
  title: { fr: string; ar: string; en: string };
  /** The release just before, or null for the first one. */
  previous: string | null;
  files: Record<string, { sha256: string; bytes: number }>;
}

/** The folder holding every release snapshot of a data folder. */
export function releasesRoot(dataDir: string): string {
  return join(dataDir, "releases");
}

/** The snapshot folder of one release. */
export function releaseDir(dataDir: string, releaseId: string): string {
  return join(releasesRoot(dataDir), releaseId);
}

/** SHA-256 of a file's bytes, in hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The CSV files directly in a folder, sorted by name. */
export function csvFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".csv") && statSync(join(dir, name)).isFile())
    .sort();
}

/** Checksums of the CSV files in a folder, as a manifest records them. */
export function checksums(dir: string): ReleaseManifest["files"] {
  return Object.fromEntries(
    csvFiles(dir).map((name) => {
      const bytes = readFileSync(join(dir, name));
      return [name, { sha256: sha256(bytes), bytes: bytes.length }];
    }),
  );
}

/** Reads a release's manifest, or null when the snapshot is missing. */
export function readManifest(dataDir: string, releaseId: string): ReleaseManifest | null {
  const path = join(releaseDir(dataDir, releaseId), "manifest.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as ReleaseManifest) : null;
}

/** One way a snapshot differs from its manifest. */
export interface SnapshotProblem {
  releaseId: string;
  /** The file concerned, or null when the whole snapshot (or its manifest) is missing. */
  file: string | null;
  kind: "no-snapshot" | "changed" | "missing" | "extra" | "bad-manifest";
}

/** Every way a release snapshot differs from its manifest (empty when intact). */
export function snapshotProblems(dataDir: string, releaseId: string): SnapshotProblem[] {
  let manifest: ReleaseManifest | null;
  try {
    manifest = readManifest(dataDir, releaseId);
  } catch {
    return [{ releaseId, file: "manifest.json", kind: "bad-manifest" }];
  }
  if (!manifest) return [{ releaseId, file: null, kind: "no-snapshot" }];
  const actual = checksums(releaseDir(dataDir, releaseId));
  const problems: SnapshotProblem[] = [];
  for (const [name, want] of Object.entries(manifest.files)) {
    if (!actual[name]) problems.push({ releaseId, file: name, kind: "missing" });
    else if (actual[name].sha256 !== want.sha256) problems.push({ releaseId, file: name, kind: "changed" });
  }
  for (const name of Object.keys(actual)) if (!manifest.files[name]) problems.push({ releaseId, file: name, kind: "extra" });
  return problems;
}

/** Problems with a release snapshot: missing, altered or extra files (empty when intact). */
export function verifyRelease(dataDir: string, releaseId: string): string[] {
  const manifest = readManifest(dataDir, releaseId);
  if (!manifest) return [`release ${releaseId}: no snapshot in data/releases/${releaseId}/ (run npm run data:release)`];
  const actual = checksums(releaseDir(dataDir, releaseId));
  const problems: string[] = [];
  for (const [name, want] of Object.entries(manifest.files)) {
    if (!actual[name]) problems.push(`release ${releaseId}: ${name} is missing from the snapshot`);
    else if (actual[name].sha256 !== want.sha256) problems.push(`release ${releaseId}: ${name} was changed after the release (checksum differs)`);
  }
  for (const name of Object.keys(actual)) {
    if (!manifest.files[name]) problems.push(`release ${releaseId}: ${name} is in the snapshot but not in its manifest`);
  }
  return problems;
}

/** Releases oldest first; two on the same day keep the order of data/releases.csv. */
export function releasesInOrder(releases: Release[]): Release[] {
  return releases
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.published_on.localeCompare(b.r.published_on) || a.i - b.i)
    .map(({ r }) => r);
}

/** A manifest serialised the same way every time (stable key order, trailing newline). */
export function manifestJson(manifest: ReleaseManifest): string {
  const files = Object.fromEntries(
    Object.keys(manifest.files)
      .sort()
      .map((k) => [k, manifest.files[k]]),
  );
  return `${JSON.stringify({ ...manifest, files }, null, 2)}\n`;
}
