// Astro integration for the web fonts: after the build has written every page, subsets each font
// to the characters those pages draw (src/views/fonts/subset.ts) into fonts/; in `astro dev`, where
// no page is built yet, serves the complete font files at the same addresses.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { FONT_DIR, WEB_FONTS } from "./faces";
import { writeFontSubsets } from "./subset";

export function fontSubsets(base: string): AstroIntegration {
  const prefix = `${base.replace(/\/?$/, "/")}${FONT_DIR}/`;
  return {
    name: "font-subsets",
    hooks: {
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? "").split("?")[0];
          const font = path.startsWith(prefix) ? WEB_FONTS.find((f) => f.file === path.slice(prefix.length)) : undefined;
          if (!font) return next();
          res.setHeader("Content-Type", "font/woff2");
          res.end(readFileSync(font.source));
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        for (const line of await writeFontSubsets(fileURLToPath(dir))) logger.info(line);
      },
    },
  };
}
