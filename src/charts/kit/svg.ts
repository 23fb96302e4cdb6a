// Small helpers to build SVG in any DOM document (linkedom at build time, the browser's in tests).
const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an SVG element with attributes; undefined values are skipped. */
export function svgEl(document: Document, tag: string, attrs: Record<string, string | number | undefined> = {}): SVGElement {
  const node = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(key, String(value));
  return node;
}

/**
 * Makes every attribute value of `root` and its descendants safe to serialise with linkedom, whose
 * outerHTML escapes only `"` in attribute values: a `<` or `&` from data (a region named "A<B")
 * would otherwise give markup that is not XML, and SVG files and PNG export refuse it. Call it once,
 * on the finished tree, just before reading outerHTML (values read after it come back escaped).
 */
export function escapeAttributesForSerialization(root: Element): void {
  const escapeXmlText = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  for (const element of [root, ...Array.from(root.querySelectorAll("*"))]) {
    for (const { name, value } of Array.from(element.attributes)) {
      if (/[&<>]/.test(value)) element.setAttribute(name, escapeXmlText(value));
    }
  }
}

/** Rough width of a text in px: enough to wrap legend lines and size tiles without a font engine. */
export function textWidth(text: string, fontSize: number): number {
  const arabic = /[\u0600-\u06ff]/.test(text);
  return text.length * fontSize * (arabic ? 0.5 : 0.56);
}

/** Splits a text into lines no wider than `maxWidth` (by the estimate above), breaking at spaces. */
export function wrapWords(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Adds `lines` as <tspan>s to a <text> element, one below the other. */
export function addLines(document: Document, text: SVGElement, lines: string[], x: number, lineHeight: number): void {
  lines.forEach((content, i) => {
    const tspan = svgEl(document, "tspan", { x, dy: i === 0 ? 0 : lineHeight });
    tspan.textContent = content;
    text.appendChild(tspan);
  });
}

/** Embeds Arabic text right to left (RLE … PDF), so mixed lines (numbers, Latin names) read correctly in SVG, in browsers and in resvg alike. */
export function bidiText(text: string, locale: string): string {
  return locale === "ar" ? `\u202b${text}\u202c` : text;
}
