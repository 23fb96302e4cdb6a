// Builds the site if dist/ is missing, checks a browser exists (failing loudly if not), and
// serves dist/ for the whole browser suite.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { serveDist } from "./server";
import { findChromium } from "./browser";

export default async function setup(project: TestProject) {
  const dist = join(process.cwd(), "dist");
  if (!existsSync(join(dist, "index.html"))) {
    const result = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (result.status !== 0) throw new Error("npm run build failed; the browser tests need dist/.");
  }
  await findChromium();
  const { origin, close } = await serveDist(dist, "/");
  project.provide("origin", origin);
  return close;
}

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
  }
}
