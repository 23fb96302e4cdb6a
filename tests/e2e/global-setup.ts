// Builds the site if dist/ is missing or older than its sources, checks a browser exists (failing loudly if not), and
// serves dist/ for the whole browser suite.
import { spawnSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { serveDist } from "../../scripts/tools/static-server";
import { findChromium } from "../../scripts/tools/browser";
import { whyRebuild } from "../../scripts/tools/dist-freshness";
import { distDir } from "../../scripts/tools/built-pages";

export default async function setup(project: TestProject) {
  // OUT_DIR lets parallel work build and test its own copy (OUT_DIR=.build/x npm run build, then the tests).
  // Resolved, not joined: OUT_DIR may be absolute.
  const dist = distDir();
  const reason = whyRebuild(process.cwd(), dist);
  if (reason) {
    console.log(`Building the site for the browser tests: ${reason}.`);
    // Vitest sets DEV, MODE, PROD, SSR, BASE_URL and NODE_ENV (test) in process.env; a build must not inherit them (NODE_ENV=test would build the development gallery).
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !["DEV", "MODE", "PROD", "SSR", "BASE_URL", "NODE_ENV"].includes(k) && !k.startsWith("VITEST")),
    );
    const result = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...env, OUT_DIR: process.env.OUT_DIR ?? "dist" } });
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
