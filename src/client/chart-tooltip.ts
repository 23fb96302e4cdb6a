// Progressive enhancement for the build-time chart SVGs: a tooltip on hover, on touch and from the
// keyboard (Tab reaches the chart, arrow keys step from point to point, Escape leaves), with each
// value announced through the figure's aria-live region. No Plot or d3 in the browser: the points
// were placed at build time (src/charts/kit/ssr.ts) and come with the chart's parts file, fetched at
// the first hover, touch or focus (client/figure-parts.ts), which also brings the wide drawing.
import { figureParts, loadWideDrawings, type Point } from "./figure-parts";

interface Variant {
  box: HTMLElement;
  svg: SVGSVGElement;
  points: Point[];
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Width of the SVG in its own user units (viewBox), so we can map points to CSS pixels. */
function userWidth(svg: SVGSVGElement): number {
  const viewBox = svg.getAttribute("viewBox")?.split(/[ ,]+/).map(Number);
  return viewBox && viewBox.length === 4 ? viewBox[2] : Number(svg.getAttribute("width")) || svg.getBoundingClientRect().width;
}

/** Adds tooltips to one figure; does nothing if the figure has no points. */
function enhance(figure: HTMLElement): void {
  const wrapper = figure.querySelector<HTMLElement>(".chart-svg");
  const live = figure.querySelector<HTMLElement>(".chart-live");
  // A hint id marks a chart with points (ChartFigure.astro).
  if (!wrapper || !live || !wrapper.dataset.hintId || !wrapper.dataset.parts) return;
  const partsUrl = wrapper.dataset.parts;
  let variants: Variant[] = [];
  let ready: Promise<boolean> | null = null;

  /** The drawings with their points, once the parts file is in (and after the wide drawing replaced its placeholder). */
  const loadPoints = (): Promise<boolean> => {
    ready ??= figureParts(partsUrl).then((parts) => {
      if (!parts?.points) return false;
      const drawn = parts.points;
      variants = Array.from(wrapper.querySelectorAll<HTMLElement>("[data-chart-variant]")).flatMap((box) => {
        const points = drawn[box.dataset.chartVariant === "wide" ? "wide" : "narrow"];
        return points?.length ? [{ box, svg: box.querySelector<SVGSVGElement>("svg")!, points }] : [];
      });
      return variants.length > 0;
    });
    return ready;
  };
  // The wide drawing replaces its placeholder: the variant must point at the new <svg>.
  wrapper.addEventListener("drawing-loaded", () => {
    for (const v of variants) v.svg = v.box.querySelector<SVGSVGElement>("svg") ?? v.svg;
  });

  const mirrored = figure.dataset.mirror === "true" && document.documentElement.dir === "rtl";
  const tip = document.createElement("div");
  tip.className = "chart-tip";
  tip.hidden = true;
  tip.setAttribute("aria-hidden", "true"); // the live region speaks; the tip is for eyes
  tip.dir = document.documentElement.dir || "ltr";
  wrapper.append(tip);
  wrapper.tabIndex = 0;
  const hintId = wrapper.dataset.hintId;
  if (hintId) wrapper.setAttribute("aria-describedby", `${wrapper.getAttribute("aria-describedby") ?? ""} ${hintId}`.trim());

  let index = -1;
  let marker: SVGCircleElement | null = null;

  const current = (): Variant | undefined => variants.find((v) => v.box.offsetParent !== null) ?? variants[0];

  function hide(): void {
    tip.hidden = true;
    marker?.remove();
    marker = null;
    index = -1;
  }

  function show(i: number, announce: boolean): void {
    const variant = current();
    if (!variant) return;
    const count = variant.points.length;
    index = Math.max(0, Math.min(count - 1, i));
    const point = variant.points[index];
    // Marker ring on the SVG, in its own coordinates.
    if (!marker || marker.ownerSVGElement !== variant.svg) {
      marker?.remove();
      marker = document.createElementNS(SVG_NS, "circle");
      marker.setAttribute("class", "chart-marker");
      marker.setAttribute("r", "7");
      variant.svg.append(marker);
    }
    marker.setAttribute("cx", String(point.x));
    marker.setAttribute("cy", String(point.y));
    // Tooltip in CSS pixels, above the point, kept inside the chart box.
    tip.textContent = point.label;
    tip.hidden = false;
    const svgBox = variant.svg.getBoundingClientRect();
    const wrapBox = wrapper!.getBoundingClientRect();
    const scale = svgBox.width / userWidth(variant.svg);
    const px = svgBox.left - wrapBox.left + point.x * scale;
    const py = svgBox.top - wrapBox.top + point.y * scale;
    const width = tip.offsetWidth;
    const left = Math.max(0, Math.min(wrapBox.width - width, px - width / 2));
    const above = py - tip.offsetHeight - 12;
    tip.style.left = `${left}px`;
    tip.style.top = `${above >= 0 ? above : py + 14}px`;
    if (announce) live!.textContent = `${point.label} (${index + 1}/${count})`;
  }

  function nearest(event: PointerEvent): number {
    const variant = current();
    if (!variant) return -1;
    const box = variant.svg.getBoundingClientRect();
    const scale = box.width / userWidth(variant.svg);
    const x = (event.clientX - box.left) / scale;
    const y = (event.clientY - box.top) / scale;
    let best = 0;
    let bestDistance = Infinity;
    variant.points.forEach((p, i) => {
      // Horizontal distance counts more: readers scan line charts along time.
      const d = (p.x - x) ** 2 + (p.y - y) ** 2 / 4;
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    return best;
  }

  // Points arrive with the first pointer or focus; when they do, the value under a pointer still there shows.
  let pointer: PointerEvent | null = null;
  wrapper.addEventListener("pointerenter", (e) => {
    pointer = e;
    void loadPoints().then((ok) => ok && pointer && index < 0 && show(nearest(pointer), false));
  });
  wrapper.addEventListener("pointermove", (e) => {
    pointer = e;
    if (variants.length) show(nearest(e), false);
  });
  wrapper.addEventListener("pointerdown", (e) => {
    void loadPoints().then((ok) => ok && show(nearest(e), e.pointerType !== "mouse"));
  });
  wrapper.addEventListener("pointerleave", (e) => {
    pointer = null;
    if (e.pointerType === "mouse" && document.activeElement !== wrapper) hide();
  });
  document.addEventListener("pointerdown", (e) => {
    if (!wrapper.contains(e.target as Node)) hide();
  });
  wrapper.addEventListener("focus", () => {
    void loadPoints().then((ok) => ok && document.activeElement === wrapper && show(index < 0 ? 0 : index, true));
  });
  wrapper.addEventListener("blur", hide);
  wrapper.addEventListener("keydown", (e) => {
    const variant = current();
    if (!variant) return;
    const last = variant.points.length - 1;
    const step = (forward: boolean) => show(index < 0 ? 0 : index + (forward ? 1 : -1), true);
    switch (e.key) {
      case "ArrowRight":
        step(!mirrored);
        break;
      case "ArrowLeft":
        step(mirrored);
        break;
      case "ArrowDown":
        step(true);
        break;
      case "ArrowUp":
        step(false);
        break;
      case "Home":
        show(0, true);
        break;
      case "End":
        show(last, true);
        break;
      case "Escape":
        // Leave the tooltip, keep focus where it is so Tab carries on from the chart.
        hide();
        live!.textContent = "";
        return;
      default:
        return;
    }
    e.preventDefault();
  });
  // The visible drawing changes with the width (narrow ↔ wide): start again from the same point.
  window.addEventListener("resize", () => {
    const variant = current();
    if (index >= 0 && variant) show(Math.min(index, variant.points.length - 1), false);
  });
}

loadWideDrawings(".chart-wide");
for (const figure of Array.from(document.querySelectorAll<HTMLElement>(".chart-figure"))) enhance(figure);
