// robots.txt: everything may be crawled except the developer gallery; points to the sitemap.
import type { APIRoute } from "astro";

export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const sitemap = new URL(`${base}sitemap.xml`, site ?? "http://localhost/").href;
  const body = `User-agent: *\nAllow: ${base}\nDisallow: ${base}dev/\n\nSitemap: ${sitemap}\n`;
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
