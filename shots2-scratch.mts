import { launchBrowser } from "/work/main/tests/e2e/browser";
import { serveDist } from "/work/main/tests/e2e/server";
async function main() {
  const { origin, close } = await serveDist("/work/main/.build/out-charts", "/");
  const browser = await launchBrowser();
  const ids = (process.env.IDS ?? "").split(",");
  for (const id of ids) for (const locale of ["fr", "ar"]) for (const scheme of ["light", "dark"] as const) for (const width of [360, 1000]) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(`${origin}/${locale === "fr" ? "" : locale + "/"}graphiques/${id}/`);
    await page.waitForTimeout(200);
    await page.locator(`#chart-${id} .chart-svg`).screenshot({ path: `/tmp/charts/g-${id}-${locale}-${scheme}-${width}.png` });
    await ctx.close();
  }
  await browser.close(); await close();
}
main();
