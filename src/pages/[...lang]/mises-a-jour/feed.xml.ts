// The Atom feed of data releases, at /mises-a-jour/feed.xml in each locale.
import type { APIRoute } from "astro";
import { localePaths, type Locale } from "../../../core/i18n";
import { atomFeed } from "../../../views/pages/feed";

export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ props, site }) => {
  const { locale } = props as { locale: Locale };
  return new Response(atomFeed(locale, site), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
