// Static site, deployable under any base path: set SITE_URL and BASE_PATH at build time.
import { defineConfig } from "astro/config";

const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://feuille-de-route.example.org",
  base,
  output: "static",
  trailingSlash: "always",
  outDir: process.env.ASTRO_OUT_DIR ?? "./dist",
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
