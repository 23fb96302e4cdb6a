// What the site chrome needs for one page: canonical and alternate URLs, the story position for
// breadcrumbs and previous/next, the story list for menus, and the data's "as of" date.
import { locales, localeUrl, type Locale } from "../../core/i18n/locales";
import type { StringKey } from "../../core/i18n/strings/fr";
import { loadData } from "../../data";
import { latestRelease } from "../../data/derive";
import { storyPosition, storySteps, type StoryStep } from "./story";

/** The chrome model of one page. */
export interface ChromeView {
  /** Absolute canonical URL; null when the build has no SITE_URL (a relative one would mislead crawlers). */
  canonical: string | null;
  alternates: { hreflang: string; href: string }[];
  steps: StoryStep[];
  step: StoryStep | null;
  group: StringKey | null;
  /** The story page this page sits under (e.g. regions/ for regions/ma-01/), linked in breadcrumbs. */
  parent: StoryStep | null;
  prev: StoryStep | null;
  next: StoryStep | null;
  dataAsOf: string;
}

/**
 * Builds the chrome for the page at locale-free `path` in `locale`; `site` is the deployment origin
 * (SITE_URL). Without it, canonical and hreflang links are omitted rather than pointed at a guess.
 */
export function chromeView(path: string, locale: Locale, site: URL | undefined): ChromeView {
  const absolute = (l: Locale) => new URL(localeUrl(l, path), site).href;
  const position = storyPosition(path);
  const steps = storySteps();
  const parent = position.step
    ? null
    : (steps.filter((s) => s.path !== "" && path.startsWith(s.path) && path !== s.path).sort((a, b) => b.path.length - a.path.length)[0] ?? null);
  return {
    canonical: site ? absolute(locale) : null,
    alternates: site ? [...locales.map((l) => ({ hreflang: l, href: absolute(l) })), { hreflang: "x-default", href: absolute("fr") }] : [],
    steps,
    parent,
    step: position.step,
    group: position.step?.group ?? null,
    prev: position.prev,
    next: position.next,
    dataAsOf: latestRelease(loadData().releases)?.published_on ?? "",
  };
}
