// robots.txt: everything may be crawled except the developer gallery; points to the sitemap.
import type { APIRoute } from "astro";

export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  // A sitemap needs absolute URLs: without SITE_URL there is none, so robots.txt names none.
  const sitemap = site ? `\nSitemap: ${new URL(`${base}sitemap.xml`, site).href}\n` : "";
  const body = `User-agent: *\nAllow: ${base}\nDisallow: ${base}dev/\n${sitemap}`;
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
