// Publishing is atomic for real (issue 15, item 5): a build killed after any step of the swap
// leaves a complete dist/ (the last good site or the new one), and the next start restores or
// tidies whatever the crash left, so no staging folder or old site piles up.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publishSteps } from "../scripts/publish";

const child = join(process.cwd(), "tests/helpers/publish-child.ts");

function run(args: string[], crashAt?: string) {
  return spawnSync(process.execPath, ["--import", "tsx", child, ...args], {
    encoding: "utf8",
    env: { ...process.env, PUBLISH_CRASH_AT: crashAt ?? "" },
  });
}

/** A site of two files: a reader sees both or neither, never a half. */
function writeSite(dir: string, label: string) {
  mkdirSync(join(dir, "en"), { recursive: true });
  writeFileSync(join(dir, "index.html"), label);
  writeFileSync(join(dir, "en/index.html"), label);
}

/** "old" or "new" when dist/ holds one complete site; throws otherwise. */
function siteIn(dist: string): string {
  const a = readFileSync(join(dist, "index.html"), "utf8");
  const b = readFileSync(join(dist, "en/index.html"), "utf8");
  expect(a).toBe(b);
  return a;
}

const setups = {
  "dist/ is a plain folder (first publish)": (root: string) => writeSite(join(root, "dist"), "old"),
  "dist/ is already a published link": (root: string) => {
    writeSite(join(root, "stage-0"), "old");
    const first = run(["publish", join(root, "stage-0"), join(root, "dist"), join(root, ".build")]);
    expect(first.status, first.stderr).toBe(0);
    expect(lstatSync(join(root, "dist")).isSymbolicLink()).toBe(true);
  },
};

describe.each(Object.entries(setups))("%s", (name, setup) => {
  it("publishes the new site and leaves nothing behind", () => {
    const root = mkdtempSync(join(tmpdir(), "publish-"));
    try {
      setup(root);
      writeSite(join(root, ".build/dist-1"), "new");
      const result = run(["publish", join(root, ".build/dist-1"), join(root, "dist"), join(root, ".build")]);
      expect(result.status, result.stderr).toBe(0);
      expect(siteIn(join(root, "dist"))).toBe("new");
      expect(readdirSync(join(root, ".build")).filter((n) => !n.endsWith(".owner"))).toHaveLength(1);
      expect(readdirSync(root).sort()).toEqual([".build", "dist"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  // Over a link there is no folder to move aside, so that step never happens.
  for (const step of publishSteps.filter((s) => s !== "moved-aside" || name.includes("plain folder"))) {
    it(`a crash after "${step}" leaves the old or the new site, and the next start tidies up`, () => {
      const root = mkdtempSync(join(tmpdir(), "publish-"));
      try {
        setup(root);
        writeSite(join(root, ".build/dist-999999"), "new");
        const crashed = run(["publish", join(root, ".build/dist-999999"), join(root, "dist"), join(root, ".build")], step);
        expect(crashed.signal, crashed.stderr).toBe("SIGKILL");
        const dist = join(root, "dist");
        // The one moment dist/ may be absent: a real folder moved aside before the first link took its place.
        if (!existsSync(dist)) expect(step).toBe("moved-aside");
        else expect(["old", "new"]).toContain(siteIn(dist));

        const recovered = run(["recover", dist, join(root, ".build")]);
        expect(recovered.status, recovered.stderr).toBe(0);
        const shown = siteIn(dist);
        expect(["old", "new"]).toContain(shown);
        if (step === "staged" || step === "linked" || step === "moved-aside") expect(shown).toBe("old");
        else expect(shown).toBe("new");
        // Only the published site (and its owner note) stays; no staging folder, stray link or old site.
        const left = readdirSync(join(root, ".build")).filter((n) => !n.endsWith(".owner"));
        expect(left.length, left.join(", ")).toBeLessThanOrEqual(1);
        expect(readdirSync(root).sort()).toEqual([".build", "dist"]);

        // And the next publish works from there.
        writeSite(join(root, ".build/dist-2"), "newer");
        const again = run(["publish", join(root, ".build/dist-2"), dist, join(root, ".build")]);
        expect(again.status, again.stderr).toBe(0);
        expect(siteIn(dist)).toBe("newer");
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }, 30_000);
  }
});

it("a killed build's staging folder and the old previous-<pid> folder are removed at the next start", () => {
  const root = mkdtempSync(join(tmpdir(), "publish-"));
  try {
    writeSite(join(root, "dist"), "old");
    writeSite(join(root, ".build/dist-999998"), "half");
    writeSite(join(root, ".build/previous-999997"), "older");
    const recovered = run(["recover", join(root, "dist"), join(root, ".build")]);
    expect(recovered.status, recovered.stderr).toBe(0);
    expect(readdirSync(join(root, ".build"))).toEqual([]);
    expect(siteIn(join(root, "dist"))).toBe("old");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

it("a dist/ lost by the old two-rename swap is restored from .build/previous-<pid>", () => {
  const root = mkdtempSync(join(tmpdir(), "publish-"));
  try {
    writeSite(join(root, ".build/previous-999997"), "old");
    const recovered = run(["recover", join(root, "dist"), join(root, ".build")]);
    expect(recovered.status, recovered.stderr).toBe(0);
    expect(siteIn(join(root, "dist"))).toBe("old");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
