// Finds a real Chromium: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then the one that
// @sparticuz/chromium (a devDependency, so `npm ci` installs it) unpacks. A missing browser
// is a loud failure, never a skipped test.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Headless Chromium with no background traffic: shared with the bench's Lighthouse runs. */
export const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
// Tests also turn font hinting off, so text boxes measure the same on every machine.
const FLAGS = [...CHROMIUM_FLAGS, "--font-render-hinting=none"];

/** The path of a Chromium executable, or an error saying exactly how to get one. */
export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  try {
    const sparticuz = (await import("@sparticuz/chromium")).default;
    const path = await sparticuz.executablePath();
    if (path && existsSync(path)) return path;
  } catch (error) {
    throw new Error(
      `No Chromium found. Set CHROMIUM_PATH to a Chromium binary, or install one with "apt-get install -y chromium", or run "npm ci" so that @sparticuz/chromium is present. (${String(error)})`,
    );
  }
  throw new Error('No Chromium found. Set CHROMIUM_PATH, or "apt-get install -y chromium", or run "npm ci".');
}

/** Launches headless Chromium with flags that work on this machine. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), args: FLAGS });
}
