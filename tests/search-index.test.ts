import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { buildSearchIndex, searchablePages } from "../scripts/search-index";

const page = (lang: string, title: string, body: string, searchable: boolean) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><header>menu</header><main${searchable ? " data-pagefind-body" : ""}><h1>${title}</h1><p>${body}</p></main></body></html>`;

/** A small built site: searchable pages in two languages, and listing pages that opt out. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), "search-index-"));
  const pages: [string, string][] = [
    ["index.html", page("fr", "Accueil", "exportations feuille de route", true)],
    ["sources/index.html", page("fr", "Sources", "liste des sources", true)],
    ["sources/2/index.html", page("fr", "Sources page 2", "zanzibarquetitre", false)],
    ["en/index.html", page("en", "Home", "exports roadmap", true)],
    ["en/sources/2/index.html", page("en", "Sources page 2", "zanzibarquetitre", false)],
  ];
  for (const [path, html] of pages) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

/** Pages per language in a written index. */
const languages = (dir: string) =>
  JSON.parse(readFileSync(join(dir, "pagefind/pagefind-entry.json"), "utf8")).languages as Record<string, { page_count: number }>;

describe("search index", () => {
  it("gives Pagefind only the pages that can be searchable", () => {
    const dir = site();
    expect(searchablePages(dir)).toEqual(["en/index.html", "index.html", "sources/index.html"]);
    // No page marked: Pagefind indexes every page's body, so it must see them all.
    const plain = mkdtempSync(join(tmpdir(), "search-index-plain-"));
    writeFileSync(join(plain, "index.html"), '<html lang="fr"><body><p>texte</p></body></html>');
    expect(searchablePages(plain)).toBeNull();
  });

  it("builds the same index as Pagefind reading the whole folder", async () => {
    const ours = site();
    const whole = mkdtempSync(join(tmpdir(), "search-index-whole-"));
    cpSync(ours, whole, { recursive: true });
    expect(await buildSearchIndex(ours)).toBe(3);
    const { index } = await pagefind.createIndex({});
    await index!.addDirectory({ path: whole });
    await index!.writeFiles({ outputPath: join(whole, "pagefind") });
    await pagefind.close();
    expect(languages(ours)).toEqual(languages(whole));
    expect(Object.fromEntries(Object.entries(languages(ours)).map(([lang, l]) => [lang, l.page_count]))).toEqual({ fr: 2, en: 1 });
  }, 60_000);
});
