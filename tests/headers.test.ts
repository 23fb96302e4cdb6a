import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { HEADER_FILES } from "../scripts/headers";
import { contentSecurityPolicy, scriptHash } from "../src/views/security/csp";
import { CACHE_RULES, netlifyHeaders, nginxHeaders, vercelJson } from "../src/views/security/headers";

describe("host header files come from one definition", () => {
  // The committed files may carry inline-script hashes (npm run headers dist): read them back.
  const committedHashes = /Content-Security-Policy: (.*)$/m.exec(readFileSync("public/_headers", "utf8"))?.[1]?.match(/'sha256-[^']+'/g) ?? [];

  it.each(Object.entries(HEADER_FILES))("%s is exactly what `npm run headers` writes", (path, generate) => {
    expect(readFileSync(path, "utf8"), `${path} was edited by hand: edit src/views/security/headers.ts and run npm run headers`).toBe(
      generate(committedHashes),
    );
  });

  it("every format carries the same policy, with the given hashes, and every cache rule", () => {
    const hash = scriptHash("a()");
    const policy = contentSecurityPolicy([hash]);
    expect(policy).toContain(hash);
    expect(netlifyHeaders([hash])).toContain(`Content-Security-Policy: ${policy}\n`);
    const vercel = JSON.parse(vercelJson([hash])) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
    expect(vercel.headers[0]?.headers).toContainEqual({ key: "Content-Security-Policy", value: policy });
    expect(nginxHeaders([hash])).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    for (const rule of CACHE_RULES) {
      expect(netlifyHeaders()).toContain(`/${rule.folder}/*\n  Cache-Control: ${rule.cacheControl}`);
      expect(vercel.headers).toContainEqual({ source: `/${rule.folder}/(.*)`, headers: [{ key: "Cache-Control", value: rule.cacheControl }] });
    }
  });
});
