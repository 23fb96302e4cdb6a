// Chart downloads made for newsrooms: BOM, plain numbers, ISO dates, each row's own sources, a
// French-Excel dialect, data date and credit, and no formula reaching a spreadsheet.
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { charts } from "../../charts/registry";
import { buildFigure } from "../../charts/figure";
import { locales } from "../../core/i18n";
import { loadData, type Datasets } from "../../data";
import { BOM, CSV_EXCEL_FR, CSV_STANDARD, FORMULA_TRIGGERS, csvCell, csvDocument, neutraliseFormula, type CsvDialect } from "./csv";
import { DOWNLOAD_CHART_IDS, downloadTable } from "./chart-data";
import { figureCsv, figureJson, CSV_SOURCE_COLUMN, CSV_DATE_COLUMN, CSV_CREDIT_COLUMN } from "./downloads";

const data = loadData();
const SITE = "https://news.example.net/";

function readCsv(text: string, dialect: CsvDialect): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  return parse(text.slice(1), { delimiter: dialect.delimiter, relax_column_count: false });
}

/** True when a spreadsheet would evaluate the cell (starts with a trigger and is not a plain number). */
function isLiveFormula(cell: string, dialect: CsvDialect): boolean {
  if (!(FORMULA_TRIGGERS as readonly string[]).includes(cell[0] ?? "")) return false;
  const asNumber = dialect.decimal === "," ? cell.replace(",", ".") : cell;
  return !/^-?\d+(\.\d+)?$/.test(asNumber);
}

describe("csv cells", () => {
  it.each(FORMULA_TRIGGERS.map((c) => [JSON.stringify(c), c]))("neutralises a text cell starting with %s", (_, trigger) => {
    for (const dialect of [CSV_STANDARD, CSV_EXCEL_FR]) {
      const [[cell]] = readCsv(csvDocument([[`${trigger}SUM(1,2)`]], dialect), dialect);
      expect(cell).toBe(`'${trigger}SUM(1,2)`);
      expect(isLiveFormula(cell, dialect)).toBe(false);
    }
  });

  it("keeps real numbers numbers, negative ones included, in each dialect's decimal mark", () => {
    expect(csvCell(-12.5, CSV_STANDARD)).toBe("-12.5");
    expect(csvCell(-12.5, CSV_EXCEL_FR)).toBe("-12,5");
    expect(csvCell(455, CSV_EXCEL_FR)).toBe("455");
    expect(csvCell(null)).toBe("");
    expect(() => csvCell(Number.NaN)).toThrow(/not a finite number/);
  });

  it("leaves ordinary text alone and quotes what needs it", () => {
    expect(neutraliseFormula("Agadir")).toBe("Agadir");
    expect(neutraliseFormula("")).toBe("");
    expect(csvCell("a,b", CSV_STANDARD)).toBe('"a,b"');
    expect(csvCell("a,b", CSV_EXCEL_FR)).toBe("a,b");
    expect(csvCell("a;b", CSV_EXCEL_FR)).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });
});

describe("chart downloads", () => {
  it("every chart in the registry has a download table", () => {
    expect(charts.map((c) => c.id).filter((id) => !DOWNLOAD_CHART_IDS.includes(id))).toEqual([]);
  });

  it("have a BOM, the table's columns, source ids, data date and credit on every row, in both dialects", () => {
    for (const chart of charts) {
      for (const locale of locales) {
        const figure = buildFigure(chart.id, locale, data);
        for (const dialect of [CSV_STANDARD, CSV_EXCEL_FR]) {
          const rows = readCsv(figureCsv(figure, locale, SITE, dialect, data), dialect);
          expect(rows.length, `${chart.id} ${locale}`).toBe(figure.table.rows.length + 1);
          expect(rows[0].slice(-3)).toEqual([CSV_SOURCE_COLUMN, CSV_DATE_COLUMN, CSV_CREDIT_COLUMN]);
          for (const row of rows.slice(1)) {
            expect(row.at(-2)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(row.at(-2)).toBe(figure.dataAsOf);
            expect(row.at(-1)).toContain(SITE);
            expect(row.at(-3)!.length, `${chart.id} row sources`).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it("write numbers as plain numbers: no percent sign, no grouping, the dialect's decimal mark", () => {
    const figure = buildFigure("trade-coverage", "fr", data);
    const table = downloadTable(figure, data);
    expect(table.columns[4]).toMatch(/\(%\)$/);
    for (const row of table.rows) for (const cell of row.cells) expect(typeof cell).toBe("number");
    const fr = readCsv(figureCsv(figure, "fr", SITE, CSV_EXCEL_FR, data), CSV_EXCEL_FR);
    const std = readCsv(figureCsv(figure, "fr", SITE, CSV_STANDARD, data), CSV_STANDARD);
    for (let r = 1; r < fr.length; r++) {
      for (let c = 0; c < 5; c++) {
        expect(std[r][c]).toMatch(/^-?\d+(\.\d+)?$/);
        expect(fr[r][c]).toBe(std[r][c].replace(".", ","));
      }
    }
    const coverage2010 = std.find((r) => r[0] === "2010")!;
    const trade2010 = data.tradeAnnual.find((r) => r.year === 2010)!;
    expect(Number(coverage2010[4])).toBeCloseTo((trade2010.exports_mad_bn / trade2010.imports_mad_bn) * 100, 1);
  });

  it("write dates as ISO 8601 at the precision the data states", () => {
    for (const locale of locales) {
      const table = downloadTable(buildFigure("roadmap-timeline", locale, data), data);
      for (const row of table.rows) expect(row.cells[0]).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    }
    const monthly = data.milestones.find((m) => m.date_precision === "month");
    if (monthly) expect(downloadTable(buildFigure("roadmap-timeline", "fr", data), data).rows.some((r) => r.cells[0] === monthly.date.slice(0, 7))).toBe(true);
  });

  it("list each row's own sources, not the chart's union", () => {
    const table = downloadTable(buildFigure("trade-coverage", "fr", data), data);
    for (const row of table.rows) {
      const year = row.cells[0];
      expect(row.sourceIds).toEqual([...new Set(data.tradeAnnual.find((t) => t.year === year)!.source_ids)]);
    }
    const all = new Set(data.tradeAnnual.flatMap((t) => t.source_ids));
    expect(table.rows.some((r) => r.sourceIds.length < all.size)).toBe(true);
    for (const chart of charts) {
      const figure = buildFigure(chart.id, "en", data);
      const chartSources = new Set(figure.sources.map((s) => s.source_id));
      for (const row of downloadTable(figure, data).rows) for (const id of row.sourceIds) expect(chartSources.has(id), `${chart.id} ${id}`).toBe(true);
    }
    const timeline = downloadTable(buildFigure("roadmap-timeline", "en", data), data);
    const sorted = [...data.milestones].sort((a, b) => a.date.localeCompare(b.date));
    expect(timeline.rows.map((r) => r.sourceIds)).toEqual(sorted.map((m) => m.source_ids));
  });

  it("JSON rows equal the CSV rows and carry per-row sources and the credit", () => {
    const figure = buildFigure("trade-coverage", "ar", data);
    const json = JSON.parse(figureJson(figure, "ar", SITE, data));
    const csv = readCsv(figureCsv(figure, "ar", SITE, CSV_STANDARD, data), CSV_STANDARD);
    expect(json.rows.length).toBe(csv.length - 1);
    json.rows.forEach((row: (string | number | null)[], r: number) => {
      expect(csv[r + 1].slice(0, row.length)).toEqual(row.map((v) => (v === null ? "" : String(v))));
      expect(csv[r + 1].at(-3)).toBe(json.row_source_ids[r].join("|"));
    });
    expect(json.credit).toContain(SITE);
  });
});

/** A copy of the data where every reader-facing text field starts with a formula trigger. */
function hostileData(): Datasets {
  const copy = structuredClone(data) as Record<string, Record<string, unknown>[]>;
  const textField = /^(name|title|place|capital|question|note)_(fr|ar|en)$|^publisher$|^title$/;
  let i = 0;
  for (const rows of Object.values(copy)) {
    for (const row of rows) {
      for (const [key, value] of Object.entries(row)) {
        if (textField.test(key) && typeof value === "string" && value !== "") {
          const trigger = FORMULA_TRIGGERS[i++ % FORMULA_TRIGGERS.length];
          row[key] = trigger === "=" ? `=HYPERLINK("http://evil.example","${value}")` : `${trigger}${value}`;
        }
      }
    }
  }
  return copy as unknown as Datasets;
}

describe("formula neutralisation in every chart download", () => {
  const hostile = hostileData();
  it.each(FORMULA_TRIGGERS.map((c) => [JSON.stringify(c), c]))("no live formula starting with %s in any chart CSV, any locale, any dialect", (_, trigger) => {
    let seen = 0;
    for (const chart of charts) {
      for (const locale of locales) {
        const figure = buildFigure(chart.id, locale, hostile);
        for (const dialect of [CSV_STANDARD, CSV_EXCEL_FR]) {
          for (const row of readCsv(figureCsv(figure, locale, SITE, dialect, hostile), dialect)) {
            for (const cell of row) {
              expect(isLiveFormula(cell, dialect), `${chart.id} ${locale} ${JSON.stringify(cell)}`).toBe(false);
              if (cell.startsWith(`'${trigger}`)) seen++;
            }
          }
        }
      }
    }
    // The hostile data reached the downloads: each trigger was seen and neutralised.
    expect(seen).toBeGreaterThan(0);
  });

  it("real headers that start with + are neutralised too", () => {
    const figure = buildFigure("exporter-base", "fr", data);
    const header = readCsv(figureCsv(figure, "fr", SITE, CSV_STANDARD, data), CSV_STANDARD)[0];
    for (const cell of header) expect(isLiveFormula(cell, CSV_STANDARD)).toBe(false);
  });
});
