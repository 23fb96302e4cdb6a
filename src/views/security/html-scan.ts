// Reads what the build needs from a page's HTML with a real HTML parser (htmlparser2), with the
// source offsets of the tags it may rewrite, so a rewrite touches those bytes and nothing else.
import { Parser } from "htmlparser2";

export interface InlineScript {
  attributes: Record<string, string>;
  text: string;
}

export interface ScannedPage {
  /** Scripts without src=, with their exact source text. */
  inlineScripts: InlineScript[];
  /** [start, end) of the <meta http-equiv="Content-Security-Policy"> tag, if any. */
  cspMeta?: [number, number];
  /** Offset just after <meta charset>, and just after <head>. */
  afterCharset?: number;
  afterHead?: number;
  /** Offsets of the first script, stylesheet link and <style> element. */
  firstResource?: number;
  cspMetaContent?: string;
  canonical?: string;
  alternates: { hreflang: string; href: string }[];
  noindex: boolean;
}

export function scanHtml(html: string): ScannedPage {
  const page: ScannedPage = { inlineScripts: [], alternates: [], noindex: false };
  let script: InlineScript | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (name === "head" && page.afterHead === undefined) page.afterHead = end;
        if (name === "meta") {
          if ("charset" in attributes && page.afterCharset === undefined) page.afterCharset = end;
          if ((attributes["http-equiv"] ?? "").toLowerCase() === "content-security-policy" && !page.cspMeta) {
            page.cspMeta = [start, end];
            page.cspMetaContent = attributes.content ?? "";
          }
          if ((attributes.name ?? "").toLowerCase() === "robots" && /\bnoindex\b/i.test(attributes.content ?? "")) page.noindex = true;
        }
        if (name === "link") {
          const rel = (attributes.rel ?? "").toLowerCase().split(/\s+/);
          if (rel.includes("canonical") && page.canonical === undefined && attributes.href) page.canonical = attributes.href;
          if (rel.includes("alternate") && attributes.hreflang && attributes.href)
            page.alternates.push({ hreflang: attributes.hreflang, href: attributes.href });
          if (rel.includes("stylesheet")) page.firstResource ??= start;
        }
        if (name === "style" || name === "script") page.firstResource ??= start;
        if (name === "script") script = "src" in attributes ? null : { attributes, text: "" };
      },
      ontext(text) {
        if (script) script.text += text;
      },
      onclosetag(name) {
        if (name === "script" && script) page.inlineScripts.push(script);
        if (name === "script") script = null;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return page;
}
