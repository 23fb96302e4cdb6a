// Embeds, downloads and sharing, in real Chromium. A host page served from ANOTHER origin (a second
// local server on another port) embeds a chart with pym.js, another with a Datawrapper-style
// listener, and a bare page with the snippet from the share control and our embed.js: the iframe
// takes its content's height at 320, 600 and 1000 px. Also: URL flags, no-JS layout, downloads
// (CSV = the data table, PNG size, standalone SVG), oEmbed discovery, and the 60 kB gzip budget.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import type { Browser, Frame, Page } from "playwright-core";
import { launchBrowser } from "../../scripts/tools/browser";
import { serve, type Served } from "../../scripts/tools/static-server";
import { distDir } from "../../scripts/tools/built-pages";
import { settled } from "./settle";
import { charts } from "../../src/charts/registry";
import { locales, type Locale } from "../../src/core/i18n/locales";
import { tokens } from "../../src/core/theme/tokens";
import { neutraliseFormula } from "../../src/views/export/csv";
import { isExecutableScriptType, scriptHash } from "../../src/views/security/csp";
import { scanHtml } from "../../src/views/security/html-scan";
import { checkDataPackage } from "../../src/views/export/datapackage-spec";

const origin = inject("origin");
const dist = distDir();
// The build's SITE_URL origin; the default test build has none, so addresses are site-relative.
const SITE = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : "";
const WIDTHS = [320, 600, 1000];
const TOLERANCE_PX = 3;
const BUDGET_BYTES = 60_000; // 60 kB, as in budgets.test.ts
const ids = charts.map((c) => c.id);
const prefix = (locale: Locale) => (locale === "fr" ? "" : `/${locale}`);

let browser: Browser;
let host: Served;

/** The share control's iframe snippet, as a journalist copies it from the chart page served by dist/ (filled in beforeAll). */
const offered = new Map<string, string>();
function copiedSnippet(id: string, locale: Locale): string {
  const snippet = offered.get(`${id}:${locale}`);
  if (!snippet) throw new Error(`No iframe snippet read from the page of ${id} in ${locale}`);
  return snippet;
}

/** Reads the code the share control offers in the browser, on the origin that serves dist/. */
async function readOfferedSnippets(): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const [id, locale] of ids.flatMap((id) => [[id, "fr"] as const, [id, "ar"] as const])) {
    await page.goto(`${origin}${prefix(locale)}/graphiques/${id}/`);
    // The share control's script, run after the first paint, writes this origin into the code.
    await settled(page);
    await page.waitForFunction((box) => (document.getElementById(box) as HTMLTextAreaElement | null)?.value.includes(location.origin), `${id}-embed-iframe`);
    offered.set(`${id}:${locale}`, await page.$eval(`#${id}-embed-iframe`, (el) => (el as HTMLTextAreaElement).value));
    offered.set(`${id}:${locale}:amp`, await page.$eval(`#${id}-embed-amp`, (el) => (el as HTMLTextAreaElement).value));
  }
  await context.close();
}

/** Host pages on the second origin: pym.js, a Datawrapper-style listener, or the bare snippet. */
function hostPage(kind: string, query: URLSearchParams): string {
  const id = query.get("id") ?? ids[0];
  const locale = (query.get("locale") ?? "fr") as Locale;
  const src = `${origin}${prefix(locale)}/embed/${id}/${query.get("flags") ?? ""}`;
  const head = `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>host</title></head><body><p>Host article text.</p>`;
  if (kind === "pym") {
    return `${head}<div id="chart"></div><script src="/pym.v1.min.js"></script><script>window.parent_ = new pym.Parent("chart", ${JSON.stringify(src)}, { title: "chart" });</script><p>After.</p></body></html>`;
  }
  if (kind === "datawrapper") {
    // The listener Datawrapper's embed code adds, matching the iframe by its window.
    return `${head}<iframe id="datawrapper-chart-${id}" src="${src}" title="chart" scrolling="no" style="width:100%;border:0" height="400"></iframe>
<script>window.addEventListener("message", function (a) { if (void 0 !== a.data["datawrapper-height"]) { var e = document.querySelectorAll("iframe"); for (var t in a.data["datawrapper-height"]) for (var r = 0; r < e.length; r++) if (e[r].contentWindow === a.source) e[r].style.height = a.data["datawrapper-height"][t] + "px"; } });</script><p>After.</p></body></html>`;
  }
  if (kind === "spy") {
    // Records every message, to check each protocol (AMP's too, which has no runtime here).
    return `${head}<iframe src="${src}?childId=spy-1" title="chart" style="width:100%;border:0" height="400"></iframe>
<script>window.seen = []; window.addEventListener("message", function (e) { window.seen.push({ origin: e.origin, data: e.data }); });</script></body></html>`;
  }
  if (kind === "amp") {
    // No AMP runtime offline: this host does what amp-iframe does with the offered AMP code's
    // src and height: a fixed-height frame that AMP resizes on the frame's embed-size message.
    const { document } = parseHTML(`<!doctype html><html><body>${offered.get(`${id}:${locale}:amp`)}</body></html>`);
    const amp = document.querySelector("amp-iframe")!;
    return `${head}<iframe id="amp" src="${amp.getAttribute("src")}" title="chart" style="width:100%;border:0;height:${amp.getAttribute("height")}px"></iframe>
<script>addEventListener("message", function (e) { var f = document.getElementById("amp"); var d = e.data; if (e.source === f.contentWindow && d && d.sentinel === "amp" && d.type === "embed-size") f.style.height = d.height + "px"; });</script><p>After.</p></body></html>`;
  }
  if (kind === "plain") {
    // A CMS that strips scripts (e.g. a WordPress role without unfiltered_html): the iframe alone.
    const { document } = parseHTML(`<!doctype html><html><body>${copiedSnippet(id, locale)}</body></html>`);
    return `${head}${document.querySelector("iframe")!.outerHTML}<p>After.</p></body></html>`;
  }
  return `${head}${copiedSnippet(id, locale)}<p>After.</p></body></html>`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const pym = readFileSync(join(process.cwd(), "node_modules/pym.js/dist/pym.v1.min.js"));
  host = await serve((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname === "/pym.v1.min.js") return void res.writeHead(200, { "Content-Type": "text/javascript" }).end(pym);
    const kind = url.pathname.replace(/^\/|\.html$/g, "");
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(hostPage(kind, url.searchParams));
  });
  expect(host.origin).not.toBe(origin);
  await readOfferedSnippets();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** The embed's frame in a host page. */
async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("iframe");
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("iframe has no frame");
  await frame.waitForSelector("[data-embed-id]");
  return frame;
}

/** Waits until the iframe's height matches its content's; returns both. */
async function settledHeights(page: Page): Promise<{ iframe: number; content: number }> {
  const frame = await embedFrame(page);
  let last = { iframe: 0, content: -100 };
  for (let i = 0; i < 50; i++) {
    const iframe = await page.$eval("iframe", (el) => el.getBoundingClientRect().height);
    const content = await frame.evaluate(() => Math.ceil(document.querySelector("[data-embed-id]")!.getBoundingClientRect().height));
    last = { iframe, content };
    if (Math.abs(iframe - content) <= TOLERANCE_PX) return last;
    await page.waitForTimeout(100);
  }
  return last;
}

describe("embed resizing on another origin", () => {
  for (const kind of ["pym", "datawrapper", "bare"] as const) {
    it(`${kind} host: the iframe takes its content's height at ${WIDTHS.join(", ")} px`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(e.message));
      for (const locale of ["fr", "ar"] as const) {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`${host.origin}/${kind}.html?id=${ids[0]}&locale=${locale}`);
          const { iframe, content } = await settledHeights(page);
          expect(Math.abs(iframe - content), `${kind} ${locale} at ${width}px: iframe ${iframe} vs content ${content}`).toBeLessThanOrEqual(TOLERANCE_PX);
          // The frame shows all its content: nothing scrolls inside it.
          const frame = await embedFrame(page);
          expect(await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(TOLERANCE_PX);
        }
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it("posts Pym v1, Datawrapper, AMP embed-size and our own height message, each with the embed id", async () => {
    const context = await browser.newContext({ viewport: { width: 600, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${host.origin}/spy.html?id=${ids[0]}&locale=fr`);
    const frame = await embedFrame(page);
    const height = await frame.evaluate(() => Math.ceil(document.querySelector("[data-embed-id]")!.getBoundingClientRect().height));
    await page.waitForFunction((n) => (window as unknown as { seen: unknown[] }).seen.length >= n, 4);
    const seen = (await page.evaluate(() => (window as unknown as { seen: { origin: string; data: unknown }[] }).seen)).filter((m) => m.origin === origin);
    const data = seen.map((m) => m.data);
    expect(data).toContainEqual(`pymxPYMxspy-1xPYMxheightxPYMx${height}`);
    expect(data).toContainEqual({ "datawrapper-height": { [ids[0]]: height } });
    expect(data).toContainEqual({ sentinel: "amp", type: "embed-size", height });
    expect(data).toContainEqual({ type: "feuille-embed:height", id: ids[0], height });
    await context.close();
  });

  it("AMP host at 360 and 640 px: the offered amp-iframe code grows to its content via embed-size", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const locale of ["fr", "ar"] as const) {
      for (const width of [360, 640]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${host.origin}/amp.html?id=${ids[0]}&locale=${locale}`);
        const { iframe, content } = await settledHeights(page);
        expect(Math.abs(iframe - content), `amp ${locale} ${width}px`).toBeLessThanOrEqual(TOLERANCE_PX);
      }
    }
    await context.close();
  });

  it("the offered AMP code is an amp-iframe with resizable, an overflow button and the sandbox AMP needs", () => {
    for (const [key, snippet] of offered) {
      if (!key.endsWith(":amp")) continue;
      const { document } = parseHTML(`<!doctype html><html><body>${snippet}</body></html>`);
      const amp = document.querySelector("amp-iframe");
      expect(amp, key).not.toBeNull();
      expect(amp!.hasAttribute("resizable")).toBe(true);
      expect(amp!.getAttribute("layout")).toBe("fixed-height");
      expect(Number(amp!.getAttribute("height"))).toBeGreaterThanOrEqual(300);
      expect(amp!.getAttribute("sandbox")).toContain("allow-scripts");
      expect(amp!.getAttribute("sandbox")).toContain("allow-same-origin");
      const overflow = amp!.querySelector("[overflow]");
      expect(overflow?.getAttribute("role")).toBe("button");
      expect(overflow?.getAttribute("tabindex")).toBe("0");
      expect((overflow?.textContent ?? "").length).toBeGreaterThan(0);
    }
  });

  it("plain iframe (scripts stripped) at 360 and 640 px: its fixed height shows the whole chart", { timeout: 300_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const id of ids) {
      for (const locale of ["fr", "ar"] as const) {
        if (!offered.has(`${id}:${locale}`)) continue;
        for (const width of [360, 640]) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`${host.origin}/plain.html?id=${id}&locale=${locale}`);
          const frame = await embedFrame(page);
          await frame.waitForLoadState("load");
          const hidden = await frame.evaluate(() => Math.ceil(document.querySelector("[data-embed-id]")!.getBoundingClientRect().height) - innerHeight);
          expect(hidden, `${id} ${locale} at ${width}px: content taller than the fixed height by ${hidden}px`).toBeLessThanOrEqual(0);
        }
      }
    }
    await context.close();
  });

  it("the share control offers dark and auto themes, light by default", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/en/graphiques/${ids[0]}/`);
    await settled(page);
    await page.click(`details[data-share-embed="${ids[0]}"] summary`);
    const iframeCode = () => page.$eval(`#${ids[0]}-embed-iframe`, (el) => (el as HTMLTextAreaElement).value);
    const ampCode = () => page.$eval(`#${ids[0]}-embed-amp`, (el) => (el as HTMLTextAreaElement).value);
    expect(await iframeCode()).not.toContain("?theme=");
    for (const theme of ["dark", "auto"]) {
      await page.selectOption(`#${ids[0]}-embed-theme`, theme);
      expect(await iframeCode()).toContain(`${origin}/en/embed/${ids[0]}/?theme=${theme}"`);
      expect(await ampCode()).toContain(`${origin}/en/embed/${ids[0]}/?theme=${theme}"`);
    }
    await page.selectOption(`#${ids[0]}-embed-theme`, "light");
    expect(await iframeCode()).not.toContain("?theme=");
    expect(await iframeCode()).toContain(origin);
    await context.close();
  });

  it("the offered code points at the origin serving the page, whatever the build's SITE_URL", () => {
    for (const [key, snippet] of offered) {
      if (key.endsWith(":amp")) {
        expect(
          new URL(parseHTML(`<!doctype html><html><body>${snippet}</body></html>`).document.querySelector("amp-iframe")!.getAttribute("src")!).origin,
        ).toBe(origin);
        continue;
      }
      const { document } = parseHTML(`<!doctype html><html><body>${snippet}</body></html>`);
      const urls = [document.querySelector("iframe")?.getAttribute("src"), document.querySelector("script")?.getAttribute("src")];
      for (const url of urls) expect(url && new URL(url).origin, `${key}: ${url}`).toBe(origin);
      expect(snippet).not.toMatch(/example\.org|localhost/);
    }
  });

  it("the bare snippet still shows a sensible fixed height when the CMS strips the script", () => {
    for (const id of ids) {
      const snippet = copiedSnippet(id, "fr");
      expect(snippet).toMatch(/<script src="[^"]+\/embed\.js" async><\/script>$/);
      const height = Number(/height="(\d+)"/.exec(snippet)?.[1]);
      expect(height, id).toBeGreaterThanOrEqual(300);
      expect(height, id).toBeLessThanOrEqual(1400);
    }
  });

  it("embed.js is under 2 kB and ignores a message from a window of another origin", async () => {
    expect(readFileSync(join(dist, "embed.js")).length).toBeLessThan(2048);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${host.origin}/bare.html?id=${ids[0]}&locale=fr`);
    await settledHeights(page);
    // A same-origin iframe (not ours) claims our id: its message must be ignored.
    const before = await page.$eval("iframe", (el) => el.getBoundingClientRect().height);
    // A frame of the host's own origin (not ours) claims our id: neither it nor our iframe may be resized.
    await page.evaluate((id) => {
      const fake = document.createElement("iframe");
      fake.id = "fake";
      fake.srcdoc = `<script>parent.postMessage({ type: "feuille-embed:height", id: ${JSON.stringify(id)}, height: 5 }, "*");</script>`;
      document.body.append(fake);
    }, ids[0]);
    await page.waitForTimeout(300);
    expect(await page.$eval("iframe", (el) => el.getBoundingClientRect().height)).toBe(before);
    expect(await page.$eval("#fake", (el) => el.clientHeight)).toBe(150);
    await context.close();
  });
});

describe("embed pages", () => {
  it("exist for every chart and locale, noindex, without site chrome", () => {
    for (const id of ids) {
      for (const locale of locales) {
        const file = join(dist, prefix(locale).slice(1), "embed", id, "index.html");
        expect(existsSync(file), file).toBe(true);
        const html = readFileSync(file, "utf8");
        expect(html).toMatch(/<meta name="robots" content="noindex/);
        expect(html).not.toContain("site-header");
        expect(html).toContain(`data-embed-id="${id}"`);
        // An inline script runs only if the page's policy names its hash (the pre-paint flags script).
        const page = scanHtml(html);
        for (const script of page.inlineScripts.filter((s) => isExecutableScriptType(s.attributes.type)))
          expect(page.cspMetaContent, `${file}: inline script without its hash in the policy`).toContain(scriptHash(script.text));
      }
    }
  });

  it("credits the source in words that keep their spaces around the links and the dot", () => {
    for (const id of ids) {
      for (const locale of locales) {
        const { document } = parseHTML(readFileSync(join(dist, prefix(locale).slice(1), "embed", id, "index.html"), "utf8"));
        const foot = document.querySelector(".embed-foot")!;
        for (const link of foot.querySelectorAll("a")) {
          const before = link.previousSibling?.textContent ?? "";
          if (before.trim()) expect(before, `${locale} ${id}: text runs into "${link.textContent}"`).toMatch(/\s$/);
        }
        expect(foot.textContent, `${locale} ${id}`).not.toMatch(/\S·/);
      }
    }
  });

  it("shows title, chart, source and story link without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 400, height: 800 } });
    const page = await context.newPage();
    for (const locale of locales) {
      await page.goto(`${origin}${prefix(locale)}/embed/${ids[0]}/`);
      expect(await page.isVisible(".embed-title")).toBe(true);
      expect(await page.isVisible(".chart-narrow svg")).toBe(true);
      expect(await page.isVisible(".embed-foot")).toBe(true);
      expect(await page.getAttribute("a.embed-story", "href")).toMatch(/\//);
      expect(await page.getAttribute("html", "dir")).toBe(locale === "ar" ? "rtl" : "ltr");
    }
    await context.close();
  });

  it("embeds are light by default; ?theme=dark forces dark, ?theme=auto follows the reader; ?plain=1 shows the chart alone", async () => {
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
    const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await browser.newContext({ colorScheme: "light" });
    const dark = await browser.newContext({ colorScheme: "dark" });
    const pageLight = await light.newPage();
    const pageDark = await dark.newPage();
    const url = `${origin}/embed/${ids[0]}/`;
    await pageLight.goto(url);
    expect(await bg(pageLight)).toBe(rgb(tokens.light.bg));
    // A dark-mode reader still sees a light chart inside a light article...
    await pageDark.goto(url);
    expect(await bg(pageDark)).toBe(rgb(tokens.light.bg));
    // ...unless the newsroom asks for auto (follow the reader) or dark.
    await pageDark.goto(`${url}?theme=auto`);
    expect(await bg(pageDark)).toBe(rgb(tokens.dark.bg));
    await pageLight.goto(`${url}?theme=auto`);
    expect(await bg(pageLight)).toBe(rgb(tokens.light.bg));
    await pageLight.goto(`${url}?theme=dark`);
    expect(await bg(pageLight)).toBe(rgb(tokens.dark.bg));
    await pageDark.goto(`${url}?theme=light`);
    expect(await bg(pageDark)).toBe(rgb(tokens.light.bg));
    // Chart colours follow the theme too (they are CSS variables).
    const lineColour = await pageDark.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--c-text").trim());
    expect(lineColour).toBe(tokens.light.text);
    await pageLight.goto(`${url}?plain=1`);
    expect(await pageLight.isVisible(".embed-title")).toBe(false);
    expect(await pageLight.isVisible(".embed-foot")).toBe(false);
    expect(await pageLight.isVisible(".chart-svg svg >> visible=true")).toBe(true);
    await light.close();
    await dark.close();
  });

  it("plain embeds resize too, in a pym host", async () => {
    const context = await browser.newContext({ viewport: { width: 600, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${host.origin}/pym.html?id=${ids[0]}&locale=en&flags=${encodeURIComponent("?plain=1")}`);
    const { iframe, content } = await settledHeights(page);
    expect(Math.abs(iframe - content)).toBeLessThanOrEqual(TOLERANCE_PX);
    const frame = await embedFrame(page);
    expect(await frame.isVisible(".embed-title")).toBe(false);
    await context.close();
  });

  it("weighs at most 60 kB gzip in all (HTML, CSS, JS and fonts), for every chart and locale", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const report: string[] = [];
    for (const id of ids) {
      for (const locale of locales) {
        const page = await context.newPage();
        const bodies: Promise<number>[] = [];
        page.on("response", (r) => {
          bodies.push(
            r
              .body()
              .then((b) => gzipSync(b, { level: 9 }).length)
              .catch(() => 0),
          );
        });
        const response = await page.goto(`${origin}${prefix(locale)}/embed/${id}/`, { waitUntil: "load" });
        expect(response?.status(), `${locale} ${id}`).toBe(200);
        await page.evaluate(() => document.fonts.ready);
        const total = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
        report.push(`${prefix(locale)}/embed/${id}/: ${(total / 1000).toFixed(1)} kB`);
        expect(total, `${locale} ${id}`).toBeLessThanOrEqual(BUDGET_BYTES);
        await page.close();
      }
    }
    console.log(`embed weights (gzip):\n${report.join("\n")}`);
    await context.close();
  });
});

describe("share and embed control", () => {
  it("offers both the live embed and the frozen copy of the latest release, and the frozen one exists", () => {
    const releases = readFileSync(join(process.cwd(), "data", "releases.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(",")[0]);
    const html = readFileSync(join(dist, "graphiques", ids[0], "index.html"), "utf8");
    const frozen = new RegExp(`<textarea id="${ids[0]}-embed-archived"[^>]*>([\\s\\S]*?)</textarea>`).exec(html)?.[1];
    expect(frozen, "archived snippet").toBeTruthy();
    const release = /\/embed\/[^/]+\/([^/]+)\//.exec(frozen!)?.[1];
    expect(releases).toContain(release);
    expect(existsSync(join(dist, "embed", ids[0], release!, "index.html"))).toBe(true);
    expect(copiedSnippet(ids[0], "fr")).toMatch(new RegExp(`/embed/${ids[0]}/"`));
  });

  it("is on every figure, and Copy puts the snippet on the clipboard", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    const page = await context.newPage();
    await page.goto(`${origin}/en/graphiques/${ids[0]}/`);
    await settled(page);
    expect(await page.locator("figure.chart-figure").count()).toBe(await page.locator("figure.chart-figure details.share-embed").count());
    await page.click(`details[data-share-embed="${ids[0]}"] summary`);
    for (const kind of ["iframe", "link", "image"]) {
      await page.click(`button[data-copy="${ids[0]}-embed-${kind}"]`);
      const expected = await page.inputValue(`#${ids[0]}-embed-${kind}`);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      expect(await page.textContent(`#${ids[0]}-embed-status`)).toBe("Copied");
    }
    const image = await page.inputValue(`#${ids[0]}-embed-image`);
    expect(image).toMatch(
      /^<a href="[^"]+"><picture><source srcset="[^"]+\.dark\.png" media="\(prefers-color-scheme: dark\)"><img src="[^"]+\.light\.png" alt="[^"]{20,}"/,
    );
    await context.close();
  });
});

/** Parses RFC 4180 CSV (quoted cells, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\n") row.push(cell), rows.push(row), (row = []), (cell = "");
    else if (ch !== "\r") cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe("downloads", () => {
  const file = (id: string, name: string) => join(dist, "charts", id, name);

  it("every chart has CSV (two dialects), JSON, SVG, light and dark PNG, oEmbed and og:image in every locale", () => {
    for (const id of ids) {
      for (const locale of locales) {
        for (const name of [
          `${id}.${locale}.csv`,
          `${id}.${locale}.excel-fr.csv`,
          `${id}.${locale}.json`,
          `${id}.${locale}.svg`,
          `${id}.${locale}.light.png`,
          `${id}.${locale}.dark.png`,
          `oembed.${locale}.json`,
          `og.${locale}.png`,
        ]) {
          expect(existsSync(file(id, name)), name).toBe(true);
        }
      }
    }
  });

  it("CSV (BOM, plain numbers, each row's sources, data date, credit) matches the JSON and the page's table", () => {
    for (const id of ids) {
      for (const locale of locales) {
        const text = readFileSync(file(id, `${id}.${locale}.csv`), "utf8");
        expect(text.startsWith("\uFEFF"), `${id} ${locale} BOM`).toBe(true);
        const csv = parseCsv(text.slice(1));
        const { document } = parseHTML(readFileSync(join(dist, prefix(locale).slice(1), "graphiques", id, "index.html"), "utf8"));
        const table = [...document.querySelectorAll(`#chart-${id} .chart-table tr`)].map((tr) => [...tr.children].map((c) => (c.textContent ?? "").trim()));
        expect(csv.length, `${id} ${locale} rows`).toBe(table.length);
        expect(csv[0].slice(-3)).toEqual(["source_ids", "data_as_of", "credit"]);
        const json = JSON.parse(readFileSync(file(id, `${id}.${locale}.json`), "utf8"));
        // Headers that start like a formula ("+400 par an") reach the CSV neutralised, as text.
        expect(csv[0].slice(0, -3)).toEqual(json.columns.map(neutraliseFormula));
        json.columns.forEach((c: string, i: number) => expect(c.startsWith(table[0][i]), `${id} ${locale} header ${i}`).toBe(true));
        expect(json.rows.length).toBe(csv.length - 1);
        for (let r = 1; r < csv.length; r++) {
          const typed = json.rows[r - 1] as (string | number | null)[];
          expect(csv[r].slice(0, -3), `${id} ${locale} row ${r} (CSV vs JSON)`).toEqual(
            typed.map((v) => (v === null ? "" : typeof v === "string" ? neutraliseFormula(v) : String(v))),
          );
          // Text cells are the page's; numbers are plain (no grouping, "." decimal), the page formats them.
          typed.forEach((v, c) => {
            if (typeof v === "string" && !/^\d{4}-\d{2}/.test(v)) expect(v, `${id} ${locale} row ${r} col ${c}`).toBe(table[r][c]);
            if (v === null) expect(table[r][c]).toBe("—");
          });
          expect(csv[r].at(-3)).toBe(json.row_source_ids[r - 1].join("|"));
          expect(csv[r].at(-2)).toBe(json.data_as_of);
          expect(csv[r].at(-1)).toBe(json.credit);
        }
        const excel = readFileSync(file(id, `${id}.${locale}.excel-fr.csv`), "utf8");
        expect(excel.startsWith("\uFEFF")).toBe(true);
        expect(excel.split("\r\n")[0]).toContain(";source_ids;data_as_of;credit");
      }
    }
  });

  it("the data package in dist/data/ validates against the Data Package spec, with every file it names", () => {
    const descriptor = JSON.parse(readFileSync(join(dist, "data", "datapackage.json"), "utf8"));
    const files = new Map<string, string>();
    for (const r of descriptor.resources as { path: string }[]) files.set(r.path, readFileSync(join(dist, "data", r.path), "utf8"));
    expect(checkDataPackage(descriptor, files)).toEqual([]);
    expect(files.size).toBeGreaterThan(10);
  });

  it("PNGs have the pixel size the page states (2×), SVGs are standalone", () => {
    for (const id of ids) {
      for (const locale of locales) {
        const html = readFileSync(join(dist, prefix(locale).slice(1), "graphiques", id, "index.html"), "utf8");
        const json = JSON.parse(readFileSync(file(id, `${id}.${locale}.json`), "utf8"));
        for (const theme of ["light", "dark"]) {
          const png = readFileSync(file(id, `${id}.${locale}.${theme}.png`));
          expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
          const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
          expect(size, `${id} ${locale} ${theme}`).toEqual(json.png);
          const link = new RegExp(`data-download="png-${theme}" data-width="(\\d+)" data-height="(\\d+)"`).exec(html);
          expect(link, `${id} ${locale} png-${theme} link`).not.toBeNull();
          expect(size).toEqual({ width: Number(link![1]), height: Number(link![2]) });
          expect(size.width).toBe(1440);
        }
        const og = readFileSync(file(id, `og.${locale}.png`));
        expect({ width: og.readUInt32BE(16), height: og.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
        const svg = readFileSync(file(id, `${id}.${locale}.svg`), "utf8");
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        expect(svg).not.toMatch(/var\(--/);
        expect(svg).toContain(tokens.light.bg);
      }
    }
  });

  it("oEmbed files are valid JSON, point at the embed and are discoverable from the chart page", async () => {
    for (const id of ids) {
      for (const locale of locales) {
        const oembed = JSON.parse(readFileSync(file(id, `oembed.${locale}.json`), "utf8"));
        expect(oembed).toMatchObject({ version: "1.0", type: "rich" });
        expect(oembed.html).toContain(`${SITE}${prefix(locale)}/embed/${id}/`);
        expect(oembed.html).not.toMatch(/example\.org|localhost/);
        expect(oembed.width).toBeGreaterThan(0);
        expect(oembed.height).toBeGreaterThan(0);
        const html = readFileSync(join(dist, prefix(locale).slice(1), "graphiques", id, "index.html"), "utf8");
        const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
        expect(href, `${id} ${locale}`).toBe(`${SITE}/charts/${id}/oembed.${locale}.json`);
        // og:image must be absolute: without SITE_URL it is left out rather than guessed.
        const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
        expect(og).toBe(SITE ? `${SITE}/charts/${id}/og.${locale}.png` : undefined);
      }
    }
    // Served over HTTP as JSON too.
    const response = await fetch(`${origin}/charts/${ids[0]}/oembed.fr.json`);
    expect(response.headers.get("content-type")).toContain("application/json");
  });
});
