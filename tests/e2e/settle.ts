// Pages finish in two steps (issue 17): the first paint, then, from the after-paint loader
// (src/views/pages/after-paint.ts), their scripts and their other font faces; on wide screens the
// wide drawings then replace their placeholders. Browser tests that judge what a reader gets wait
// for the second step.
import type { Page } from "playwright-core";

/** Waits until the page's scripts have run (pages with the loader) and every wide drawing the screen shows is in. */
export async function settled(page: Page): Promise<void> {
  // data-js is set by the page's first inline script: without it JavaScript is off, and nothing more comes.
  if (!(await page.$("html[data-js]"))) return;
  if (await page.$("script[data-after-paint]")) await page.waitForSelector("html[data-enhanced]", { state: "attached" });
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-drawing]")].every((frame) => {
      const state = frame.getAttribute("data-drawing");
      const wideBox = frame.querySelector(".chart-wide, .map-wide");
      return state === "loaded" || state === "failed" || (state === "later" && (!wideBox || wideBox.getClientRects().length === 0));
    }),
  );
}
