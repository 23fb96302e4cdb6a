// Accessibility gate: axe-core on the built pages and embeds of every locale, found by walking the
// build (so new pages are covered): every page in light theme, and one page of every template in
// every locale in dark theme (dark changes only colours, whose contrast tests/charts.contrast.test.ts
// checks over the whole palette); A11Y_ALL=1 also checks every page in dark (about 2.5 more minutes
// on 2 cores). Plus keyboard checks: skip link, every interactive element reachable by Tab and
// visibly focused, and no zoom lock in the viewport.
import { settled } from "./settle";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { launchBrowser } from "../../scripts/tools/browser";
import { builtPages, representativePages, type BuiltPage } from "../../scripts/tools/built-pages";

const origin = inject("origin");
const pages = builtPages();
let browser: Browser;
const contexts: Record<"light" | "dark", BrowserContext | undefined> = { light: undefined, dark: undefined };

beforeAll(async () => {
  browser = await launchBrowser();
  // Dark is the reader's system preference: the theme CSS follows prefers-color-scheme.
  contexts.light = await browser.newContext({ colorScheme: "light", viewport: { width: 1000, height: 800 } });
  contexts.dark = await browser.newContext({ colorScheme: "dark", viewport: { width: 1000, height: 800 } });
});
afterAll(async () => browser?.close());

/** One line per axe violation and node, readable in a test failure. */
async function axeViolations(page: Page): Promise<string[]> {
  // A page without frames (all of ours so far) is checked in axe's legacy mode: the same rules on the
  // same document, without the blank page the default mode opens to merge frames' results, which was
  // about 1 s of each page's 1.5–2.4 s (same results, every category and node count, on a sample
  // of 16 pages, clean and with a contrast fault). A page with a frame keeps the default mode, which
  // also tests cross-origin frames.
  const results = await new AxeBuilder({ page }).setLegacyMode(page.frames().length === 1).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1).join(" ").trim()}`),
  );
}

/** Runs axe over `list` with a few tabs at once; returns violations keyed by URL. */
async function axeAll(list: BuiltPage[], theme: "light" | "dark"): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const queue = [...list];
  const worker = async () => {
    const page = await contexts[theme]!.newPage();
    for (let next = queue.shift(); next; next = queue.shift()) {
      await page.goto(origin + next.urlPath, { waitUntil: "load" });
      await settled(page);
      if (theme === "dark") {
        // Pages with a theme switch store the choice in data-theme; set it too so both paths are covered.
        await page.evaluate(() => document.documentElement.setAttribute("data-theme", "dark"));
      }
      const violations = await axeViolations(page);
      if (violations.length > 0) found[next.urlPath] = violations;
    }
    await page.close();
  };
  await Promise.all([worker(), worker(), worker()]);
  return found;
}

describe("axe-core", () => {
  it("discovers the built pages in all three locales", () => {
    for (const locale of ["fr", "ar", "en"]) expect(pages.some((p) => p.locale === locale && !p.is404)).toBe(true);
  });

  it("finds no violation on any page or embed, in every locale, light theme", { timeout: 900_000 }, async () => {
    const sample = pages;
    const started = Date.now();
    const found = await axeAll(sample, "light");
    console.log(`a11y: axe light on ${sample.length} of ${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(sample.length).toBeGreaterThan(0);
    expect(found).toEqual({});
  });

  it("finds no violation in dark theme on one page per template in every locale (every page with A11Y_ALL=1)", { timeout: 900_000 }, async () => {
    const sample = process.env.A11Y_ALL ? pages : representativePages(pages, 1);
    const started = Date.now();
    const found = await axeAll(sample, "dark");
    console.log(`a11y: axe dark on ${sample.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(found).toEqual({});
  });
});

describe("keyboard", () => {
  it("the skip link is the first Tab stop, is visible when focused and moves focus to main", async () => {
    for (const locale of ["", "ar/", "en/"]) {
      const page = await contexts.light!.newPage();
      await page.goto(`${origin}/${locale}`);
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        return { cls: el.className, href: el.getAttribute("href"), top: box.top, height: box.height, width: box.width };
      });
      expect(focused.cls).toContain("skip-link");
      expect(focused.top).toBeGreaterThanOrEqual(0);
      expect(focused.height * focused.width).toBeGreaterThan(0);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
      await page.close();
    }
  });

  it("every interactive element is reachable by Tab and visibly focused", { timeout: 300_000 }, async () => {
    // One page of each kind of template (home in French and Arabic, story, map, search, gallery, embed).
    const kinds = [
      /^\/$/,
      /^\/ar\/$/,
      /^\/echanges\/$/,
      /^\/regions\/$/,
      /^\/regions\/[^/]+\/$/,
      /^\/recherche\/$/,
      /^\/graphiques\/$/,
      /^\/embed\/[^/]+\/$/,
      /^\/objectifs\/[^/]+\/$/,
    ];
    const sample = kinds.map((kind) => pages.find((p) => kind.test(p.urlPath))).filter((p): p is BuiltPage => Boolean(p));
    expect(sample.length, "the keyboard sample lost its pages: update `kinds`").toBeGreaterThanOrEqual(6);
    const problems: string[] = [];
    // Reduced motion makes the site's smooth scrolling instant, so each Tab stop is judged where it lands.
    const keyboardContext = await browser.newContext({ reducedMotion: "reduce", viewport: { width: 1000, height: 800 } });
    const page = await keyboardContext.newPage();
    for (const target of sample) {
      await page.goto(origin + target.urlPath);
      await settled(page);
      // Interactive elements a reader can see (hidden ones, e.g. in a closed <details> menu, are not Tab stops).
      const expected = await page.evaluate(() => {
        const selector =
          "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, summary, iframe, [tabindex]:not([tabindex='-1'])";
        const all = [...document.querySelectorAll<HTMLElement>(selector)].filter(
          (el) => el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }) && !el.closest("[inert]"),
        );
        all.forEach((el, i) => el.setAttribute("data-kbd-id", String(i)));
        return all.length;
      });
      const reached = new Set<string>();
      for (let i = 0; i < expected + 5 && reached.size < expected; i++) {
        await page.keyboard.press("Tab");
        const state = await page.evaluate(async () => {
          // The site scrolls smoothly: wait until scrolling has settled before judging the position.
          let lastY = -1;
          for (let frame = 0, stable = 0; frame < 30 && stable < 2; frame++) {
            await new Promise((r) => requestAnimationFrame(r));
            stable = scrollY === lastY ? stable + 1 : 0;
            lastY = scrollY;
          }
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
          const shadowed = style.boxShadow !== "none";
          // An SVG link (a map region) shows focus by stroking its shape in the focus colour.
          const probe = document.createElement("span");
          probe.style.color = "var(--c-focus)";
          document.body.append(probe);
          const focusColour = getComputedStyle(probe).color;
          probe.remove();
          const stroked =
            el instanceof SVGElement &&
            [el, ...el.querySelectorAll("*")].some((n) => {
              const s = getComputedStyle(n);
              return s.stroke === focusColour && parseFloat(s.strokeWidth) >= 2;
            });
          const box = el.getBoundingClientRect();
          const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
          return {
            id: el.getAttribute("data-kbd-id"),
            label: `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`,
            visible: (outlined || shadowed || stroked) && onScreen,
          };
        });
        if (!state) continue;
        if (state.id !== null) reached.add(state.id);
        if (!state.visible) problems.push(`${target.urlPath}: ${state.label} has no visible focus indicator or is off screen`);
      }
      if (reached.size < expected) {
        const missed = await page.evaluate(
          (ids: string[]) =>
            [...document.querySelectorAll<HTMLElement>("[data-kbd-id]")]
              .filter((el) => !ids.includes(el.getAttribute("data-kbd-id") ?? ""))
              .slice(0, 3)
              .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 30)}"`),
          [...reached],
        );
        problems.push(`${target.urlPath}: only ${reached.size} of ${expected} interactive elements reached by Tab (e.g. ${missed.join(", ")})`);
      }
    }
    await keyboardContext.close();
    expect([...new Set(problems)]).toEqual([]);
  });

  it("no page locks zoom in its viewport meta", () => {
    const locked = pages.filter((p) => {
      const content = /<meta name="viewport" content="([^"]*)"/i.exec(readFileSync(p.file, "utf8"))?.[1];
      if (content === undefined) return !p.isEmbed; // an embed may leave the viewport to its host
      const max = /maximum-scale\s*=\s*([\d.]+)/i.exec(content)?.[1];
      return /user-scalable\s*=\s*(no|0)/i.test(content) || (max !== undefined && Number(max) < 5);
    });
    expect(locked.map((p) => p.urlPath)).toEqual([]);
  });
});
