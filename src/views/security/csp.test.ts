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
    expect(withPagePolicy(without)).toBe(
      `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}"><title>x</title></head>`,
    );
  });
});

describe("policy applied with a parser, not patterns", () => {
  it("hashes a script's raw text whatever its attribute order, quoting or case, and skips src= and data blocks", () => {
    const html = `<HEAD><Meta Charset=utf-8></HEAD><script defer type='module' >x("&amp;")</script><script data-x src=/a.js></script><script type="application/ld+json">{}</script>`;
    expect(inlineScriptHashes(html)).toEqual([scriptHash(`x("&amp;")`)]);
  });

  it("replaces only the policy tag, whatever its attribute order, leaving every other byte alone", () => {
    const before = `<!doctype html><html><head><meta charset="utf-8"><meta content="old" http-equiv="content-security-policy"><title>a &amp; b</title></head><body><p class=x>é</p><script>a()</script></body></html>`;
    const after = withPagePolicy(before);
    const tag = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([scriptHash("a()")])}">`;
    expect(after).toBe(before.replace(`<meta content="old" http-equiv="content-security-policy">`, tag));
  });

  it("a page with no <head> is an error, not a page without policy", () => {
    expect(() => withPagePolicy("<p>x</p>")).toThrow(/no <head>/);
  });
});
