// The site's Content-Security-Policy, shared by the <meta> tag in the layouts, the post-build
// step that adds hashes of inline scripts, the header files for static hosts, and the tests.
import { createHash } from "node:crypto";
import { scanHtml, type ScannedPage } from "./html-scan";

/**
 * Directives of the policy. Scripts come only from our origin (plus the sha256 hash of any
 * inline script, added per page at build time); 'wasm-unsafe-eval' lets Pagefind's search
 * run its WebAssembly and is not 'unsafe-eval'. Styles allow 'unsafe-inline' because Plot
 * writes <style> elements and style attributes into every chart SVG; styles cannot run code.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ["default-src", "'self'"],
  ["script-src", "'self' 'wasm-unsafe-eval'"],
  ["style-src", "'self' 'unsafe-inline'"],
  ["img-src", "'self' data:"],
  ["font-src", "'self'"],
  ["connect-src", "'self'"],
  ["frame-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"],
];

/** The policy as one header/meta value, with extra script-src sources (e.g. hashes) appended. */
export function contentSecurityPolicy(extraScriptSources: readonly string[] = []): string {
  return CSP_DIRECTIVES.map(([name, value]) =>
    name === "script-src" && extraScriptSources.length > 0 ? `${name} ${value} ${extraScriptSources.join(" ")}` : `${name} ${value}`,
  ).join("; ");
}

/** The CSP source expression ('sha256-…') for an inline script's exact text. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
}

/** Script types the browser executes (a JSON or template block is data, not code, and needs no hash). */
export function isExecutableScriptType(type: string | undefined): boolean {
  const t = (type ?? "").trim().toLowerCase();
  return t === "" || t === "module" || t === "text/javascript" || t === "application/javascript";
}

/** Hashes of every executable inline script in an HTML document (scripts with src= are excluded). */
export function inlineScriptHashes(html: string): string[] {
  return executableScriptHashes(scanHtml(html));
}

function executableScriptHashes(page: ScannedPage): string[] {
  const hashes = page.inlineScripts.filter((script) => isExecutableScriptType(script.attributes.type)).map((script) => scriptHash(script.text));
  return [...new Set(hashes)];
}

/**
 * Gives an HTML document its final meta policy: the hashes of its own inline scripts are added,
 * and a page whose layout forgot the tag gets one right after <meta charset> (or <head>). Only the
 * bytes of that tag change. Returns the page and its hashes (one parse for both).
 */
export function applyPagePolicy(html: string): { html: string; hashes: string[] } {
  const page = scanHtml(html);
  const hashes = executableScriptHashes(page);
  const tag = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}">`;
  if (page.cspMeta) return { html: html.slice(0, page.cspMeta[0]) + tag + html.slice(page.cspMeta[1]), hashes };
  const at = page.afterCharset ?? page.afterHead;
  if (at === undefined) throw new Error("csp: a built page has no <head>, so it cannot carry its policy");
  return { html: html.slice(0, at) + tag + html.slice(at), hashes };
}

export function withPagePolicy(html: string): string {
  return applyPagePolicy(html).html;
}
