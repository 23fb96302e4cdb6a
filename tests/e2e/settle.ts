// Pages finish in two steps (issue 17): the first paint, then, from the after-paint loader
// (src/views/pages/after-paint.ts), their scripts and their other font faces; on wide screens the
// wide drawings then replace their placeholders. Browser tests that judge what a reader gets wait
// for the second step.
import type { Page } from "playwright-core";

/** Waits until the page's scripts have run (pages with the loader) and every wide drawing the page lays out is in. */
export async function settled(page: Page): Promise<void> {
  // data-js is set by the page's first inline script: without it JavaScript is off, and nothing more comes.
  if (!(await page.$("html[data-js]"))) return;
  if (await page.$("script[data-after-paint]")) await page.waitForSelector("html[data-enhanced]", { state: "attached" });
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-drawing]")].every((frame) => {
      const state = frame.getAttribute("data-drawing");
      const wideBox = frame.querySelector(".chart-wide, .map-wide");
      // A wide box not displayed (a phone), or inside a block not laid out yet (content-visibility:
      // auto, far from the screen), waits for the reader: its drawing comes when the box takes room.
      return state === "loaded" || state === "failed" || (state === "later" && (!wideBox || !wideBox.checkVisibility({ contentVisibilityAuto: true })));
    }),
  );
}
