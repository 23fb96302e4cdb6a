// The post-build step that moves a page's scripts behind its after-paint loader (issue 17): which
// tags move, in what order, what stays, and that only those bytes change.
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { AFTER_PAINT_LOADER, deferPageScripts, lateFontList, LOADER_ATTRIBUTE, scriptList } from "../src/views/pages/after-paint";
import { lateFonts } from "../src/views/fonts/faces";
import { inlineScriptHashes, scriptHash } from "../src/views/security/csp";

const page = (loader: boolean) =>
  [
    "<!doctype html><html><head><meta charset=utf-8>",
    '<script>var early=1</script><script src="/theme.js" defer></script>',
    '<script type="module" src="/_astro/a.js"></script>',
    "</head><body><p>Texte</p>",
    '<script type="application/json" class="data">{"a":"<b>"}</script>',
    '<script type="module" src="/_astro/b.js?v=2"></script>',
    '<script src="/blocking.js"></script><script src="/tool.js" defer data-eager></script>',
    loader ? `<script ${LOADER_ATTRIBUTE}>${AFTER_PAINT_LOADER}</script>` : "",
    "</body></html>",
  ].join("");

describe("deferPageScripts", () => {
  it("moves module and defer scripts into the loader, in document order, and leaves the rest", () => {
    const { html, scripts } = deferPageScripts(page(true));
    expect(scripts).toEqual([
      { src: "/theme.js", module: false },
      { src: "/_astro/a.js", module: true },
      { src: "/_astro/b.js?v=2", module: true },
    ]);
    const { document } = parseHTML(html);
    expect([...document.querySelectorAll("script[src]")].map((s) => s.getAttribute("src"))).toEqual(["/blocking.js", "/tool.js"]);
    const loader = document.querySelector(`script[${LOADER_ATTRIBUTE}]`)!;
    expect(loader.getAttribute("data-scripts")).toBe("/theme.js */_astro/a.js */_astro/b.js?v=2");
    expect(document.querySelector("script.data")!.textContent).toBe('{"a":"<b>"}');
    expect(document.querySelector("p")!.textContent).toBe("Texte");
    // The loader's text is untouched, so its CSP hash is the one of the constant.
    expect(inlineScriptHashes(html)).toContain(scriptHash(AFTER_PAINT_LOADER));
    // Only the moved tags and the loader's new attribute differ.
    const removed = [
      '<script src="/theme.js" defer></script>',
      '<script type="module" src="/_astro/a.js"></script>',
      '<script type="module" src="/_astro/b.js?v=2"></script>',
    ];
    let expected = page(true);
    for (const tag of removed) expected = expected.replace(tag, "");
    expected = expected.replace(
      `<script ${LOADER_ATTRIBUTE}>`,
      `<script ${LOADER_ATTRIBUTE}${html.slice(html.indexOf(" data-scripts="), html.indexOf(">", html.indexOf(" data-scripts=")))}>`,
    );
    expect(html).toBe(expected);
  });

  it("leaves a page without the loader (an embed) as it is, and a deferred page as it is on a second run", () => {
    expect(deferPageScripts(page(false)).html).toBe(page(false));
    const once = deferPageScripts(page(true)).html;
    expect(deferPageScripts(once).html).toBe(once);
  });
});

describe("the loader's lists", () => {
  it("carries script addresses and late fonts in a form the loader splits back, and refuses what it could not", () => {
    expect(
      scriptList([
        { src: "/a.js", module: false },
        { src: "/_astro/b.js", module: true },
      ]),
    ).toBe("/a.js */_astro/b.js");
    expect(() => scriptList([{ src: "/a b.js", module: false }])).toThrow(/cannot carry/);
    const fonts = lateFonts("ar", "/base/");
    const carried = lateFontList(fonts)
      .split(",")
      .map((f) => f.split("|"));
    expect(carried).toEqual(fonts.map((f) => [f.family, String(f.weight), f.url]));
    expect(() => lateFontList([{ family: "A,B", weight: 400, url: "/x.woff2" }])).toThrow(/cannot carry/);
  });
});
