// Enhances the regional maps once JavaScript runs: hover, touch and keyboard focus show the
// region's name and office status in a tooltip; arrow keys move between regions. Without this
// script every region is still a plain link to its page.
import { loadWideDrawings } from "./figure-parts";

/** Sets up every map on the page marked with [data-region-map], and fetches the real map on wide screens. */
export function enhanceRegionMaps(root: ParentNode = document): void {
  loadWideDrawings(".map-wide", root);
  root.querySelectorAll<HTMLElement>("[data-region-map]").forEach(enhance);
}

function visibleLinks(map: HTMLElement): SVGAElement[] {
  return Array.from(map.querySelectorAll<SVGAElement>("a.map-link")).filter((a) => a.getClientRects().length > 0);
}

function enhance(map: HTMLElement): void {
  const tip = map.querySelector<HTMLElement>(".map-tooltip");
  if (!tip) return;
  let lastPointer = "mouse";
  let armed: string | null = null;

  const regionOf = (link: Element) => link.querySelector<SVGGElement>("[data-region]");

  const highlight = (link: SVGAElement | null) => {
    map.querySelectorAll<SVGPathElement>(".map-highlight").forEach((h) => {
      const shape = link && h.ownerSVGElement?.contains(link) ? link.querySelector<SVGPathElement>("path.map-region") : null;
      h.setAttribute("d", shape?.getAttribute("d") ?? "");
    });
  };

  const show = (link: SVGAElement, touch = false) => {
    const group = regionOf(link);
    if (!group) return;
    tip.replaceChildren();
    const name = document.createElement("strong");
    name.textContent = group.dataset.name ?? "";
    const status = document.createElement("span");
    status.textContent = group.dataset.statusLabel ?? "";
    tip.append(name, status);
    if (touch) {
      const hint = document.createElement("span");
      hint.className = "map-tooltip-hint";
      hint.textContent = map.dataset.tapAgain ?? "";
      tip.append(hint);
    }
    tip.hidden = false;
    const box = link.getBoundingClientRect();
    const frame = map.getBoundingClientRect();
    const x = box.left + box.width / 2 - frame.left;
    const y = box.top - frame.top;
    const half = tip.offsetWidth / 2;
    tip.style.left = `${Math.max(half, Math.min(frame.width - half, x))}px`;
    // Above the shape when there is room, else just inside its top edge.
    tip.style.top = `${Math.max(tip.offsetHeight + 4, y + Math.min(box.height / 2, 24))}px`;
    highlight(link);
  };

  const hide = () => {
    tip.hidden = true;
    armed = null;
    highlight(null);
  };

  map.addEventListener("pointerdown", (e) => (lastPointer = e.pointerType));
  map.addEventListener("pointerover", (e) => {
    const link = (e.target as Element).closest<SVGAElement>("a.map-link");
    if (link && e.pointerType !== "touch") show(link);
  });
  map.addEventListener("pointerleave", () => {
    if (!map.contains(document.activeElement)) hide();
  });
  map.addEventListener("focusin", (e) => {
    const link = (e.target as Element).closest<SVGAElement>("a.map-link");
    if (link && lastPointer !== "touch") show(link);
  });
  map.addEventListener("focusout", (e) => {
    if (!map.contains(e.relatedTarget as Node | null)) hide();
  });
  // First tap on a touch screen shows the tooltip; a second tap on the same region follows the link.
  map.addEventListener("click", (e) => {
    const link = (e.target as Element).closest<SVGAElement>("a.map-link");
    if (!link || lastPointer !== "touch") return;
    const code = regionOf(link)?.dataset.region ?? null;
    if (armed !== code) {
      e.preventDefault();
      show(link, true);
      armed = code;
    }
  });
  map.addEventListener("keydown", (e) => {
    if (e.key === "Escape") return hide();
    const links = visibleLinks(map);
    const current = links.indexOf((e.target as Element).closest<SVGAElement>("a.map-link") as SVGAElement);
    if (current < 0) return;
    // In Arabic the next region is to the left, as reading order runs right to left.
    const forward = document.documentElement.dir === "rtl" ? "ArrowLeft" : "ArrowRight";
    const backward = forward === "ArrowLeft" ? "ArrowRight" : "ArrowLeft";
    const step: Record<string, number> = { [forward]: 1, ArrowDown: 1, [backward]: -1, ArrowUp: -1 };
    let next: number | null = null;
    if (e.key in step) next = (current + step[e.key] + links.length) % links.length;
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = links.length - 1;
    if (next === null) return;
    e.preventDefault();
    lastPointer = "keyboard";
    links[next].focus();
  });
}
