// Fetches what pages leave out of their first round trip (issue 17): a chart's wide drawing, only
// when a wide screen shows it; its tooltip points, at the first hover, touch or focus; and the
// gallery's thumbnails below the first ones, as they near the screen. All come in one JSON file per
// chart and locale (src/pages/charts/[id]/parts.[locale].json.ts), fetched at most once. Without
// this script, or if the fetch fails, the phone drawing stays in place.

/** A tooltip point, in the drawing's SVG units. */
export interface Point {
  x: number;
  y: number;
  label: string;
}

/** The JSON of a chart's parts file (the regions map's has only `wide`). */
export interface FigureParts {
  wide: string;
  narrow?: string;
  points?: { narrow: Point[]; wide: Point[] };
}

/** Which drawing of the parts a box receives. */
export type Drawing = "wide" | "narrow";

const requests = new Map<string, Promise<FigureParts | null>>();

/** The parts at `url`, fetched once per page; null when they cannot be had. */
export function figureParts(url: string): Promise<FigureParts | null> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<FigureParts>) : null))
      .catch(() => null);
    requests.set(url, request);
  }
  return request;
}

/** The first <svg> of some markup, parsed by the browser's HTML parser and adopted into this page. */
function svgFrom(markup: string): SVGSVGElement | null {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, "text/html");
  const svg = parsed.body.querySelector("svg");
  return svg ? (document.importNode(svg, true) as SVGSVGElement) : null;
}

/**
 * Puts a drawing in place of its placeholder. `frame` carries data-drawing="later" and data-parts
 * (the parts URL); `box` is the element the drawing goes in. The frame's data-drawing becomes
 * "loaded" (and it fires "drawing-loaded") or "failed" (CSS then shows the phone drawing instead).
 */
async function fill(frame: HTMLElement, box: HTMLElement, drawing: Drawing): Promise<void> {
  frame.dataset.drawing = "loading";
  const parts = await figureParts(frame.dataset.parts ?? "");
  const markup = parts?.[drawing];
  const svg = markup ? svgFrom(markup) : null;
  if (!svg) {
    frame.dataset.drawing = "failed";
    return;
  }
  box.replaceChildren(svg);
  frame.dataset.drawing = "loaded";
  frame.dispatchEvent(new CustomEvent("drawing-loaded", { bubbles: true }));
}

/** Frames under `root` whose drawing is still to come. */
function pendingFrames(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-drawing="later"][data-parts]'));
}

/**
 * Fetches each wide drawing when CSS shows its box (a wide screen), now or after a resize or
 * rotation. `boxSelector` finds the box in a frame. A ResizeObserver tells when a box takes room,
 * after the browser's own layout: asking for the box's size here would force a layout inside this
 * script's task, a long task on a slow phone right after the first paint.
 */
export function loadWideDrawings(boxSelector: string, root: ParentNode = document): void {
  const boxes = new Map<Element, HTMLElement>();
  for (const frame of pendingFrames(root)) {
    const box = frame.querySelector<HTMLElement>(boxSelector);
    if (box) boxes.set(box, frame);
  }
  if (!boxes.size) return;
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const frame = boxes.get(entry.target);
      // A hidden box (display: none) reports no size.
      if (!frame || entry.contentRect.width === 0 || frame.dataset.drawing !== "later") continue;
      observer.unobserve(entry.target);
      void fill(frame, entry.target as HTMLElement, "wide");
    }
  });
  for (const box of boxes.keys()) observer.observe(box);
}

/** Fetches each phone drawing (the gallery's thumbnails) as its frame comes within a screen of view. */
export function loadNarrowDrawingsNearView(root: ParentNode = document): void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const frame = entry.target as HTMLElement;
        observer.unobserve(frame);
        void fill(frame, frame, "narrow");
      }
    },
    { rootMargin: "100% 0px" },
  );
  for (const frame of pendingFrames(root)) observer.observe(frame);
}
