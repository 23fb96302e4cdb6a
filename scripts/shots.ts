// npm run shots — screenshots of the built site for review: the home page, one story page, one region
// page, the chart gallery and one embed, at 390 and 1280 px, in fr, ar and en, light and dark.
// Each is shot whole and as the first screen a reader sees (<name>.first-screen.png).
// Writes PNGs into shots/ (not committed) and prints their paths. Build first: npm run build.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { serveDist } from "./tools/static-server";
import { launchBrowser } from "./tools/browser";

const root = process.cwd();
const dist = resolve(root, process.env.OUT_DIR ?? "dist");
const out = resolve(root, process.argv[2] ?? "shots");
if (!existsSync(join(dist, "index.html"))) {
  console.error(`✖ ${dist}/index.html is missing: run npm run build first.`);
  process.exit(1);
}

const prefixes = { fr: "/", ar: "/ar/", en: "/en/" } as const;
const views = [
  { name: "home", path: "" },
  { name: "story", path: "objectifs/exportations/" },
  { name: "region", path: "regions/ma-06/" },
  { name: "gallery", path: "graphiques/" },
  { name: "embed", path: "embed/exports-vs-target/" },
];
// A phone (390×844) and a laptop (1280×800) screen: each view is shot whole and as its first screen.
const screens = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const themes = ["light", "dark"] as const;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const server = await serveDist(dist, "/");
const browser = await launchBrowser();
try {
  for (const theme of themes) {
    for (const { width, height } of screens) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [locale, prefix] of Object.entries(prefixes)) {
        for (const view of views) {
          const url = `${server.origin}${prefix}${view.path}${view.name === "embed" ? `?theme=${theme}` : ""}`;
          await page.goto(url, { waitUntil: "networkidle" });
          await page.evaluate(() => document.fonts.ready);
          const file = join(out, `${view.name}.${locale}.${width}.${theme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          const firstScreen = file.replace(/\.png$/, ".first-screen.png");
          await page.screenshot({ path: firstScreen });
          console.log(file);
          console.log(firstScreen);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
