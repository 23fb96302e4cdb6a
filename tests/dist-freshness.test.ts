import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { whyRebuild } from "../scripts/tools/dist-freshness";

describe("browser tests rebuild a stale dist/", () => {
  it("asks for a build when dist/ is missing, older than an input, and not when it is newer", () => {
    const root = mkdtempSync(join(tmpdir(), "fresh-"));
    mkdirSync(join(root, "data"));
    mkdirSync(join(root, "dist"));
    writeFileSync(join(root, "data", "goals.csv"), "x\n");
    expect(whyRebuild(root, join(root, "dist"))).toMatch(/no index.html/);
    writeFileSync(join(root, "dist", "index.html"), "<p>");
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(root, "data", "goals.csv"), past, past);
    expect(whyRebuild(root, join(root, "dist"))).toBeNull();
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, "data", "goals.csv"), later, later);
    expect(whyRebuild(root, join(root, "dist"))).toContain(join("data", "goals.csv"));
  });
});
