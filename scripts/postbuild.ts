// Steps run on the freshly built site before it replaces dist/: each gets the staging folder.
// Later steps (search index, image exports) add themselves here.
const dir = process.argv[2];
if (!dir) throw new Error("postbuild: missing the staging folder argument");
console.log(`postbuild: ${dir}`);

// Search index (Pagefind, one index per language) and sitemap.xml, both read the built pages.
const { buildSearchIndex } = await import("./search-index");
console.log(`postbuild: search index of ${await buildSearchIndex(dir)} pages`);
const { writeSitemap } = await import("./sitemap");
const sitemapPages = writeSitemap(dir);
console.log(
  sitemapPages
    ? `postbuild: sitemap.xml lists ${sitemapPages} pages`
    : "postbuild: ⚠ no sitemap.xml: SITE_URL is not set, so pages declare no absolute address",
);

// Pages load their scripts after the first paint (issue 17): their tags move into the page's loader.
const { deferScripts } = await import("./after-paint");
console.log(`postbuild: ${deferScripts(dir)} pages load their scripts after the first paint`);

// Keep this step last: it hashes whatever inline scripts the steps above left in the pages.
const { applyCsp } = await import("./csp");
const cspHashes = applyCsp(dir);
console.log(`postbuild: Content-Security-Policy applied${cspHashes.length ? ` (${cspHashes.length} inline-script hashes)` : ""}`);

// A module, so top-level await is allowed.
export {};
