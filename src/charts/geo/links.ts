// Turns a drawn regional map into a navigable one: each region's shape group is wrapped in an
// SVG <a> to its page, with an accessible name, so the map works with JavaScript off.
import { parseHTML } from "linkedom";
import { escapeAttributesForSerialization, svgEl } from "../kit/svg";
import { roundSvgNumbers } from "../kit/ssr";

/** How to link one region: where to, and the name a screen reader announces. */
export type RegionLink = (code: string, name: string, statusLabel: string) => { href: string; label: string };

/** Wraps every `g.map-shape[data-region]` of `svg` in an <a> built by `link`; returns how many were wrapped. */
export function linkRegionShapes(svg: Element, link: RegionLink): number {
  const document = svg.ownerDocument as Document;
  const groups = Array.from(svg.querySelectorAll("g.map-shape[data-region]"));
  for (const group of groups) {
    const code = group.getAttribute("data-region") ?? "";
    const name = group.getAttribute("data-name") ?? code;
    // A tile shows the region's capital: the link's name must contain what the tile shows (WCAG 2.5.3).
    const shown = Array.from(group.querySelectorAll("text"))
      .map((text) => {
        const lines = Array.from(text.querySelectorAll("tspan"));
        return (lines.length ? lines.map((line) => line.textContent ?? "").join(" ") : (text.textContent ?? "")).trim();
      })
      .filter(Boolean)
      .join(" ");
    const named = shown && !name.includes(shown) ? `${name} (${shown})` : name;
    const { href, label } = link(code, named, group.getAttribute("data-status-label") ?? "");
    const anchor = svgEl(document, "a", { class: "map-link", href, "aria-label": label });
    group.parentNode?.insertBefore(anchor, group);
    anchor.appendChild(group);
  }
  return groups.length;
}

/** Draws with `draw` in a fresh linkedom document, links the regions and returns the SVG markup and its size. */
export function linkedMap(draw: (document: Document) => Element, link: RegionLink, label: string): { markup: string; width: number; height: number } {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = draw(document as unknown as Document);
  linkRegionShapes(svg, link);
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", label);
  escapeAttributesForSerialization(svg);
  return { markup: roundSvgNumbers(svg.outerHTML), width: Number(svg.getAttribute("width")), height: Number(svg.getAttribute("height")) };
}

/** Draws with `draw` in a fresh linkedom document, links the regions and returns the SVG markup. */
export function linkedMapMarkup(draw: (document: Document) => Element, link: RegionLink, label: string): string {
  return linkedMap(draw, link, label).markup;
}
