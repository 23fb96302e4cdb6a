// SVG snapshots of every chart, in every locale, at both widths it is shown, drawn from frozen
// fixtures (tests/fixtures/charts/<id>.json), never from data/, so only a change in a chart's code
// moves a snapshot. Accept an intended change with `npx vitest run tests/charts.snapshot.test.ts -u`.
// A new chart needs its fixture: `npx tsx tests/fixtures/charts/freeze.ts <id>`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { charts } from "../src/charts/registry";
import { renderChart } from "../src/charts/kit/ssr";
import { CHART_WIDTHS } from "../src/charts/figure";
import { chartText } from "../src/charts/kit/types";
import { locales } from "../src/core/i18n/locales";

/** Stable, diff-friendly SVG: one tag per line, Plot's generated class names made constant. */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(/plot-[0-9a-f]{6}/g, "plot")
    .replace(/></g, ">\n<")
    .concat("\n");
}

function fixture(id: string): unknown {
  const file = join(process.cwd(), "tests/fixtures/charts", `${id}.json`);
  if (!existsSync(file)) throw new Error(`No fixture for chart "${id}": run npx tsx tests/fixtures/charts/freeze.ts ${id}`);
  return JSON.parse(readFileSync(file, "utf8"));
}

describe.each(charts.map((c) => [c.id, c] as const))("%s", (id, chart) => {
  it.each(locales.flatMap((locale) => Object.values(CHART_WIDTHS).map((width) => [locale, width] as const)))(
    "matches its snapshot in %s at %i px",
    async (locale, width) => {
      const rendered = renderChart(chart, fixture(id), locale, width);
      await expect(normaliseSvg(rendered.svg)).toMatchFileSnapshot(`./__snapshots__/charts/${id}.${locale}.${width}.svg`);
      await expect(`${JSON.stringify(rendered.points, null, 1)}\n`).toMatchFileSnapshot(`./__snapshots__/charts/${id}.${locale}.${width}.points.json`);
    },
  );

  it("drafts the same copy, alt text and table from its fixture in every locale", async () => {
    const rows = fixture(id);
    // Title, dek and notes too: copy computed from the rows shows here when its wording changes.
    const copy = (l: (typeof locales)[number]) =>
      [
        chartText(chart.title, rows, l),
        chartText(chart.dek, rows, l),
        [chartText(chart.notes, rows, l), chart.notesFrom?.(rows, l)].filter(Boolean).join(" "),
      ].join("\n");
    const text = locales.map((l) => `## ${l}\n${copy(l)}\n${chart.describe(rows, l)}\n${JSON.stringify(chart.table(rows, l))}`).join("\n\n");
    await expect(`${text}\n`).toMatchFileSnapshot(`./__snapshots__/charts/${id}.text.md`);
  });
});
