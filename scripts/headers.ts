// `npm run headers [dist]`: writes the committed host header files (public/_headers, vercel.json,
// docs/nginx-headers.conf) from src/views/security/headers.ts. Given a built site, it takes the
// inline-script hashes of its pages, for when a page gains an inline script.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { inlineScriptHashes } from "../src/views/security/csp";
import { netlifyHeaders, nginxHeaders, vercelJson } from "../src/views/security/headers";
import { htmlFilesUnder } from "./csp";

export const HEADER_FILES = {
  "public/_headers": netlifyHeaders,
  "vercel.json": vercelJson,
  "docs/nginx-headers.conf": nginxHeaders,
} as const;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) {
  const dist = process.argv[2];
  const hashes = dist ? [...new Set(htmlFilesUnder(dist).flatMap((file) => inlineScriptHashes(readFileSync(file, "utf8"))))].sort() : [];
  for (const [path, generate] of Object.entries(HEADER_FILES)) {
    // Unchanged files keep their time stamp, so a built dist/ does not look stale to the browser tests.
    const text = generate(hashes);
    if (!existsSync(path) || readFileSync(path, "utf8") !== text) writeFileSync(path, text);
  }
  console.log(`headers: wrote ${Object.keys(HEADER_FILES).join(", ")}${hashes.length ? ` with ${hashes.length} inline-script hash(es)` : ""}`);
}
