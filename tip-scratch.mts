import { launchBrowser } from "/work/main/tests/e2e/browser";
import { serveDist } from "/work/main/tests/e2e/server";
async function main() {
  const { origin, close } = await serveDist("/work/main/.build/out-charts", "/");
  const browser = await launchBrowser();
  for (const [path, sel, width, scheme] of [["ar/objectifs/exportations/", "#chart-exports-by-sector", 360, "dark"], ["objectifs/emplois/", "#chart-jobs-goal", 1000, "light"], ["ar/leviers-et-reformes/", "#chart-levers-reforms-status", 360, "light"]] as const) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(`${origin}/${path}`);
    await page.focus(`${sel} .chart-svg`);
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    await page.locator(sel).screenshot({ path: `/tmp/charts/tip-${sel.slice(7)}-${width}.png` });
    await ctx.close();
  }
  await browser.close(); await close();
}
main();
