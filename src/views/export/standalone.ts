// Standalone SVG for downloads, PNGs and og:images: the chart as drawn on the page, framed with
// its title, dek and source line, with every var(--c-…) colour resolved to one theme's value and
// the font named so it renders the same in any viewer and in resvg.
import { wrapText } from "../../charts/kit/plotStyle";
import { parseHTML } from "linkedom";
import type { FigureModel } from "../../charts/figure";
import { tokens, type TokenName } from "../../core/theme/tokens";
import { exportFontFamily } from "./fonts";
import { t, tCount, formatDate, type Locale } from "../../core/i18n";

/** The two colour themes an export can be made in. */
export type ExportTheme = "light" | "dark";
export const EXPORT_THEMES: readonly ExportTheme[] = ["light", "dark"];

/** Width in SVG units of exported charts: the wide render, so the PNG at 2× is 1440 px wide. */
export const EXPORT_WIDTH = 720;
/** Size of Open Graph images, the size social networks crop to. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

const PAD = 24;
/** Room, in chart units, kept on each side of a chart for labels Plot draws past its edge. */
const BLEED = 32;

/** Escapes text for SVG/XML content and attributes. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// Right-to-left text without `direction`: browsers make text-anchor follow direction (start = right
// in RTL) while resvg does not, so exports wrap RTL text in RLE…PDF and anchor it explicitly.
const RLE = "\u202B";
const PDF = "\u202C";
const FLIP: Record<string, string> = { start: "end", end: "start", middle: "middle" };

/**
 * Wraps number ranges such as "2025–2027" in a left-to-right isolate, as isolateLtr does in the
 * charts: in a right-to-left line the en dash is neutral, so the range would print as "2027–2025".
 */
export function isolateRanges(text: string): string {
  return text.replace(/(?<![\u2066\d])(\d+)\u2013(\d+)(?![\u2069\d])/g, "\u2066$1\u2013$2\u2069");
}

/** Rewrites direction="rtl" groups (as charts draw Arabic labels) so browsers and resvg agree. */
export function portableRtl(svg: string): string {
  if (!svg.includes('direction="rtl"')) return svg;
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  for (const group of [...document.querySelectorAll('[direction="rtl"]')]) {
    const texts = group.tagName.toLowerCase() === "text" ? [group] : [...group.querySelectorAll("text")];
    for (const text of texts) {
      let anchor = "start";
      for (let el: Element | null = text; el; el = el.parentElement) {
        const value = el.getAttribute("text-anchor");
        if (value) {
          anchor = value;
          break;
        }
      }
      text.setAttribute("text-anchor", FLIP[anchor] ?? anchor);
      const walker = [...text.childNodes];
      while (walker.length) {
        const node = walker.shift()!;
        if (node.nodeType === 3 && node.textContent?.trim()) node.textContent = `${RLE}${node.textContent}${PDF}`;
        else walker.push(...node.childNodes);
      }
    }
    group.removeAttribute("direction");
  }
  return document.body.innerHTML;
}

/** Chart markup with theme colours and the export font written in, and Plot's CSS block removed. */
export function resolveChartSvg(svg: string, locale: Locale, theme: ExportTheme): string {
  const palette = tokens[theme] as Record<string, string>;
  const family = exportFontFamily(locale);
  return portableRtl(svg)
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/var\(--c-([a-z-]+)\)/g, (m, name: string) => palette[name] ?? m)
    .replace(/font-family:\s*(?:var\([^;"]*?\)\)?|[^;"]*)/g, `font-family:${family.replace(/"/g, "'")}`)
    .replace(/font-family="[^"]*"/g, `font-family="${family}"`)
    .replace(/currentColor/g, palette.text);
}

/** Height of an SVG from its height attribute or viewBox. */
export function svgHeight(svg: string): number {
  const open = svg.slice(0, svg.indexOf(">"));
  const h = /\sheight="([\d.]+)"/.exec(open)?.[1] ?? /viewBox="[\d.\s-]+?\s([\d.]+)"/.exec(open)?.[1];
  if (!h) throw new Error("Chart SVG has no height");
  return Number(h);
}

/** Lines of text placed from the reading side (right in Arabic), with a line height. */
function textBlock(
  lines: string[],
  opts: { y: number; size: number; lineHeight: number; fill: string; weight?: number; locale: Locale; width: number },
): string {
  const rtl = opts.locale === "ar";
  const x = rtl ? opts.width - PAD : PAD;
  return lines
    .map((line, i) => {
      const y = opts.y + i * opts.lineHeight;
      const content = rtl ? `${RLE}${xmlEscape(isolateRanges(line))}${PDF}` : xmlEscape(line);
      return `<text x="${x}" y="${y}" font-size="${opts.size}"${opts.weight ? ` font-weight="${opts.weight}"` : ""} fill="${opts.fill}"${rtl ? ' text-anchor="end"' : ""}>${content}</text>`;
    })
    .join("");
}

/** The source line printed under exported charts: sources, data date and where it comes from. */
export function sourceLine(figure: FigureModel, locale: Locale, siteUrl: string): string {
  const label = t(locale, figure.sources.length > 1 ? "chart.sources" : "chart.source");
  // At most three publishers, as under the figure on the page; the full list is in the CSV and JSON.
  const all = [...new Set(figure.sources.map((s) => s.publisher))];
  const more = all.length > 3 ? ` ${tCount(locale, "count.more-sources", all.length - 3)}` : "";
  const publishers = all.slice(0, 3).join(" · ") + more;
  const asOf = figure.dataAsOf ? ` — ${t(locale, "chart.data-as-of", { date: formatDate(figure.dataAsOf, locale) })}` : "";
  // Without SITE_URL the build does not know the site's address, so the credit names none.
  const where = siteUrl ? ` — ${siteUrl}` : "";
  return `${label}${t(locale, "punct.colon")}${publishers}${asOf}${where}`;
}

/** A self-contained SVG of the figure in one theme: title, dek, chart, source line; no CSS variables. */
export function standaloneSvg(figure: FigureModel, locale: Locale, theme: ExportTheme, siteUrl: string): string {
  const c = tokens[theme];
  const width = EXPORT_WIDTH;
  const perLine = (size: number) => Math.floor((width - 2 * PAD) / (size * 0.55));
  const title = wrapText(figure.title, perLine(20));
  const dek = wrapText(figure.dek, perLine(14));
  const source = wrapText(sourceLine(figure, locale, siteUrl), perLine(12));
  const chart = resolveChartSvg(figure.svg.wide, locale, theme);
  // Plot lets end labels overflow the chart box (the page shows them with overflow: visible);
  // an image has no outside, so the chart is drawn in a box BLEED units wider on each side.
  const scale = width / (width + 2 * BLEED);
  const chartHeight = Math.ceil(svgHeight(chart) * scale);
  let y = PAD + 20;
  const titleSvg = textBlock(title, { y, size: 20, lineHeight: 26, fill: c.text, weight: 700, locale, width });
  y += title.length * 26;
  const dekSvg = textBlock(dek, { y, size: 14, lineHeight: 20, fill: c.muted, locale, width });
  y += (dek.length - 1) * 20 + 16;
  const chartY = y;
  y += chartHeight + 24;
  const sourceSvg = textBlock(source, { y, size: 12, lineHeight: 17, fill: c.muted, locale, width });
  const height = Math.ceil(y + (source.length - 1) * 17 + PAD);
  const nested = chart
    .replace(/^<svg\b[^>]*>/, (open) => open.replace(/\s(width|height|viewBox)="[^"]*"/g, ""))
    .replace(/^<svg\b/, `<svg x="0" y="${chartY}" width="${width}" height="${chartHeight}" viewBox="${-BLEED} 0 ${width + 2 * BLEED} ${svgHeight(chart)}"`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${exportFontFamily(locale)}" lang="${locale}">`,
    `<title>${xmlEscape(figure.title)}</title><desc>${xmlEscape(figure.alt)}</desc>`,
    `<rect width="100%" height="100%" fill="${c.bg}"/>`,
    titleSvg,
    dekSvg,
    nested,
    sourceSvg,
    `</svg>`,
  ].join("");
}

/** A 1200×630 Open Graph card: title on top, the chart scaled to fit, the site name below. */
export function ogImageSvg(figure: FigureModel, locale: Locale, siteName: string): string {
  const c = tokens.light;
  const { width, height } = OG_SIZE;
  const pad = 48;
  const title = wrapText(figure.title, Math.floor((width - 2 * pad) / (40 * 0.55))).slice(0, 2);
  const rtl = locale === "ar";
  const x = rtl ? width - pad : pad;
  const anchor = rtl ? ' text-anchor="end"' : "";
  const bidi = (text: string) => (rtl ? `${RLE}${xmlEscape(isolateRanges(text))}${PDF}` : xmlEscape(text));
  const titleSvg = title
    .map((line, i) => `<text x="${x}" y="${pad + 40 + i * 50}" font-size="40" font-weight="700" fill="${c.text}"${anchor}>${bidi(line)}</text>`)
    .join("");
  const chart = resolveChartSvg(figure.svg.wide, locale, "light");
  const top = pad + title.length * 50 + 16;
  const footer = 56;
  const boxH = height - top - footer;
  const boxW = width - 2 * pad;
  const nested = chart
    .replace(/\s(width|height)="[\d.]+"/g, "")
    .replace(/^<svg\b/, `<svg x="${pad}" y="${top}" width="${boxW}" height="${boxH}" preserveAspectRatio="xMidYMid meet"`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${exportFontFamily(locale)}">`,
    `<rect width="100%" height="100%" fill="${c.bg}"/>`,
    `<rect width="100%" height="8" fill="${c.accent}"/>`,
    titleSvg,
    nested,
    `<text x="${x}" y="${height - 24}" font-size="22" fill="${c.muted}"${anchor}>${bidi(siteName)}</text>`,
    `</svg>`,
  ].join("");
}

/** Token names, for tests that check no colour variable is left unresolved. */
export const tokenNames = Object.keys(tokens.light) as TokenName[];
