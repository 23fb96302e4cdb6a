import { describe, it, expect } from "vitest";
import { loadData, type Datasets, type Source } from "../../data";
import { collator } from "../../core/i18n";
import {
  SOURCES_PER_PAGE,
  sourcesPage,
  sourcesPageCount,
  sourcesPageNav,
  sourcesPageUrl,
  sourceHref,
  sourceEntry,
  sourceDate,
  roadmapProvenance,
} from "./sources";

const data = loadData();
const real = data.sources;

/** A sources list as large as the benchmark's: 200,000 rows made from the real ones. */
function huge(count: number): Source[] {
  return Array.from({ length: count }, (_, i) => ({ ...real[i % real.length], source_id: `${real[i % real.length].source_id}-${i}` }));
}

describe("sources listing: pages of bounded size", () => {
  it("keeps every real source on the first page while they fit, with no further page", () => {
    expect(real.length).toBeLessThanOrEqual(SOURCES_PER_PAGE);
    const page = sourcesPage(data, "fr", 1);
    expect(page.pageCount).toBe(1);
    expect(page.entries.map((e) => e.id).sort()).toEqual(real.map((s) => s.source_id).sort());
    expect(sourceHref(real, "fr", real[0].source_id)).toBe(`/sources/#source-${real[0].source_id}`);
  });

  it("splits 200,000 sources into pages of at most SOURCES_PER_PAGE, each source exactly once", () => {
    const big = { ...data, sources: huge(200_000) } as Datasets;
    const pages = sourcesPageCount(big.sources);
    expect(pages).toBe(Math.ceil(200_000 / SOURCES_PER_PAGE));
    const seen = new Set<string>();
    for (const n of [1, 2, Math.floor(pages / 2), pages]) {
      const page = sourcesPage(big, "en", n);
      expect(page.entries.length).toBeGreaterThan(0);
      expect(page.entries.length).toBeLessThanOrEqual(SOURCES_PER_PAGE);
      expect(page.to - page.from + 1).toBe(page.entries.length);
      for (const e of page.entries) {
        expect(seen.has(e.id)).toBe(false);
        seen.add(e.id);
      }
      expect(page.previous).toBe(n > 1 ? sourcesPageUrl("en", n - 1) : null);
      expect(page.next).toBe(n < pages ? sourcesPageUrl("en", n + 1) : null);
    }
    const last = sourcesPage(big, "en", pages);
    expect(last.to).toBe(200_000);
  });

  it("links each source to the page that lists it", () => {
    const big = { ...data, sources: huge(SOURCES_PER_PAGE * 5) } as Datasets;
    for (const n of [1, 3, sourcesPageCount(big.sources)]) {
      const page = sourcesPage(big, "ar", n);
      for (const e of [page.entries[0], page.entries[page.entries.length - 1]]) {
        const href = sourceHref(big.sources, "ar", e.id);
        expect(href).toBe(`${sourcesPageUrl("ar", n)}#source-${e.id}`);
      }
    }
    expect(sourcesPageUrl("ar", 2)).toBe("/ar/sources/2/");
    expect(sourcesPageUrl("ar", 1)).toBe("/ar/sources/");
  });

  it("gives every page a navigation of bounded size that reaches the first, last, neighbouring pages and every tenth", () => {
    for (const count of [2, 3, 7, 12, 400, 4000]) {
      const tenths = Array.from({ length: 9 }, (_, i) => Math.max(1, Math.round((count * (i + 1)) / 10)));
      for (const page of [1, 2, Math.ceil(count / 2), count - 1, count].filter((p) => p >= 1 && p <= count)) {
        const nav = sourcesPageNav(page, count);
        const numbers = nav.filter((n): n is number => n !== null);
        expect(numbers.length).toBeLessThanOrEqual(19);
        // In order, each page once, a gap only where pages are skipped and never two gaps in a row.
        numbers.forEach((n, i) => i > 0 && expect(n).toBeGreaterThan(numbers[i - 1]));
        nav.forEach((n, i) => {
          if (n === null) {
            expect(nav[i - 1]).not.toBeNull();
            expect((nav[i + 1] as number) - (nav[i - 1] as number)).toBeGreaterThan(1);
          } else if (i > 0 && nav[i - 1] !== null) expect(n).toBe((nav[i - 1] as number) + 1);
        });
        for (const must of [1, count, page, page - 1, page + 1, ...tenths]) if (must >= 1 && must <= count) expect(numbers).toContain(must);
      }
    }
    // Few pages: every page is listed, with no gap.
    expect(sourcesPageNav(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("does the listing's work once per data and locale, not once per page (sort and provenance are memoised)", () => {
    // Count operations, not time: every comparison of the sort reads two publishers, so reads of
    // `publisher` count the comparisons run while building every page (each entry shown reads one more).
    let reads = 0;
    const big = {
      ...data,
      sources: huge(20_000).map((row) => {
        const { publisher, ...rest } = row;
        return Object.defineProperty(rest, "publisher", {
          get: () => {
            reads++;
            return publisher;
          },
          enumerable: true,
        }) as Source;
      }),
    } as Datasets;
    const pages = sourcesPageCount(big.sources);
    for (let n = 1; n <= pages; n++) sourcesPage(big, "fr", n);
    for (let n = 1; n <= pages; n++) sourcesPage(big, "en", n);
    // One sort of n items per locale: about n·log2(n) comparisons, plus one read per entry shown
    // (a sort per page would be `pages` times that).
    const n = big.sources.length;
    expect(reads).toBeLessThan(2 * (2 * n * Math.log2(n) + n));
    expect(reads).toBeGreaterThan(2 * n);
    // One collator per locale, made once (src/core/i18n/format.ts).
    expect(collator("fr")).toBe(collator("fr"));
    expect(collator("ar")).not.toBe(collator("fr"));
  });
});

describe("sources listing: what each entry says", () => {
  const row = (over: Partial<Source>): Source => ({ ...real[0], ...over });

  it("shows a date at the precision the source gives, or the reason it is unknown", () => {
    expect(sourceDate(row({ published_on: "2025-06-04", date_unknown_reason: null }), "fr")).toBe("4 juin 2025");
    expect(sourceDate(row({ published_on: "2025-05", date_unknown_reason: null }), "en")).toBe("May 2025");
    expect(sourceDate(row({ published_on: null, date_unknown_reason: "not-shown" }), "en")).toBe("the page gives no date");
    expect(sourceDate(row({ published_on: null, date_unknown_reason: "not-recorded" }), "ar")).toBe("لم يُسجَّل التاريخ عند القراءة (يحتاج تحققا)");
  });

  it("names the kind in the reader's language and says when a page is a copy", () => {
    const copy = sourceEntry(row({ kind: "news-agency", copy_of: "Morocco World News", url_kind: "original-not-reachable" }), "fr");
    expect(copy.kind).toBe("Agence de presse");
    expect(copy.copyOf).toBe("copie d'un article de Morocco World News (original introuvable)");
    expect(sourceEntry(row({ copy_of: "Morocco World News", url_kind: "original-not-reachable" }), "ar").copyOf).toBe(
      "نسخة من مقال نشره Morocco World News (الأصل غير متاح)",
    );
    expect(sourceEntry(row({ copy_of: "", url_kind: "original" }), "en").copyOf).toBeNull();
  });

  it("shows the note in the reader's language, never the English note on French or Arabic pages", () => {
    const noted = row({ notes: "Preliminary figure.", notes_fr: "Chiffre provisoire.", notes_ar: "رقم مؤقت." });
    expect(sourceEntry(noted, "fr").notes).toBe("Chiffre provisoire.");
    expect(sourceEntry(noted, "ar").notes).toBe("رقم مؤقت.");
    expect(sourceEntry(noted, "en").notes).toBe("Preliminary figure.");
    for (const source of real) {
      if (!source.notes) continue;
      expect(sourceEntry(source, "fr").notes, source.source_id).toBe(source.notes_fr);
      expect(source.notes_fr, source.source_id).not.toBe("");
      expect(sourceEntry(source, "ar").notes, source.source_id).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("every real copy names its original publisher and says the original was not found, in every locale", () => {
    const copies = real.filter((s) => s.url_kind === "original-not-reachable");
    expect(copies.length).toBeGreaterThan(0);
    for (const s of copies) {
      expect(sourceEntry(s, "fr").copyOf).toBe(`copie d'un article de ${s.copy_of} (original introuvable)`);
      expect(sourceEntry(s, "en").copyOf).toContain("(original not found)");
    }
  });
});

describe("sources page: where the roadmap's figures come from", () => {
  it("counts the sources roadmap rows cite, by kind, and gives their first and last dates", () => {
    const cited = new Set(
      ["goals", "levers", "reforms", "measures", "offices", "milestones"].flatMap((t) =>
        (data[t as keyof Datasets] as { source_ids: string[] }[]).flatMap((r) => r.source_ids),
      ),
    );
    const rows = real.filter((s) => cited.has(s.source_id));
    const dated = rows
      .map((s) => s.published_on)
      .filter((d): d is string => d !== null)
      .sort();
    const p = roadmapProvenance(data, "en");
    expect(p.counts).toContain(`Sources on the roadmap: ${rows.length} `);
    expect(p.counts).toContain(`official sources: ${rows.filter((s) => s.kind === "official").length};`);
    expect(p.text).toMatch(/has not been published/);
    expect(dated.length).toBeGreaterThan(1);
    // The earliest roadmap source dates from the consultations or the launch; the text names it and the latest.
    const fmt = (iso: string) =>
      new Intl.DateTimeFormat(
        "en-GB",
        iso.length === 7
          ? { year: "numeric", month: "long", timeZone: "UTC" }
          : iso.length === 4
            ? { year: "numeric", timeZone: "UTC" }
            : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
      ).format(new Date(`${iso.length === 4 ? `${iso}-01` : iso}${iso.length === 7 ? "-01" : ""}T00:00:00Z`));
    expect(p.text).toContain(`between ${fmt(dated[0])} and ${fmt(dated[dated.length - 1])}`);
  });
});

describe("compact source lists", () => {
  it("say why a date is unknown in a few words", () => {
    const undated = { ...real[0], published_on: null, date_unknown_reason: "not-recorded" as const };
    expect(sourceEntry(undated, "fr").shortDate).toBe("date non relevée");
    expect(sourceEntry(undated, "en").shortDate).toBe("date not noted");
    expect(sourceEntry({ ...undated, published_on: "2025-06-04", date_unknown_reason: null }, "en").shortDate).toBe("4 June 2025");
  });
});
