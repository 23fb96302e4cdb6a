// View model for the development gallery (/dev/charts/): every chart drawn at each gallery width,
// plus the CSS that lets one page show light and dark side by side.
import { charts } from "./registry";
import { renderChart } from "./kit/ssr";
import { chartText } from "./kit/types";
import { tokens } from "../core/theme/tokens";
import type { Datasets } from "../data/schema";
import type { Locale } from "../core/i18n/locales";

/** Widths the gallery draws every chart at. */
export const GALLERY_WIDTHS = [320, 640, 960] as const;

/** One chart in the gallery. */
export interface GalleryEntry {
  id: string;
  title: string;
  alt: string;
  mirror: boolean;
  why: string;
  renders: { width: number; svg: string; points: number }[];
}

/** Every chart, drawn at every gallery width, in `locale`. */
export function galleryModel(locale: Locale, data: Datasets): GalleryEntry[] {
  return charts.map((chart) => {
    const rows = chart.select(data);
    return {
      id: chart.id,
      title: chartText(chart.title, rows, locale),
      alt: chart.altOverride?.[locale] ?? chart.describe(rows, locale),
      mirror: chart.rtl.mirror,
      why: chart.rtl.why,
      renders: GALLERY_WIDTHS.map((width) => {
        const r = renderChart(chart, rows, locale, width);
        return { width, svg: r.svg, points: r.points.length };
      }),
    };
  });
}

/** Scoped token blocks so a gallery row can show either theme whatever the page's theme. */
export function galleryThemeCss(): string {
  const block = (theme: "light" | "dark") =>
    Object.entries(tokens[theme])
      .map(([k, v]) => `--c-${k}:${v};`)
      .join("");
  return [
    `.gallery-light{${block("light")}background:var(--c-bg);color:var(--c-text);}`,
    `.gallery-dark{${block("dark")}background:var(--c-bg);color:var(--c-text);}`,
    `.gallery-row{display:flex;flex-wrap:wrap;gap:16px;padding:12px;overflow-x:auto;}`,
    `.gallery-cell{flex:none;outline:1px dotted var(--c-rule);}`,
  ].join("\n");
}
