// Astro's build through its JavaScript API, not a path inside node_modules: scripts/build.ts runs this
// in a process of its own, so it can bound that process's heap and report its peak memory.
// Usage: node scripts/astro-build.mjs <output folder>
import { build } from "astro";

const outDir = process.argv[2];
if (!outDir) {
  console.error("usage: node scripts/astro-build.mjs <output folder>");
  process.exit(2);
}
await build({ root: process.cwd(), outDir });
// Vite's watchers and workers can keep the event loop open after a finished build.
process.exit(0);
