// Rewrites a share-control snippet so its addresses point at the origin the page is served from.

/**
 * `snippet` was built with `builtOrigin` (the build's SITE_URL origin, or "" when it had none, in
 * which case its addresses are site-relative and start with `base`). Returns the same snippet with
 * every address of the site on `servedOrigin`. Only our own addresses change: they are the ones
 * that start with the build origin plus base, or, when relative, that open an attribute value
 * (`="/base/…`) or the whole snippet (a bare link).
 */
export function servedSnippet(snippet: string, builtOrigin: string, base: string, servedOrigin: string): string {
  if (builtOrigin) return snippet.split(`${builtOrigin}${base}`).join(`${servedOrigin}${base}`);
  const relative = snippet.split(`="${base}`).join(`="${servedOrigin}${base}`).split(`, ${base}`).join(`, ${servedOrigin}${base}`);
  return relative.startsWith(base) ? `${servedOrigin}${relative}` : relative;
}
