// Validity gate: every built page passes html-validate (.htmlvalidate.json, the "standard"
// preset: conformance, not style), and no internal link or asset anywhere in the built site
// is broken: every href, src, srcset, og:image and CSS url() resolves to a file, and every
// #fragment into one of our pages names an id that exists there.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, statSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { parseHTML } from "linkedom";
import { builtPages, distDir } from "../../scripts/tools/built-pages";

const dist = distDir();
const pages = builtPages(dist);
const base = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");
const siteOrigin = new URL(process.env.SITE_URL ?? "https://feuille-de-route.example.org").origin;
const LOCAL = "http://local.test";

describe("HTML validity", () => {
  it("every built page passes html-validate with no error", async () => {
    const config = JSON.parse(readFileSync(join(process.cwd(), ".htmlvalidate.json"), "utf8")) as ConfigData;
    const validator = new HtmlValidate(config);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(page.file, "utf8"), page.file);
      for (const result of report.results) {
        for (const m of result.messages) if (m.severity === 2) errors.push(`${page.urlPath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(pages.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

/** The file a site path serves, or null: "/a/" → a/index.html, "/a" → a or a/index.html. */
function fileFor(pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return null; // malformed %-escape: a browser could not fetch it either
  }
  const candidate = join(dist, rel);
  if (!candidate.startsWith(dist)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, "index.html");
  return existsSync(index) ? index : null;
}

/** An internal URL (ours), resolved against the page; null for other origins and non-http schemes. */
function internal(raw: string, pageUrl: string): URL | null {
  const value = raw.trim();
  if (value === "" || /^(mailto|tel|data|blob):/i.test(value)) return null;
  const url = new URL(value, pageUrl);
  if (url.origin === LOCAL) return url;
  if (url.origin === siteOrigin) return new URL(url.pathname + url.search + url.hash, LOCAL);
  return null;
}

const idsByFile = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsByFile.get(file);
  if (!ids) {
    const { document } = parseHTML(readFileSync(file, "utf8"));
    ids = new Set([...document.querySelectorAll("[id]")].map((el) => el.getAttribute("id") ?? ""));
    for (const a of document.querySelectorAll("a[name]")) ids.add(a.getAttribute("name") ?? "");
    idsByFile.set(file, ids);
  }
  return ids;
}

describe("links and assets", () => {
  it("no page uses a javascript: URL", () => {
    const offenders = pages.filter((p) => /\s(href|src|action)\s*=\s*"\s*javascript:/i.test(readFileSync(p.file, "utf8")));
    expect(offenders.map((p) => p.urlPath)).toEqual([]);
  });

  it("every internal href, src, srcset and social image in every page resolves, fragments included", () => {
    const broken: string[] = [];
    for (const page of pages) {
      const pageUrl = LOCAL + base.slice(0, -1) + page.urlPath;
      const { document } = parseHTML(readFileSync(page.file, "utf8"));
      const refs: string[] = [];
      for (const el of document.querySelectorAll("[href]")) refs.push(el.getAttribute("href") ?? "");
      for (const el of document.querySelectorAll("[src]")) refs.push(el.getAttribute("src") ?? "");
      for (const el of document.querySelectorAll("[srcset]"))
        refs.push(...(el.getAttribute("srcset") ?? "").split(",").map((c) => c.trim().split(/\s+/)[0] ?? ""));
      for (const el of document.querySelectorAll(
        "meta[property='og:image'], meta[property='og:image:url'], meta[property='og:image:secure_url'], meta[name='twitter:image'], meta[property='og:url']",
      ))
        refs.push(el.getAttribute("content") ?? "");
      for (const ref of refs) {
        const url = internal(ref, pageUrl);
        if (!url) continue;
        const file = fileFor(url.pathname);
        if (!file) {
          broken.push(`${page.urlPath} → ${ref} (no file)`);
          continue;
        }
        let fragment = url.hash.slice(1);
        try {
          fragment = decodeURIComponent(fragment);
        } catch {
          broken.push(`${page.urlPath} → ${ref} (malformed fragment)`);
          continue;
        }
        if (fragment && file.endsWith(".html") && !idsOf(file).has(fragment)) broken.push(`${page.urlPath} → ${ref} (no id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("every url() in every stylesheet resolves", () => {
    const broken: string[] = [];
    const cssFiles = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".css"));
    expect(cssFiles.length).toBeGreaterThan(0);
    for (const entry of cssFiles) {
      const file = join(entry.parentPath, entry.name);
      const cssUrl = LOCAL + base + relative(dist, file).split(sep).join("/");
      for (const match of readFileSync(file, "utf8").matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        const url = internal(match[2] ?? "", cssUrl);
        if (url && !fileFor(url.pathname)) broken.push(`${relative(dist, file)} → ${match[2]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
