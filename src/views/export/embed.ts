// Addresses and copy-paste snippets for embeds, chart pages and downloads. Everything a journalist
// copies is built here, once, so the share control, the chart pages and oEmbed agree.
import { localeUrl, t, type Locale } from "../../core/i18n";
import type { FigureModel } from "../../charts/figure";
import { svgHeight, xmlEscape } from "./standalone";

/** The site's base path with a trailing slash, e.g. "/" or "/sub/". */
export function basePath(): string {
  return (import.meta.env?.BASE_URL ?? "/").replace(/\/?$/, "/");
}

/** The page where a chart appears in full; charts not placed in a story point to their own page. */
const STORY_PATHS: Record<string, string> = {
  "trade-coverage": "echanges/",
  "exports-vs-target": "echanges/",
  "craft-exports": "artisanat-et-economie-sociale/",
  "craft-exports-by-product": "artisanat-et-economie-sociale/",
  "craft-exports-by-destination": "artisanat-et-economie-sociale/",
};

/** Site-relative URL of the story a chart belongs to, in `locale`. */
export function storyUrl(id: string, locale: Locale): string {
  return localeUrl(locale, STORY_PATHS[id] ?? `graphiques/${id}/`);
}

/** Site-relative URL of the embed page; `release` selects an archived, immutable variant. */
export function embedUrl(id: string, locale: Locale, release?: string): string {
  return localeUrl(locale, release ? `embed/${id}/${release}/` : `embed/${id}/`);
}

/** Site-relative URL of the chart's page for journalists. */
export function chartPageUrl(id: string, locale: Locale): string {
  return localeUrl(locale, `graphiques/${id}/`);
}

/** Site-relative URL of the parent script that resizes our iframes. */
export function embedScriptUrl(): string {
  return `${basePath()}embed.js`;
}

/**
 * Site-relative URL of a chart's page parts (src/pages/charts/[id]/[part].json.ts): the wide drawing,
 * which pages fetch only on wide screens, and the tooltip points of both drawings, fetched at the
 * first hover, touch or focus. Phones then get neither in their first round trip (issue 17).
 */
export function figurePartsUrl(id: string, locale: Locale): string {
  return `${basePath()}charts/${id}/parts.${locale}.json`;
}

/** Kinds of static download made for every chart and locale. */
export type DownloadKind = "csv" | "csv-excel-fr" | "json" | "svg" | "png-light" | "png-dark" | "oembed" | "og";

/** File name (under charts/<id>/) of one download. */
export function downloadFile(id: string, locale: Locale, kind: DownloadKind): string {
  switch (kind) {
    case "png-light":
      return `${id}.${locale}.light.png`;
    case "png-dark":
      return `${id}.${locale}.dark.png`;
    case "oembed":
      return `oembed.${locale}.json`;
    case "og":
      return `og.${locale}.png`;
    case "csv-excel-fr":
      return `${id}.${locale}.excel-fr.csv`;
    default:
      return `${id}.${locale}.${kind}`;
  }
}

/** Site-relative URL of one download (downloads are not locale-prefixed: the locale is in the name). */
export function downloadUrl(id: string, locale: Locale, kind: DownloadKind): string {
  return `${basePath()}charts/${id}/${downloadFile(id, locale, kind)}`;
}

/**
 * Absolute URL of a site-relative path, for snippets pasted on other sites. Without `site` (no
 * SITE_URL at build time) the path stays site-relative: no guessed address ever reaches a reader,
 * and the share control completes it with the page's own origin in the browser.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** Absolute URL of a path, or undefined without `site`: for outputs where a relative URL is invalid (og:image, sitemap). */
export function absoluteUrlOrNone(path: string, site: URL | string | undefined): string | undefined {
  return site ? new URL(path, site).href : undefined;
}

/**
 * Height in px the iframe gets before (or without) the resize script: the taller of the phone and
 * wide layouts, so nothing is cut off where a CMS strips scripts.
 */
export function fallbackHeight(figure: FigureModel, locale: Locale): number {
  const chart = Math.max(svgHeight(figure.svg.narrow), svgHeight(figure.svg.wide));
  // Title, dek and source lines wrap most in a phone-width frame (about 340 px); Arabic sets taller
  // lines. Calibrated on every embed at 320–1000 px so that no plain iframe cuts its chart.
  const perChar = locale === "ar" ? 0.75 : 0.55;
  const text = 170 + (figure.title.length + figure.dek.length) * perChar;
  return Math.ceil((chart + text) / 10) * 10;
}

/** Colour theme of an embed: light (the default), dark, or auto (the reader's system setting). */
export type EmbedTheme = "light" | "dark" | "auto";
export const EMBED_THEMES: EmbedTheme[] = ["light", "dark", "auto"];

/** The embed page's address with its theme flag (none for light, the default). */
function themedEmbedUrl(id: string, locale: Locale, site: URL | string | undefined, release: string | undefined, theme: EmbedTheme): string {
  return absoluteUrl(embedUrl(id, locale, release), site) + (theme === "light" ? "" : `?theme=${theme}`);
}

/** The responsive iframe snippet: an iframe with a fixed fallback height and our external resize script; with `release`, the archived copy. */
export function iframeSnippet(figure: FigureModel, locale: Locale, site: URL | string | undefined, release?: string, theme: EmbedTheme = "light"): string {
  const src = themedEmbedUrl(figure.id, locale, site, release, theme);
  const title = xmlEscape(t(locale, "embed.iframe-title", { title: figure.title }));
  return (
    `<iframe src="${src}" title="${title}" data-feuille-embed="${figure.id}" width="100%" height="${fallbackHeight(figure, locale)}" ` +
    `style="width:100%;max-width:100%;border:0" loading="lazy" scrolling="no"></iframe>` +
    `<script src="${absoluteUrl(embedScriptUrl(), site)}" async></script>`
  );
}

/**
 * The AMP snippet: amp-iframe with `resizable` and the overflow button AMP requires, sized to the
 * fallback height; the embed answers AMP's embed-size messages, so AMP grows it to its content.
 * (AMP wants the page to load the amp-iframe extension script in its head.)
 */
export function ampSnippet(figure: FigureModel, locale: Locale, site: URL | string | undefined, theme: EmbedTheme = "light"): string {
  const src = themedEmbedUrl(figure.id, locale, site, undefined, theme);
  const title = xmlEscape(t(locale, "embed.iframe-title", { title: figure.title }));
  const more = xmlEscape(t(locale, "embed.amp-more"));
  return (
    `<amp-iframe src="${src}" title="${title}" layout="fixed-height" height="${fallbackHeight(figure, locale)}" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" resizable frameborder="0">` +
    `<div overflow tabindex="0" role="button" aria-label="${more}">${more}</div></amp-iframe>`
  );
}

/** The image snippet for CMSs without iframes: a <picture> with light/dark PNGs and alt text, linked to the story. */
export function imageSnippet(figure: FigureModel, locale: Locale, site: URL | string | undefined, size: { width: number; height: number }): string {
  const light = absoluteUrl(downloadUrl(figure.id, locale, "png-light"), site);
  const dark = absoluteUrl(downloadUrl(figure.id, locale, "png-dark"), site);
  const story = absoluteUrl(storyUrl(figure.id, locale), site);
  const alt = xmlEscape(`${figure.title}. ${figure.alt}`);
  return (
    `<a href="${story}"><picture><source srcset="${dark}" media="(prefers-color-scheme: dark)">` +
    `<img src="${light}" alt="${alt}" width="${size.width / 2}" height="${size.height / 2}" style="max-width:100%;height:auto" loading="lazy"></picture></a>`
  );
}
