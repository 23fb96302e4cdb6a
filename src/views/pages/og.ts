// The social-preview card of a region's page (1200×630): the region's name, its office status
// and new exporters, a locator map and the OpenStreetMap credit, in the page's language.
import { locatorSvg } from "../../charts/geo/locator";
import { tokens } from "../../core/theme/tokens";
import { exportFontFamily } from "../export/fonts";
import { resolveChartSvg, xmlEscape, OG_SIZE } from "../export/standalone";
import { wrapWords, bidiText } from "../../charts/kit/svg";
import { t, type Locale } from "../../core/i18n";
import type { RegionPageView } from "./region";

/** The site path of a region's preview image, without locale ("regions/ma-06/og.png"). */
export function regionOgPath(slug: string): string {
  return `regions/${slug}/og.png`;
}

/** A standalone SVG (colours resolved, export fonts named) of the region's preview card. */
export function regionOgSvg(view: RegionPageView, locale: Locale): string {
  const c = tokens.light;
  const { width, height } = OG_SIZE;
  const pad = 64;
  const mapWidth = 330;
  const rtl = locale === "ar";
  const textWidth = width - 2 * pad - mapWidth - 48;
  const x = rtl ? width - pad : pad;
  const anchor = rtl ? ' direction="rtl" text-anchor="end"' : "";
  const line = (text: string, y: number, size: number, fill: string, weight = 400) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}"${anchor}>${xmlEscape(bidiText(text, locale))}</text>`;
  const parts: string[] = [];
  let y = pad + 30;
  parts.push(line(t(locale, "site.name"), y, 26, c.muted));
  y += 80;
  for (const nameLine of wrapWords(view.name, textWidth, 60).slice(0, 2)) {
    parts.push(line(nameLine, y, 60, c.text, 700));
    y += 72;
  }
  for (const tagLine of wrapWords(t(locale, "region.og-tagline"), textWidth, 28).slice(0, 2)) {
    parts.push(line(tagLine, y, 28, c.muted));
    y += 38;
  }
  y += 24;
  for (const statusLine of wrapWords(`${t(locale, "map.col.status")}${t(locale, "punct.colon")}${view.office.statusLabel}`, textWidth, 30).slice(0, 2)) {
    parts.push(line(statusLine, y, 30, c.text, 700));
    y += 40;
  }
  if (view.exporters) {
    for (const exportersLine of wrapWords(view.exporters.value, textWidth, 26).slice(0, 2)) {
      parts.push(line(exportersLine, y, 26, c.text));
      y += 36;
    }
  }
  parts.push(line(t(locale, "map.credit"), height - 32, 18, c.muted));
  const locator = locatorSvg(view.code, mapWidth);
  const mapHeight = Number(/height="([\d.]+)"/.exec(locator)?.[1] ?? mapWidth);
  const mapX = rtl ? pad : width - pad - mapWidth;
  const mapY = Math.max(24, Math.round((height - mapHeight) / 2));
  const placed = locator.replace(/^<svg\b/, `<svg x="${mapX}" y="${mapY}"`);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${exportFontFamily(locale)}">`,
    `<rect width="100%" height="100%" fill="${c.bg}"/>`,
    `<rect width="100%" height="8" fill="${c.accent}"/>`,
    ...parts,
    placed,
    `</svg>`,
  ].join("");
  return resolveChartSvg(svg, locale, "light");
}
