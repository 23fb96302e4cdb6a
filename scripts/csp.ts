// Post-build step: gives every built HTML page its Content-Security-Policy meta tag with the
// hashes of its own inline scripts, and writes dist/_headers from the one header definition
// (src/views/security/headers.ts) with the union of those hashes, so the header policy (which
// browsers enforce together with the meta one) allows them too.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { applyPagePolicy } from "../src/views/security/csp";
import { netlifyHeaders } from "../src/views/security/headers";

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
    const next = applyPagePolicy(html);
    for (const hash of next.hashes) all.add(hash);
    if (next.html !== html) writeFileSync(file, next.html);
  }
  const hashes = [...all].sort();
  writeFileSync(join(dir, "_headers"), netlifyHeaders(hashes));
  return hashes;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) {
  const dir = process.argv[2];
  if (!dir) throw new Error("csp: missing the folder argument");
  const hashes = applyCsp(dir);
  console.log(`csp: policy applied${hashes.length ? ` with ${hashes.length} inline-script hash(es)` : ""}`);
}
