// Lighthouse 12 (mobile) accessibility, best practices and SEO are 100 on the home page in the
// three locales (the bench adds the trade page and performance). Performance is left to `npm run bench`: timings on a
// shared 2-core machine are too noisy to gate on.
import { describe, expect, it } from "vitest";
import { lighthouseKeyPages } from "../../scripts/bench/page-weight";
import { distDir } from "../../scripts/tools/built-pages";

const KEY_PAGES = ["/", "/ar/", "/en/"];

describe("Lighthouse", () => {
  it("scores 100 for accessibility, best practices and SEO on the key pages", { timeout: 240_000 }, async () => {
    const started = Date.now();
    const results = await lighthouseKeyPages(distDir(), KEY_PAGES, ["accessibility", "best-practices", "seo"]);
    console.log(`lighthouse: ${results.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const below = results
      .filter((r) => r.accessibility !== 100 || r.bestPractices !== 100 || r.seo !== 100)
      .map((r) => `${r.urlPath}: a11y ${r.accessibility}, best practices ${r.bestPractices}, SEO ${r.seo} — ${r.failing.join(", ")}`);
    expect(results).toHaveLength(KEY_PAGES.length);
    expect(below).toEqual([]);
  });
});
