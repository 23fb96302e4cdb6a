// Static site, deployable under any base path: set SITE_URL and BASE_PATH at build time.
import { defineConfig } from "astro/config";
import { fontSubsets } from "./src/views/fonts/integration.ts";

const base = process.env.BASE_PATH ?? "/";

// The public address comes only from SITE_URL: never a guessed one, which would reach readers in
// pasted embed code. Without it the build still works and says what is relative or left out.
const site = process.env.SITE_URL?.trim() || undefined;
if (site && !/^https?:\/\/[^/]+/.test(site)) throw new Error(`SITE_URL must be an address such as https://example.org (got "${site}")`);
if (!site && process.argv.includes("build")) {
  console.warn(
    [
      "",
      "⚠  SITE_URL is not set: the build does not know the site's public address.",
      "   Set it first when deploying, e.g. SITE_URL=https://example.org npm run build. Until then:",
      "   - embed and image code in the share control is completed in the browser from the page's own address;",
      "   - oEmbed files, chart JSON links, the Atom feed and data-package homepage use site-relative URLs;",
      "   - canonical and hreflang links, og:image, og:url and sitemap.xml entries are omitted;",
      "   - image and CSV credit lines name the site without its address.",
      "",
    ].join("\n"),
  );
}

export default defineConfig({
  site,
  base,
  output: "static",
  trailingSlash: "always",
  // scripts/build.ts builds into a staging folder through the API (scripts/astro-build.mjs) and swaps it in.
  outDir: "./dist",
  // Every stylesheet inlined into its page: no render-blocking request beyond the HTML (issue 17).
  // The CSP allows inline styles (style-src 'unsafe-inline', src/views/security/csp.ts).
  build: { format: "directory", inlineStylesheets: "always" },
  integrations: [fontSubsets(base)],
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
