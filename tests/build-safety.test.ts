// Atomic publishing, the fast half: a broken data file stops `npm run build` before anything is
// built, with the message a non-developer needs, and the last good site stays byte for byte.
// (tests/e2e/republish.test.ts does the full builds: reproducibility and the spreadsheet copy.)
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("npm run build with a broken data file", () => {
  it("stops with the problem in French and English and leaves the last good site unchanged", () => {
    const temp = mkdtempSync(join(tmpdir(), "build-safety-"));
    const out = `.build/build-safety-${process.pid}`;
    try {
      const broken = join(temp, "data");
      cpSync(join(process.cwd(), "data"), broken, { recursive: true });
      const trade = join(broken, "trade_annual.csv");
      writeFileSync(trade, readFileSync(trade, "utf8").replace(/^2024,[\d.]+,/m, "2024,1 455,"));
      mkdirSync(join(process.cwd(), out, "en"), { recursive: true });
      writeFileSync(join(process.cwd(), out, "en/index.html"), "last good site");
      const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
        encoding: "utf8",
        env: { ...process.env, OUT_DIR: out, DATA_DIR: broken },
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/data\/trade_annual.csv, line \d+, column exports_mad_bn: "1 455" has a thousands separator/);
      expect(result.stderr).toMatch(/data\/trade_annual.csv, ligne \d+, colonne exports_mad_bn: "1 455" contient un séparateur de milliers/);
      expect(result.stderr).toContain(`The last good site in ${out}/ is unchanged.`);
      expect(readFileSync(join(process.cwd(), out, "en/index.html"), "utf8")).toBe("last good site");
      expect(existsSync(join(process.cwd(), ".build", `dist-${result.pid}`))).toBe(false);
    } finally {
      rmSync(temp, { recursive: true, force: true });
      rmSync(join(process.cwd(), out), { recursive: true, force: true });
    }
  }, 60_000);
});
