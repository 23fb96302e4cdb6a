import { defineConfig } from "vitest/config";

// End-to-end tests in real Chromium against the built dist/, served on 127.0.0.1.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    env: { TZ: "UTC" },
  },
});
