import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { contentSecurityPolicy, inlineScriptHashes, scriptHash, withPagePolicy } from "./csp";

describe("content security policy", () => {
  it("is strict: no unsafe-eval, no other origin, scripts from self only", () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toMatch(/https?:|\*/);
    expect(policy).toContain("object-src 'none'");
  });

  it("hashes exactly the executable inline scripts", () => {
    const html = `<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/json">{"c":1}</script>`;
    const expected = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    expect(inlineScriptHashes(html)).toEqual([expected("a()"), expected("b()")]);
    expect(scriptHash("a()")).toBe(expected("a()"));
  });

  it("adds the page's hashes to its meta tag, or inserts the tag after <meta charset>", () => {
    const withTag = `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}"></head><body><script>a()</script>`;
    expect(withPagePolicy(withTag)).toContain(`script-src 'self' 'wasm-unsafe-eval' ${scriptHash("a()")};`);
    const without = `<head><meta charset="utf-8"><title>x</title></head>`;
    expect(withPagePolicy(without)).toBe(`<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}"><title>x</title></head>`);
  });
});
