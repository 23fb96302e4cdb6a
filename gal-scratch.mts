import { launchBrowser } from "/work/main/tests/e2e/browser";
import { serveDist } from "/work/main/tests/e2e/server";
async function main() {
  const { origin, close } = await serveDist("/work/main/.build/out-charts", "/");
  const browser = await launchBrowser();
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${origin}/dev/charts/ar/`);
  await page.locator("#gallery-firm-concentration").screenshot({ path: `/tmp/charts/gallery.png` });
  console.log(await page.locator(".gallery-chart").count());
  await browser.close(); await close();
}
main();
