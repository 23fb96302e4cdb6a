// A story page's article as the StoryArticle component lays it out: the lead chart lifted under the
// standfirst, the other segments in order with their figures built, the table of contents, and one
// list of the page's sources (prose, figures, data sections), each source once.
import type { Datasets, Source } from "../../data/schema";
import type { Locale } from "../../core/i18n";
import { buildFigure, type FigureModel } from "../../charts/figure";
import type { ContentPage } from "../markdown";
import type { Segment } from "../markdown/render";
import { bylineView, leadChartId, type BylineView } from "./lead";

/** A table-of-contents entry: a heading's id and text. */
export interface TocEntry {
  id: string;
  text: string;
}

/** A segment of the article's body: prose HTML, or a chart with its figure built. */
export type ArticleSegment = { kind: "html"; html: string } | { kind: "chart"; id: string; figure: FigureModel };

export interface StoryArticleView {
  byline: BylineView | null;
  /** The page's first chart, shown right under the standfirst; null on a page without charts. */
  lead: FigureModel | null;
  /** The rest of the page in order (the lead chart left out). */
  body: ArticleSegment[];
  /** Second-level headings of the prose, then the data sections'; shown from three entries up. */
  toc: TocEntry[];
  /** Every source the page cites, in first-use order, each once. */
  sources: Source[];
}

/** Pages with fewer entries than this have no table of contents. */
const TOC_MIN_ENTRIES = 3;

/** Builds the article of a story page; `extraToc` and `extraSources` describe its data sections. */
export function storyArticleView(
  content: ContentPage,
  locale: Locale,
  data: Datasets,
  extraToc: TocEntry[] = [],
  extraSources: Source[] = [],
): StoryArticleView {
  const figures = new Map<string, FigureModel>();
  for (const segment of content.segments)
    if (segment.kind === "chart" && !figures.has(segment.id)) figures.set(segment.id, buildFigure(segment.id, locale, data));
  const leadId = leadChartId(content.segments);
  const body = content.segments
    .filter((s) => !(s.kind === "chart" && s.id === leadId))
    .map((s: Segment): ArticleSegment => (s.kind === "chart" ? { kind: "chart", id: s.id, figure: figures.get(s.id)! } : { kind: "html", html: s.html }));
  const toc = [...content.headings.filter((h) => h.depth === 2).map((h) => ({ id: h.id, text: h.text })), ...extraToc];
  const cited = [...content.sources, ...[...figures.values()].flatMap((f) => f.sources), ...extraSources];
  const seen = new Set<string>();
  const sources = cited.filter((s) => !seen.has(s.source_id) && seen.add(s.source_id));
  return {
    byline: bylineView(data.releases, locale),
    lead: leadId ? figures.get(leadId)! : null,
    body,
    toc: toc.length >= TOC_MIN_ENTRIES ? toc : [],
    sources,
  };
}
