// Measures chart text in a loaded page, for the label-fit test (tests/e2e/label-fit.test.ts).
import type { Page } from "playwright-core";

/** A chart text that does not fit. */
export interface Problem {
  kind: "cut" | "overlap" | "small" | "covers";
  chart: string;
  a: string;
  b?: string;
  detail: string;
}

/**
 * Measures every visible chart text in the page in one pass: leaf <tspan>s, or <text>s without
 * them, inside every visible chart or map SVG. Boxes are the rendered glyph boxes from Chromium,
 * trimmed vertically to the em box (the line gap above and below is not ink).
 *
 * Also finds chart text drawn over a data mark of another series ("covers"): points sampled every
 * 2 px along each line (Plot's line marks, with getPointAtLength) and on each dot (its centre and
 * rim) that fall inside a text's box, shrunk by the sliver. A text's own series is the mark drawn
 * in the text's colour (a label in the line's colour names that line), so it may touch it; a text
 * in any other colour (the ink of axes and notes, another series' colour) may not.
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
      // Data marks as points in client px, with the colour that names their series.
      const marks: { what: string; colour: string; points: { x: number; y: number }[] }[] = [];
      for (const path of svg.querySelectorAll<SVGPathElement>('g[aria-label="line"] path')) {
        const ctm = path.getScreenCTM();
        if (!ctm || getComputedStyle(path).visibility === "hidden") continue;
        const length = path.getTotalLength();
        const points: { x: number; y: number }[] = [];
        for (let at = 0; at <= length; at += 2) {
          const p = path.getPointAtLength(at);
          const q = new DOMPoint(p.x, p.y).matrixTransform(ctm);
          points.push({ x: q.x, y: q.y });
        }
        marks.push({ what: "line", colour: getComputedStyle(path).stroke, points });
      }
      for (const dot of svg.querySelectorAll<SVGCircleElement>('g[aria-label="dot"] circle')) {
        const r = dot.getBoundingClientRect();
        if (r.width === 0) continue;
        const [cx, cy, radius] = [r.left + r.width / 2, r.top + r.height / 2, r.width / 2];
        const points = [{ x: cx, y: cy }];
        for (let k = 0; k < 8; k++) points.push({ x: cx + radius * Math.cos((k * Math.PI) / 4), y: cy + radius * Math.sin((k * Math.PI) / 4) });
        // A hollow dot (filled with the background) is named by its ring's colour.
        const style = getComputedStyle(dot);
        marks.push({ what: "dot", colour: style.stroke !== "none" ? style.stroke : style.fill, points });
      }
      for (const item of items) {
        const colour = getComputedStyle(item.el).fill;
        for (const mark of marks) {
          if (mark.colour === colour) continue;
          const hits = mark.points.filter(
            (p) => p.x > item.r.left + sliver && p.x < item.r.right - sliver && p.y > item.r.top + sliver && p.y < item.r.bottom - sliver,
          ).length;
          if (hits > 0)
            problems.push({ kind: "covers", chart, a: item.text, b: `a ${mark.what} in ${mark.colour}`, detail: `${hits} points of it under the text` });
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
