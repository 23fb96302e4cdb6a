// Compares data/ with its latest release, so the build can warn that numbers are about to be
// published under an older "data as of" date.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { DataIssue } from "./issues";
import type { Release } from "./schema";
import { releasesRoot, snapshotProblems } from "./releases";

/**
 * Every release folder checked against its manifest's checksums, and every release of
 * data/releases.csv against its folder: a published release is never rewritten, so any difference
 * is refused by data:check and the build, naming the file.
 */
export function releaseIssues(dataDir: string, releases: Release[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const listed = new Set(releases.map((r) => r.release_id));
  const root = releasesRoot(dataDir);
  const folders = existsSync(root) ? readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()) : [];
  const restore = (path: string) => ({
    en: `Restore it as released (git checkout -- data/${path}), make your corrections in data/ and record a new release.`,
    fr: `Restaurez-le tel que publié (git checkout -- data/${path}), faites vos corrections dans data/ et enregistrez une nouvelle publication.`,
  });
  for (const id of [...new Set([...listed, ...folders])].sort()) {
    if (!listed.has(id)) {
      issues.push({
        file: `releases/${id}/`,
        en: `is not a release of data/releases.csv. A release folder is only made by npm run data:release; delete this folder or restore its row.`,
        fr: `n'est pas une publication de data/releases.csv. Un dossier de publication n'est créé que par npm run data:release ; supprimez ce dossier ou rétablissez sa ligne.`,
      });
      continue;
    }
    for (const problem of snapshotProblems(dataDir, id)) {
      const path = `releases/${id}/${problem.file ?? ""}`;
      const fix = restore(path);
      const text = {
        "no-snapshot": {
          en: `is missing: release ${id} has no snapshot. Restore data/releases/${id}/ from version control (it cannot be rebuilt from today's data).`,
          fr: `est introuvable : la publication ${id} n'a pas de copie. Restaurez data/releases/${id}/ depuis le gestionnaire de versions (elle ne peut pas être refaite à partir des données d'aujourd'hui).`,
        },
        "bad-manifest": { en: `cannot be read as JSON. ${fix.en}`, fr: `ne peut pas être lu comme du JSON. ${fix.fr}` },
        changed: {
          en: `was changed after release ${id} was published (its SHA-256 no longer matches manifest.json). A published release is never rewritten. ${fix.en}`,
          fr: `a été modifié après la publication ${id} (sa somme SHA-256 ne correspond plus à manifest.json). Une publication ne se réécrit pas. ${fix.fr}`,
        },
        missing: { en: `is missing from release ${id}. ${fix.en}`, fr: `manque dans la publication ${id}. ${fix.fr}` },
        extra: {
          en: `is in release ${id} but not in its manifest. Delete it: a published release cannot gain files.`,
          fr: `se trouve dans la publication ${id} mais pas dans son manifeste. Supprimez-le : une publication ne peut pas recevoir de fichier.`,
        },
      }[problem.kind];
      issues.push({ file: path, ...text });
    }
  }
  return issues;
}
