// Renders a chart definition to an SVG string at build time, with linkedom as the DOM.
import { parseHTML } from "linkedom";
import type { ChartDefinition } from "./types";
import type { Locale } from "../i18n/locales";

/** Rounds long decimals in SVG coordinates (Plot writes 258.42105263157896) to keep pages light and diffs stable. */
export function roundSvgNumbers(svg: string): string {
  return svg.replace(/(\d+\.\d{2})\d+/g, "$1");
}

/** Draws `chart` for `rows` at `width` in `locale` and returns its outer HTML. */
export function renderChartToString<Rows>(chart: ChartDefinition<Rows>, rows: Rows, locale: Locale, width: number): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const element = chart.render(rows, { locale, width, document: document as unknown as Document });
  const svgs = element.tagName.toLowerCase() === "svg" ? [element] : Array.from(element.querySelectorAll("svg"));
  for (const svg of svgs) {
    svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    // Marks are decoration for assistive tech: the figure carries the alt text and a data table.
    svg.setAttribute("aria-hidden", "true");
    svg.removeAttribute("aria-label");
    svg.removeAttribute("aria-description");
  }
  return roundSvgNumbers(element.outerHTML);
}
