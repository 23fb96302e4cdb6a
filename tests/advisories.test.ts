// The lockfile resolves no package version that a known advisory lists as vulnerable.
import { describe, expect, it } from "vitest";
import { findVulnerable, loadProject, packageName } from "../scripts/security/advisories";

describe("known security advisories", () => {
  const { lock, advisories } = loadProject();

  it("concern no version that package-lock.json installs", () => {
    const findings = findVulnerable(lock, advisories).map((f) => `${f.path}@${f.version} ${f.advisory.id}`);
    expect(findings).toEqual([]);
  });

  it("cover packages the project really installs", () => {
    const installed = new Set(Object.entries(lock.packages).map(([path, entry]) => packageName(path, entry)));
    for (const advisory of advisories) expect(installed, advisory.id).toContain(advisory.package);
  });

  it("would catch a vulnerable version, nested or at the top", () => {
    const vulnerable = {
      packages: {
        "": {},
        "node_modules/astro": { version: "7.2.7" },
        "node_modules/vitest/node_modules/vite": { version: "8.0.8" },
        "node_modules/@scope/esbuild": { version: "0.24.2", name: "esbuild" },
      },
    };
    const ids = findVulnerable(vulnerable, advisories).map((f) => `${f.version} ${f.advisory.id}`);
    expect(ids).toContain("7.2.7 GHSA-26w7-cxv4-gfx2");
    expect(ids).toContain("8.0.8 GHSA-fx2h-pf6j-xcff");
    expect(ids).toContain("0.24.2 GHSA-67mh-4wv8-2f99");
    expect(findVulnerable({ packages: { "node_modules/astro": { version: "7.2.8" } } }, advisories).map((f) => f.advisory.id)).not.toContain(
      "GHSA-26w7-cxv4-gfx2",
    );
  });
});
