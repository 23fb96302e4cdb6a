// Content-Security-Policy gate: every page carries the strict policy (src/views/security/csp.ts)
// as its first <meta>, with exactly the hashes of its own inline scripts; the header files for
// static hosts carry the same policy; and every page loads and runs in Chromium under it with
// no violation report and no request to any other origin (one pass over every page serves both).
import { settled } from "./settle";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { contentSecurityPolicy, inlineScriptHashes } from "../../src/views/security/csp";
import { launchBrowser } from "../../scripts/tools/browser";
import { builtPages, distDir, scrollThrough } from "../../scripts/tools/built-pages";

const origin = inject("origin");
const pages = builtPages();
const metaPolicy = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'");
const allHashes = [...new Set(pages.flatMap((p) => inlineScriptHashes(readFileSync(p.file, "utf8"))))].sort();
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.addInitScript(() => {
    const reports: string[] = [];
    (window as unknown as { __cspReports: string[] }).__cspReports = reports;
    document.addEventListener("securitypolicyviolation", (e) =>
      reports.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
});
afterAll(async () => browser?.close());

describe("the policy", () => {
  it("is strict: scripts only from our origin or by hash, no 'unsafe-eval', no other origin, no inline script without hash", () => {
    const policy = contentSecurityPolicy();
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/'unsafe-eval'|https?:|\*|'unsafe-inline'[^;]*;?\s*$/);
    expect(/script-src ([^;]*)/.exec(policy)?.[1]).not.toContain("'unsafe-inline'");
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/base-uri 'self'/);
  });

  it("every page has it as a meta tag before any script or stylesheet, with the hashes of its own inline scripts", () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page.file, "utf8");
      const policy = metaPolicy(html);
      if (!policy) {
        problems.push(`${page.urlPath}: no CSP meta tag`);
        continue;
      }
      const expected = contentSecurityPolicy(inlineScriptHashes(html));
      if (policy !== expected) problems.push(`${page.urlPath}: policy is "${policy}", expected "${expected}"`);
      const at = html.search(/<meta http-equiv="Content-Security-Policy"/i);
      const firstResource = html.search(/<script\b|<link\b[^>]*rel="stylesheet"|<style\b/i);
      if (firstResource !== -1 && firstResource < at) problems.push(`${page.urlPath}: a script or stylesheet comes before the CSP meta tag`);
    }
    expect(problems).toEqual([]);
  });

  it("the header files for Netlify/Cloudflare, Vercel and nginx carry the same policy", () => {
    const expected = contentSecurityPolicy(allHashes);
    const headersFile = join(distDir(), "_headers");
    expect(existsSync(headersFile), "public/_headers should be copied into the built site").toBe(true);
    expect(/Content-Security-Policy:\s*(.*)$/m.exec(readFileSync(headersFile, "utf8"))?.[1]?.trim()).toBe(expected);
    // vercel.json and the nginx snippet are static files: if an inline script needs a hash, add it there too.
    const vercel = JSON.parse(readFileSync("vercel.json", "utf8")) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
    const vercelPolicy = vercel.headers.flatMap((h) => h.headers).find((h) => h.key === "Content-Security-Policy")?.value;
    expect(vercelPolicy).toBe(expected);
    expect(/Content-Security-Policy "([^"]*)"/.exec(readFileSync("docs/nginx-headers.conf", "utf8"))?.[1]).toBe(expected);
  });
});

describe("in Chromium", () => {
  it("every page loads, scrolls and runs with no CSP violation and no request to another origin", { timeout: 300_000 }, async () => {
    const violations: string[] = [];
    const foreign: string[] = [];
    let routed = 0;
    // Every request leaves through here: ours continue, any other origin is recorded and refused.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      routed++;
      if (url.startsWith(origin + "/") || /^(data|blob):/.test(url)) return route.continue();
      foreign.push(`${route.request().frame().url()} → ${url}`);
      return route.abort();
    });
    const queue = [...pages];
    const worker = async () => {
      const page = await context.newPage();
      page.on("console", (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(`${page.url()}: console: ${m.text()}`);
      });
      for (let next = queue.shift(); next; next = queue.shift()) {
        await page.goto(origin + next.urlPath, { waitUntil: "load" });
        await settled(page);
        // Scroll through so scripts that wait for a chart to become visible run too.
        await scrollThrough(page);
        const reports = await page.evaluate(() => (window as unknown as { __cspReports: string[] }).__cspReports);
        violations.push(...reports.map((r) => `${next.urlPath}: ${r}`));
      }
      await page.close();
    };
    await Promise.all([worker(), worker()]);
    expect(pages.length).toBeGreaterThan(0);
    await context.unroute("**/*");
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(routed).toBeGreaterThanOrEqual(pages.length);
  });

  it("the policy really is enforced: an injected inline script is blocked and reported", async () => {
    const page = await context.newPage();
    await page.goto(origin + "/");
    await settled(page);
    const outcome = await page.evaluate(async () => {
      const s = document.createElement("script");
      s.textContent = "window.__ran = true";
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return { ran: (window as unknown as { __ran?: boolean }).__ran === true, reports: (window as unknown as { __cspReports: string[] }).__cspReports.length };
    });
    await page.close();
    expect(outcome).toEqual({ ran: false, reports: 1 });
  });
});
