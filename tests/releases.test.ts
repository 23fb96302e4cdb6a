// Data releases: every release has an intact snapshot with checksums, the changelog says in words
// what changed, and `npm run data:release` records a release (or refuses one on bad data).
import { describe, it, expect } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { loadData, latestRelease } from "../src/data/index";
import { releaseDir, verifyRelease, readManifest, releasesInOrder, checksums } from "../src/data/releases";
import { formatNumber } from "../src/core/i18n/format";
import { releaseViews } from "../src/views/pages/updates";
import { atomFeed } from "../src/views/pages/feed";
import { archivedFigure } from "../src/views/pages/archive";
import { diffTables, readRawTables, type RawTables } from "../src/data/diff";
import { describeChanges } from "../src/views/pages/changelog";

const realData = join(process.cwd(), "data");

describe("the releases recorded in data/", () => {
  const releases = releasesInOrder(loadData(realData).releases);
  it("has at least one release", () => expect(releases.length).toBeGreaterThan(0));
  for (const release of releases) {
    it(`${release.release_id}: snapshot intact, valid, and dated by its own row`, () => {
      expect(verifyRelease(realData, release.release_id)).toEqual([]);
      const manifest = readManifest(realData, release.release_id)!;
      expect(manifest).toMatchObject({
        release_id: release.release_id,
        published_on: release.published_on,
        title: { fr: release.title_fr, ar: release.title_ar, en: release.title_en },
      });
      const index = releases.indexOf(release);
      expect(manifest.previous).toBe(index > 0 ? releases[index - 1].release_id : null);
      const snapshot = loadData(releaseDir(realData, release.release_id));
      expect(latestRelease(snapshot.releases)?.release_id).toBe(release.release_id);
    });
  }
  it("detects a snapshot file changed after its release", () => {
    const dir = mkdtempSync(join(tmpdir(), "releases-tamper-"));
    try {
      const id = releases[0].release_id;
      cpSync(releaseDir(realData, id), releaseDir(dir, id), { recursive: true });
      const file = join(releaseDir(dir, id), "trade_annual.csv");
      writeFileSync(file, readFileSync(file, "utf8").replace(/^2024,[\d.]+,/m, "2024,1,"));
      expect(verifyRelease(dir, id)).toEqual([`release ${id}: trade_annual.csv was changed after the release (checksum differs)`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The real data as raw tables, with one edit applied to a copy. */
function edited(edit: (t: RawTables) => void): { before: RawTables; after: RawTables } {
  const before = readRawTables(realData);
  const after = structuredClone(before);
  edit(after);
  return { before, after };
}

describe("the changelog", () => {
  it("says a revised figure in words, in three languages", () => {
    const { before, after } = edited((t) => {
      t.tradeAnnual!.find((r) => r.year === "2025")!.exports_mad_bn = "470.2";
    });
    const old = before.tradeAnnual!.find((r) => r.year === "2025")!.exports_mad_bn;
    const oldEn = Number(old).toLocaleString("en-GB", { maximumFractionDigits: 2 });
    expect(describeChanges(before, after, "en")).toEqual([
      { table: "tradeAnnual", label: "Annual trade", items: [`Exports 2025 revised from ${oldEn} to 470.2 bn MAD`] },
    ]);
    expect(describeChanges(before, after, "fr")[0].items[0]).toBe(`Exportations 2025 révisées de ${oldEn.replace(".", ",")} à 470,2 milliards de MAD`);
    const ar = (n: number) => formatNumber(n, "ar", { maximumFractionDigits: 2 });
    expect(describeChanges(before, after, "ar")[0].items[0]).toBe(`مراجعة صادرات 2025 من ${ar(Number(old))} إلى ${ar(470.2)} مليار درهم`);
  });
  it("says an office opened", () => {
    const office = (tables: RawTables) => tables.offices!.find((r) => r.region_code === "MA-12")!;
    const { before, after } = edited((t) => {
      office(t).place = "Dakhla";
      office(t).status = "opened";
    });
    office(before).place = "Dakhla";
    office(before).status = "announced";
    expect(describeChanges(before, after, "en")[0]).toEqual({ table: "offices", label: "Regional offices", items: ["Office of Dakhla: opened"] });
    expect(describeChanges(before, after, "fr")[0].items).toEqual(["Bureau de Dakhla : ouvert"]);
    expect(describeChanges(before, after, "ar")[0].items).toEqual(["مكتب الداخلة: افتُتح"]);
  });
  it("names added and removed rows", () => {
    const { before, after } = edited((t) => {
      t.tradeAnnual = t.tradeAnnual!.filter((r) => r.year !== "2010");
      t.sectors!.push({ ...t.sectors![0], sector_id: "textile", name_en: "Textile", name_fr: "Textile", name_ar: "النسيج" });
    });
    const items = describeChanges(before, after, "en").flatMap((g) => g.items);
    expect(items).toEqual(["2010: removed", "Textile: added"]);
  });
  it("sees no change when a spreadsheet rewrote the same numbers (455,0 for 455)", () => {
    const dir = mkdtempSync(join(tmpdir(), "releases-same-"));
    try {
      const text = readFileSync(join(realData, "trade_annual.csv"), "utf8");
      const semicolons = text
        .split("\n")
        .map((line, i) =>
          i === 0
            ? line.replaceAll(",", ";")
            : line.replace(/^(\d{4}),([\d.]+),([\d.]+),/, (_, y, e, m) => `${y};${e.replace(".", ",")},0;${m.replace(".", ",")};`),
        );
      // Only the leading cells were rewritten; the rest keep commas, so compare those three columns.
      writeFileSync(
        join(dir, "trade_annual.csv"),
        semicolons
          .map((l) => l.split(";").slice(0, 3).join(";"))
          .join("\n")
          .replace(/,0(?=;|$)/gm, "") + "\n",
      );
      const before = readRawTables(realData).tradeAnnual!.map((r) => [r.year, r.exports_mad_bn, r.imports_mad_bn]);
      const after = readRawTables(dir).tradeAnnual!.map((r) => [r.year, r.exports_mad_bn, r.imports_mad_bn]);
      expect(after).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("reports nothing between identical snapshots", () => {
    const raw = readRawTables(realData);
    expect(diffTables(raw, structuredClone(raw))).toEqual([]);
  });
  it("sums up a first release per dataset", () => {
    const groups = describeChanges(null, readRawTables(realData), "en");
    expect(groups).toHaveLength(1);
    expect(groups[0].label).toBe("First release of the data");
    expect(groups[0].items).toContain("Regions: 12 rows");
  });
});

describe("npm run data:release", () => {
  const run = (dir: string, args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/release-data.ts", ...args], { encoding: "utf8", env: { ...process.env, DATA_DIR: dir } });

  it("records a dated, named release with checksums and prints what changed", () => {
    const dir = mkdtempSync(join(tmpdir(), "releases-run-"));
    try {
      cpSync(realData, dir, { recursive: true });
      const trade = join(dir, "trade_annual.csv");
      writeFileSync(trade, readFileSync(trade, "utf8").replace(/^2025,[\d.]+,/m, "2025,470.2,"));
      const latest = releasesInOrder(loadData(realData).releases).at(-1)!;
      const date = latest.published_on > "2026-12-01" ? latest.published_on : "2026-12-01";
      const result = run(dir, ["Exports 2025 revised", "--fr", "Exportations 2025 révisées", "--ar", "مراجعة صادرات 2025", "--date", date]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const id = `${date}-exports-2025-revised`;
      expect(readFileSync(join(dir, "releases.csv"), "utf8").trimEnd().split("\n").at(-1)).toBe(
        `${id},${date},Exportations 2025 révisées,مراجعة صادرات 2025,Exports 2025 revised`,
      );
      expect(verifyRelease(dir, id)).toEqual([]);
      expect(readManifest(dir, id)).toMatchObject({ previous: latest.release_id, published_on: date });
      expect(checksums(releaseDir(dir, id))["trade_annual.csv"]).toEqual(checksums(dir)["trade_annual.csv"]);
      expect(result.stdout).toMatch(/Exports 2025 revised from [\d.,]+ to 470.2 bn MAD/);
      expect(result.stdout).toMatch(/Exportations 2025 révisées de [\d,]+ à 470,2 milliards de MAD/);
      // The Updates page and the feed list the new release first, with what changed.
      const [newest, previous] = releaseViews("en", dir);
      expect(newest).toMatchObject({ id, date, title: "Exports 2025 revised", hasSnapshot: true });
      // The release lists the revision, plus exactly what data/ already held beyond its latest release (unreleased edits).
      const unreleased = describeChanges(readRawTables(releaseDir(realData, latest.release_id)), readRawTables(realData), "en");
      const tradeGroup = newest.changes.find((g) => g.table === "tradeAnnual")!;
      expect(tradeGroup.label).toBe("Annual trade");
      expect(tradeGroup.items).toContainEqual(expect.stringMatching(/^Exports 2025 revised from [\d.]+ to 470.2 bn MAD$/));
      expect(tradeGroup.items.filter((i) => !/^Exports 2025 revised/.test(i))).toEqual(unreleased.find((g) => g.table === "tradeAnnual")?.items ?? []);
      expect(newest.changes.filter((g) => g.table !== "tradeAnnual")).toEqual(unreleased.filter((g) => g.table !== "tradeAnnual"));
      expect(previous.id).toBe(latest.release_id);
      expect(releaseViews("fr", dir)[0].title).toBe("Exportations 2025 révisées");
      const feed = atomFeed("en", new URL("https://example.org/"), dir);
      expect(feed).toContain(`<id>https://example.org/en/mises-a-jour/#release-${id}</id>`);
      expect(feed).toContain(`<updated>${date}T00:00:00Z</updated>`);
      expect(feed).toMatch(/&lt;li&gt;Exports 2025 revised from [\d.]+ to 470.2 bn MAD&lt;\/li&gt;/);
      // Archived embeds draw each release from its own snapshot, dated by that release.
      // The table cell keeps the source's "about" where the snapshot says so; the number is what matters here.
      const numeric = (cell: string | number | null) => (typeof cell === "number" ? cell : Number(String(cell).replace(/^[^\d-]+/, "")));
      const exports2025 = (release: string) => numeric(archivedFigure("trade-coverage", "en", release, dir)!.table.rows.find((r) => r[0] === "2025")![1]);
      expect(exports2025(id)).toBe(470.2);
      expect(exports2025(latest.release_id)).toBe(
        Number(readRawTables(releaseDir(realData, latest.release_id)).tradeAnnual!.find((r) => r.year === "2025")!.exports_mad_bn),
      );
      expect(archivedFigure("trade-coverage", "en", id, dir)!.dataAsOf).toBe(date);
      expect(archivedFigure("trade-coverage", "en", latest.release_id, dir)!.dataAsOf).toBe(latest.published_on);
      // The same name again is refused rather than overwriting an existing release.
      const again = run(dir, ["Exports 2025 revised", "--date", date]);
      expect(again.status).toBe(1);
      expect(again.stderr).toMatch(/already exists/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("refuses to release data with a problem, leaving releases.csv unchanged", () => {
    const dir = mkdtempSync(join(tmpdir(), "releases-bad-"));
    try {
      cpSync(realData, dir, { recursive: true });
      const trade = join(dir, "trade_annual.csv");
      writeFileSync(trade, readFileSync(trade, "utf8").replace(/^2025,[\d.]+,/m, "2025,470 MMDH,"));
      const before = readFileSync(join(dir, "releases.csv"), "utf8");
      const result = run(dir, ["Exports 2025 revised", "--date", "2030-01-01"]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/trade_annual.csv, line \d+, column exports_mad_bn: "470 MMDH" contains a unit/);
      expect(readFileSync(join(dir, "releases.csv"), "utf8")).toBe(before);
      expect(existsSync(releaseDir(dir, "2030-01-01-exports-2025-revised"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("releases cannot be rewritten", () => {
  const release = (dir: string, args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/release-data.ts", ...args], {
      encoding: "utf8",
      env: { ...process.env, DATA_DIR: dir },
      input: "",
    });
  const check = (dir: string) => spawnSync(process.execPath, ["--import", "tsx", "scripts/validate-data.ts", dir], { encoding: "utf8" });
  const latest = () => releasesInOrder(loadData(realData).releases).at(-1)!;
  const nextDate = () => (latest().published_on > "2026-12-01" ? latest().published_on : "2026-12-01");
  /** A copy of data/ with 2025 exports edited, so there is something to release. */
  function editedCopy(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    cpSync(realData, dir, { recursive: true });
    const trade = join(dir, "trade_annual.csv");
    writeFileSync(trade, readFileSync(trade, "utf8").replace(/^2025,[\d.]+,/m, "2025,470.2,"));
    return dir;
  }

  it("npm run data:check refuses a release folder changed after the fact, naming the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "releases-edited-"));
    try {
      cpSync(realData, dir, { recursive: true });
      const id = latest().release_id;
      const file = join(releaseDir(dir, id), "trade_annual.csv");
      writeFileSync(file, readFileSync(file, "utf8").replace(/^2024,[\d.]+,/m, "2024,1,"));
      writeFileSync(join(releaseDir(dir, id), "extra.csv"), "a,b\n1,2\n");
      const result = check(dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`data/releases/${id}/trade_annual.csv: was changed after release ${id} was published`);
      expect(result.stderr).toContain(`data/releases/${id}/trade_annual.csv: a été modifié après la publication ${id}`);
      expect(result.stderr).toContain(`data/releases/${id}/extra.csv: is in release ${id} but not in its manifest`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("refuses a release with no change", () => {
    const dir = mkdtempSync(join(tmpdir(), "releases-empty-"));
    try {
      cpSync(realData, dir, { recursive: true });
      // data/ may hold edits not yet released: release them first, so the next release has nothing new.
      const first = release(dir, ["Base", "--fr", "Base", "--ar", "أساس", "--date", nextDate()]);
      expect([0, 1]).toContain(first.status);
      const before = readFileSync(join(dir, "releases.csv"), "utf8");
      const result = release(dir, ["Nothing", "--fr", "Rien", "--ar", "لا شيء", "--date", nextDate()]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/Nothing changed since release/);
      expect(result.stderr).toMatch(/Rien n'a changé depuis la publication/);
      expect(readFileSync(join(dir, "releases.csv"), "utf8")).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("requires titles in French and Arabic; English is optional", () => {
    const dir = editedCopy("releases-titles-");
    try {
      const noArabic = release(dir, ["Exports revised", "--fr", "Exportations révisées", "--date", nextDate()]);
      expect(noArabic.status).toBe(1);
      expect(noArabic.stderr).toMatch(/Give the Arabic title with --ar/);
      const noFrench = release(dir, ["Exports revised", "--ar", "مراجعة", "--date", nextDate()]);
      expect(noFrench.status).toBe(1);
      expect(noFrench.stderr).toMatch(/Donnez le titre en français avec --fr/);
      const ok = release(dir, ["--fr", "Exportations révisées", "--ar", "مراجعة الصادرات", "--date", nextDate()]);
      expect(ok.status, ok.stderr).toBe(0);
      expect(readFileSync(join(dir, "releases.csv"), "utf8").trimEnd().split("\n").at(-1)).toBe(
        `${nextDate()}-exportations-revisees,${nextDate()},Exportations révisées,مراجعة الصادرات,Exportations révisées`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("--refresh works only on the latest release, says so, and never keeps a stray file", () => {
    const dir = editedCopy("releases-refresh-");
    try {
      const first = latest().release_id;
      const made = release(dir, ["Exports revised", "--fr", "Exportations révisées", "--ar", "مراجعة الصادرات", "--date", nextDate()]);
      expect(made.status, made.stderr).toBe(0);
      const id = `${nextDate()}-exports-revised`;
      const older = release(dir, ["--refresh", "--id", first]);
      expect(older.status).toBe(1);
      expect(older.stderr).toContain(`--refresh only works on the latest release (${id}), not ${first}`);
      expect(verifyRelease(dir, first)).toEqual([]);
      writeFileSync(join(releaseDir(dir, id), "stray.csv"), "x\n1\n");
      const refreshed = release(dir, ["--refresh"]);
      expect(refreshed.status, refreshed.stderr).toBe(0);
      expect(refreshed.stdout).toMatch(new RegExp(`refreshing the latest release ${id} \\(only the latest can be\\)`));
      expect(Object.keys(readManifest(dir, id)!.files)).not.toContain("stray.csv");
      expect(existsSync(join(releaseDir(dir, id), "stray.csv"))).toBe(false);
      expect(verifyRelease(dir, id)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe("the changelog at scale", () => {
  it("describes 60,000 changed sources in linear time (sets, not Array.includes)", () => {
    const before = readRawTables(realData);
    const model = before.sources![0];
    const many = (note: string) =>
      Array.from({ length: 60_000 }, (_, i) => ({ ...model, source_id: `${model.source_id}-s${i}`, title: `${model.title} ${i}`, notes: `${note} ${i}` }));
    const [a, b] = [
      { ...before, sources: many("a") },
      { ...before, sources: many("b") },
    ];
    // Count operations, not time: every element an array search (includes, indexOf, find, some…)
    // looks at. Merging sentences by searching the list so far looks at n²/2 = 1.8 billion.
    const searches = ["includes", "indexOf", "lastIndexOf", "find", "findIndex", "some"] as const;
    const originals = searches.map((name) => Array.prototype[name]);
    let scanned = 0;
    searches.forEach((name, i) => {
      const original = originals[i] as (...args: unknown[]) => unknown;
      (Array.prototype as unknown as Record<string, unknown>)[name] = function (this: unknown[], ...args: unknown[]) {
        scanned += this.length;
        return original.apply(this, args);
      };
    });
    let groups: ReturnType<typeof describeChanges>;
    try {
      groups = describeChanges(a, b, "en");
    } finally {
      searches.forEach((name, i) => ((Array.prototype as unknown as Record<string, unknown>)[name] = originals[i]));
    }
    expect(groups.find((g) => g.table === "sources")!.items).toHaveLength(60_000);
    // Linear: a bounded number of looks per changed row (small lookups in fixed tables are fine).
    expect(scanned).toBeLessThan(60_000 * 100);
  }, 120_000);
});
