import { launchBrowser } from "/work/main/tests/e2e/browser";
import { serveDist } from "/work/main/tests/e2e/server";
async function main() {
  const { origin, close } = await serveDist("/work/main/.build/out-charts", "/");
  const browser = await launchBrowser();
  const pages = (process.env.PAGES ?? "objectifs/exportateurs/").split(",");
  for (const path of pages) for (const locale of ["fr", "ar"]) for (const scheme of ["light", "dark"] as const) for (const width of [360, 1000]) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(`${origin}/${locale === "fr" ? "" : locale + "/"}${path}`);
    await page.waitForTimeout(300);
    const name = `/tmp/charts/site-${path.replace(/\//g, "_")}${locale}-${scheme}-${width}.png`;
    const sel = process.env.SEL;
    if (sel) await page.locator(sel).screenshot({ path: name });
    else await page.screenshot({ path: name, fullPage: true });
    await ctx.close();
  }
  await browser.close(); await close();
}
main();
