/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// Unit, snapshot and data tests; the browser suite has its own config (vitest.e2e.config.ts).
export default getViteConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    env: { TZ: "UTC" },
    // Rendering every chart in every locale and theme takes seconds on 2 cores; a timeout is not a finding.
    testTimeout: 60_000,
  },
});
