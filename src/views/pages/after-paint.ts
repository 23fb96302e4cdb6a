// Pages load their scripts and their other font faces after the first paint, so the first paint
// waits for the HTML and one font only (issue 17: on a slow phone every request made before it
// delays it). The layout ends the body with AFTER_PAINT_LOADER; the post-build step
// (scripts/after-paint.ts, with deferPageScripts below) moves the page's script tags into the
// loader's data-scripts. Enhancements are progressive: without JavaScript nothing changes.
import { Parser } from "htmlparser2";

/** Attribute that marks the loader; the post-build step writes the script list beside it. */
export const LOADER_ATTRIBUTE = "data-after-paint";

/**
 * The inline loader (ES5, kept stable: the post-build CSP step hashes it). At the first paint (a
 * "paint" performance entry, or a second after the load event where there is none, as in a hidden
 * tab) it adds the page's late fonts (data-late-fonts on <html>, unless the early theme script
 * already added them from the cache; all at once, so the page is laid out again once) and its scripts, in document order; when the scripts have
 * run it marks <html data-enhanced>, which the browser tests wait for.
 */
export const AFTER_PAINT_LOADER = [
  "(function(){var d=document,r=d.documentElement,me=d.currentScript,go=function(){go=function(){};",
  'var list=(me.getAttribute("data-scripts")||"").split(" ").filter(Boolean),left=list.length+1,one=function(){--left||r.setAttribute("data-enhanced","")};',
  'if(!r.hasAttribute("data-fonts")&&window.FontFace){r.setAttribute("data-fonts","late");',
  'Promise.all((r.getAttribute("data-late-fonts")||"").split(",").filter(Boolean).map(function(f){f=f.split("|");return new FontFace(f[0],"url("+f[2]+")",{weight:f[1]}).load()}))',
  '.then(function(faces){faces.forEach(function(face){d.fonts.add(face)});try{sessionStorage.setItem("fonts","1")}catch(e){}},function(){})}',
  'list.forEach(function(src){var e=d.createElement("script"),m=src.charAt(0)=="*";if(m){e.type="module";src=src.slice(1)}e.async=false;e.src=src;e.onload=e.onerror=one;d.head.appendChild(e)});one()};',
  'try{new PerformanceObserver(function(l,o){o.disconnect();setTimeout(go)}).observe({type:"paint",buffered:true})}catch(e){}',
  'addEventListener("load",function(){setTimeout(go,1000)})})()',
].join("");

/** A script the loader adds: its address and whether it is a module. */
export interface DeferredScript {
  src: string;
  module: boolean;
}

/**
 * The loader's script list: addresses separated by spaces, a module's marked with a leading "*".
 * (Built addresses hold no space, quote or ampersand; a JSON list would be twice the bytes once escaped.)
 */
export function scriptList(scripts: readonly DeferredScript[]): string {
  for (const s of scripts) if (/[\s"&*<>]/.test(s.src)) throw new Error(`after-paint: a script address the loader cannot carry: ${s.src}`);
  return scripts.map((s) => (s.module ? `*${s.src}` : s.src)).join(" ");
}

/** The late fonts as the loader reads them: family|weight|address, separated by commas. */
export function lateFontList(fonts: readonly { family: string; weight: number; url: string }[]): string {
  for (const f of fonts) if (/[|,"&]/.test(f.family + f.url)) throw new Error(`after-paint: a font the loader cannot carry: ${f.family} ${f.url}`);
  return fonts.map((f) => `${f.family}|${f.weight}|${f.url}`).join(",");
}

/**
 * Moves a built page's external scripts (modules and defer scripts, but those marked data-eager)
 * into its loader's data-scripts, in document order. Pages without the loader (embeds, tool pages that opt out)
 * come back unchanged. Only the bytes of those tags change.
 */
export function deferPageScripts(html: string): { html: string; scripts: DeferredScript[] } {
  const scripts: DeferredScript[] = [];
  const cuts: [number, number][] = [];
  let loader: [number, number] | null = null;
  let open: { start: number; script: DeferredScript | null } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== "script") return;
        const start = parser.startIndex;
        if (LOADER_ATTRIBUTE in attributes) loader = [start, parser.endIndex + 1];
        const type = (attributes.type ?? "").trim().toLowerCase();
        // data-eager keeps a script where it is: a tool page whose content is the script (search).
        const deferred =
          "src" in attributes && !("data-eager" in attributes) && (type === "module" || ((type === "" || type === "text/javascript") && "defer" in attributes));
        open = { start, script: deferred ? { src: attributes.src, module: type === "module" } : null };
      },
      onclosetag(name) {
        if (name !== "script" || !open) return;
        if (open.script) {
          scripts.push(open.script);
          cuts.push([open.start, parser.endIndex + 1]);
        }
        open = null;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const at = loader as [number, number] | null;
  if (!at || scripts.length === 0) return { html, scripts: [] };
  const attribute = ` data-scripts="${scriptList(scripts)}"`;
  // Cut from the end, so the earlier offsets stay right; the loader's tag gains the list before its ">".
  const edits: [number, number, string][] = [...cuts.map(([a, b]) => [a, b, ""] as [number, number, string]), [at[1] - 1, at[1] - 1, attribute]];
  edits.sort((a, b) => b[0] - a[0]);
  let out = html;
  for (const [a, b, text] of edits) out = out.slice(0, a) + text + out.slice(b);
  return { html: out, scripts };
}
