// The order of the story and the site's navigation: one list drives the header menu, the
// breadcrumbs, previous/next links and the sitemap's expectations.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { StringKey } from "../../core/i18n/strings/fr";
import { localeParam, locales, type Locale } from "../../core/i18n/locales";

/** A page of the story: its locale-free path and the interface string naming it in menus. */
export interface StoryStep {
  path: string;
  key: StringKey;
  /** The group it belongs to in breadcrumbs (the three goal pages). */
  group?: StringKey;
  /**
   * A story told by its prose and charts alone (src/content/<locale>/<slug>.md): built by the one
   * story route, src/pages/[...lang]/[...story]/index.astro. Stories with data sections of their own
   * (levers, offices, launch, claims) keep their route, around the same shell (components/story/StoryPage).
   */
  prose?: true;
}

/** Pages built by other parts of the site that may not exist yet: linked only once their route exists. */
const optionalRoutes: Record<string, string> = {
  "regions/": "src/pages/[...lang]/regions",
};

const allSteps: StoryStep[] = [
  { path: "", key: "nav.home" },
  { path: "objectifs/exportations/", key: "nav.goal-exports", group: "nav.goals", prose: true },
  { path: "objectifs/exportateurs/", key: "nav.goal-exporters", group: "nav.goals", prose: true },
  { path: "objectifs/emplois/", key: "nav.goal-jobs", group: "nav.goals", prose: true },
  { path: "leviers-et-reformes/", key: "nav.levers" },
  { path: "artisanat-et-economie-sociale/", key: "nav.craft", prose: true },
  { path: "bureaux-regionaux/", key: "nav.offices" },
  { path: "regions/", key: "region.nav" },
  { path: "lancement/", key: "nav.launch" },
  { path: "echanges/", key: "nav.trade", prose: true },
  { path: "ce-que-disent-les-sources/", key: "nav.claims" },
  { path: "glossaire/", key: "nav.glossary", prose: true },
  { path: "sources/", key: "nav.sources" },
];

/** Whether a route exists in this tree (optional routes are checked on disk at build time). */
function routeExists(path: string): boolean {
  const dir = optionalRoutes[path];
  return !dir || existsSync(join(process.cwd(), dir));
}

/** The story in reading order, limited to pages that exist. */
export function storySteps(): StoryStep[] {
  return allSteps.filter((s) => routeExists(s.path));
}

/** Where a page sits in the story: its step, the previous and the next one (null at the ends or off-story). */
export function storyPosition(path: string): { step: StoryStep | null; prev: StoryStep | null; next: StoryStep | null } {
  const steps = storySteps();
  const normal = path.replace(/^\/+/, "");
  const i = steps.findIndex((s) => s.path === normal);
  if (i < 0) return { step: null, prev: null, next: null };
  return { step: steps[i], prev: steps[i - 1] ?? null, next: steps[i + 1] ?? null };
}

/** The content slug of a path: "objectifs/emplois/" → "objectifs-emplois". */
export function contentSlug(path: string): string {
  return path.replace(/^\/+|\/+$/g, "").replace(/\//g, "-");
}

/** A page of the one story route: the step it tells, in a locale. */
export interface StoryRoute {
  params: { lang: string | undefined; story: string };
  props: { locale: Locale; step: StoryStep };
}

/**
 * getStaticPaths of the one story route: every prose story in every locale, e.g.
 * { lang: "en", story: "objectifs/emplois" } for /en/objectifs/emplois/ (French has no lang segment).
 */
export function storyRoutes(): StoryRoute[] {
  const prose = storySteps().filter((s) => s.prose);
  return locales.flatMap((locale) =>
    prose.map((step) => ({ params: { lang: localeParam(locale), story: step.path.replace(/\/+$/, "") }, props: { locale, step } })),
  );
}
