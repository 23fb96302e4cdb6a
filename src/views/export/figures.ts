// One figure model per chart and locale for the whole build: embed pages, chart pages and every
// download read the same object, so Plot draws each chart once per locale.
import { loadData } from "../../data";
import { buildFigure, type FigureModel } from "../../charts/figure";
import type { Locale } from "../../core/i18n/locales";

const cache = new Map<string, FigureModel>();

/** The figure model for chart `id` in `locale`, built once per build. */
export function figureFor(id: string, locale: Locale): FigureModel {
  const key = `${id}:${locale}`;
  let figure = cache.get(key);
  if (!figure) {
    figure = buildFigure(id, locale, loadData());
    cache.set(key, figure);
  }
  return figure;
}
