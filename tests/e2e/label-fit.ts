// Measures chart text in a loaded page, for the label-fit test (tests/e2e/label-fit.test.ts).
import type { Page } from "playwright-core";

/** A chart text that does not fit. */
export interface Problem {
  kind: "cut" | "overlap" | "small";
  chart: string;
  a: string;
  b?: string;
  detail: string;
}

/**
 * Measures every visible chart text in the page in one pass: leaf <tspan>s, or <text>s without
 * them, inside every visible chart or map SVG. Boxes are the rendered glyph boxes from Chromium,
 * trimmed vertically to the em box (the line gap above and below is not ink).
 */
export async function measureChartText(page: Page, opts: { sliver: number; cutTolerance: number; minPx: number | null }): Promise<Problem[]> {
  return page.evaluate(({ sliver, cutTolerance, minPx }) => {
    const problems: Problem[] = [];
    const svgs = [...document.querySelectorAll<SVGSVGElement>(".chart-svg svg, svg.map, svg[data-map], figure svg")].filter(
      (svg, i, all) => all.indexOf(svg) === i && !svg.parentElement?.closest("svg") && svg.getClientRects().length > 0 && svg.getBoundingClientRect().width > 0,
    );
    for (const svg of svgs) {
      const box = svg.getBoundingClientRect();
      const chart = svg.closest("[id]")?.id || svg.closest("[data-embed-id]")?.getAttribute("data-embed-id") || "svg";
      const items: { el: Element; text: string; owner: Element; r: { left: number; right: number; top: number; bottom: number }; size: number }[] = [];
      for (const text of svg.querySelectorAll("text")) {
        const style = getComputedStyle(text);
        if (style.display === "none" || style.visibility === "hidden" || Number(style.opacity) === 0) continue;
        const spans = [...text.querySelectorAll("tspan")].filter((t) => !t.querySelector("tspan"));
        for (const el of spans.length ? spans : [text]) {
          const content = (el.textContent ?? "").trim();
          if (!content) continue;
          const rect = el.getBoundingClientRect();
          if (rect.width === 0 || rect.height === 0) continue;
          const size = parseFloat(getComputedStyle(el).fontSize) * (box.width / (svg.viewBox.baseVal?.width || box.width));
          const trim = Math.max(0, (rect.height - size) / 2);
          items.push({ el, text: content, owner: text, r: { left: rect.left, right: rect.right, top: rect.top + trim, bottom: rect.bottom - trim }, size });
        }
      }
      for (const item of items) {
        const out = Math.max(box.left - item.r.left, item.r.right - box.right, box.top - item.r.top, item.r.bottom - box.bottom);
        if (out > cutTolerance) problems.push({ kind: "cut", chart, a: item.text, detail: `${out.toFixed(1)} px outside the SVG box` });
        if (minPx !== null && item.size < minPx - 0.05) problems.push({ kind: "small", chart, a: item.text, detail: `${item.size.toFixed(1)} px` });
      }
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          const [a, b] = [items[i], items[j]];
          // Lines of one multi-line label are spaced by the chart on purpose.
          if (a.owner === b.owner) continue;
          const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (w > sliver && h > sliver) problems.push({ kind: "overlap", chart, a: a.text, b: b.text, detail: `${w.toFixed(1)} × ${h.toFixed(1)} px` });
        }
      }
    }
    return problems;
  }, opts);
}

/** Switches the page to `theme` the two ways the site reads it: the reader's setting and data-theme. */
export async function setTheme(page: Page, theme: "light" | "dark"): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((t) => document.documentElement.setAttribute("data-theme", t), theme);
}
