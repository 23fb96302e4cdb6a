// Post-build step: gives every built HTML page its Content-Security-Policy meta tag with the
// hashes of its own inline scripts, and adds the union of those hashes to dist/_headers, so
// the header policy (which browsers enforce together with the meta one) allows them too.
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { contentSecurityPolicy, inlineScriptHashes, withPagePolicy } from "../src/lib/security/csp";

/** Every *.html file under `dir`, as absolute paths. */
export function htmlFilesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(".html")) files.push(join(entry.parentPath, entry.name));
  }
  return files.sort();
}

/** Applies the policy to every page in `dir`; returns the union of inline-script hashes. */
export function applyCsp(dir: string): string[] {
  const all = new Set<string>();
  for (const file of htmlFilesUnder(dir)) {
    const html = readFileSync(file, "utf8");
    for (const hash of inlineScriptHashes(html)) all.add(hash);
    const next = withPagePolicy(html);
    if (next !== html) writeFileSync(file, next);
  }
  const hashes = [...all].sort();
  const headers = join(dir, "_headers");
  if (existsSync(headers)) {
    const text = readFileSync(headers, "utf8");
    writeFileSync(headers, text.replace(/^(\s*Content-Security-Policy:\s*).*$/gm, (_m, lead: string) => `${lead}${contentSecurityPolicy(hashes)}`));
  }
  return hashes;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) {
  const dir = process.argv[2];
  if (!dir) throw new Error("csp: missing the folder argument");
  const hashes = applyCsp(dir);
  console.log(`csp: policy applied${hashes.length ? ` with ${hashes.length} inline-script hash(es)` : ""}`);
}
