// Reads a page's prose for a locale (src/content/<locale>/<slug>.md), fills its placeholders from
// data/ and renders it. Every page's text exists in every locale; a missing file fails the build.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Datasets, Source } from "../../data/schema";
import type { Locale } from "../../core/i18n/locales";
import { charts } from "../../charts/registry";
import { factResolver, fillPlaceholders } from "./facts";
import { renderMarkdown, type Heading, type Segment } from "./render";

/** A content page ready to print. */
export interface ContentPage {
  title: string;
  description: string;
  lede: string;
  segments: Segment[];
  headings: Heading[];
  /** Sources of every figure the prose cites, in first-use order. */
  sources: Source[];
}

/** The content folder: CONTENT_DIR if set (security tests), else src/content from the project root (Astro bundles pages elsewhere). */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? join(process.cwd(), "src", "content");
}

/** The path of a page's markdown in a locale. */
export function contentPath(slug: string, locale: Locale): string {
  return join(contentDir(), locale, `${slug}.md`);
}

/** Splits `---` front matter (one `key: value` per line) from the body. */
export function parseFrontMatter(raw: string, file: string): { meta: Record<string, string>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  if (!m) throw new Error(`${file}: missing front matter (--- title: … description: … ---)`);
  const meta: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    if (!line.trim()) continue;
    const kv = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!kv) throw new Error(`${file}: front matter line not understood: "${line}"`);
    meta[kv[1]] = kv[2].trim().replace(/^"(.*)"$/, "$1");
  }
  return { meta, body: raw.slice(m[0].length) };
}

/** Loads, fills and renders one content page. */
export function loadContent(slug: string, locale: Locale, data: Datasets): ContentPage {
  const file = contentPath(slug, locale);
  const shortName = `src/content/${locale}/${slug}.md`;
  if (!existsSync(file)) throw new Error(`${shortName} is missing: every page needs its text in fr, ar and en`);
  const { meta, body } = parseFrontMatter(readFileSync(file, "utf8"), shortName);
  for (const key of ["title", "description"]) if (!meta[key]) throw new Error(`${shortName}: front matter needs "${key}"`);
  const resolve = factResolver(data, locale);
  const title = fillPlaceholders(meta.title, resolve, shortName);
  const description = fillPlaceholders(meta.description, resolve, shortName);
  const lede = fillPlaceholders(meta.lede ?? "", resolve, shortName);
  const filled = fillPlaceholders(body, resolve, shortName);
  const rendered = renderMarkdown(filled.text, { file: shortName, isChart: (id) => charts.some((c) => c.id === id) });
  const ids = [...new Set([...description.sources, ...lede.sources, ...filled.sources])];
  const sources = ids.map((id) => data.sources.find((s) => s.source_id === id)).filter((s): s is Source => Boolean(s));
  return { title: title.text, description: description.text, lede: lede.text, segments: rendered.segments, headings: rendered.headings, sources };
}
