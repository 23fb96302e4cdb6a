// The folders are the architecture: every import runs down the layers and no two folders import
// each other in a circle. The checker is tested on made-up graphs first, so a pass means something.
import { describe, expect, it } from "vitest";
import { folderOf, layerViolations, readImports, type ImportEdge } from "../scripts/tools/import-graph";

const edge = (from: string, to: string): ImportEdge => ({ from, to, specifier: to });

describe("the layer checker", () => {
  it("names subfolders of core, charts and views as folders of their own", () => {
    expect(folderOf("src/charts/kit/ssr.ts")).toBe("src/charts/kit");
    expect(folderOf("src/charts/jobs-goal.ts")).toBe("src/charts");
    expect(folderOf("src/views/pages/home.ts")).toBe("src/views/pages");
    expect(folderOf("src/data/load.ts")).toBe("src/data");
    expect(folderOf("scripts/tools/import-graph.ts")).toBe("scripts");
  });

  it("refuses an import from a higher layer", () => {
    const found = layerViolations([edge("src/data/load.ts", "src/data/columns"), edge("src/data/diff.ts", "src/views/pages/changelog")]);
    expect(found).toHaveLength(1);
    expect(found[0].kind).toBe("upward");
    expect(found[0].message).toContain("src/data/diff.ts");
  });

  it("refuses the data reading the copy or the copy reading the data, and scripts reading tests", () => {
    expect(layerViolations([edge("src/data/changelog.ts", "src/core/i18n/format")]).map((v) => v.kind)).toEqual(["sideways"]);
    expect(layerViolations([edge("src/core/i18n/format.ts", "src/data/schema")]).map((v) => v.kind)).toEqual(["sideways"]);
    expect(layerViolations([edge("src/client/map-regions.ts", "src/views/pages/region")]).map((v) => v.kind)).toEqual(["sideways"]);
    expect(layerViolations([edge("scripts/shots.ts", "tests/e2e/server")]).map((v) => v.kind)).toEqual(["upward"]);
  });

  it("refuses a circle between two folders of one layer", () => {
    const found = layerViolations([edge("src/charts/geo/draw.ts", "src/charts/kit/plotStyle"), edge("src/charts/kit/ssr.ts", "src/charts/geo/svg")]);
    expect(found.map((v) => v.kind)).toEqual(["cycle"]);
    expect(found[0].message).toContain("src/charts/geo");
    expect(found[0].message).toContain("src/charts/kit");
  });

  it("accepts imports inside a folder and down the layers", () => {
    expect(
      layerViolations([
        edge("src/charts/jobs-goal.ts", "src/charts/kit/plotStyle"),
        edge("src/charts/kit/plotStyle.ts", "src/core/theme/tokens"),
        edge("src/pages/index.astro", "src/views/pages/home"),
        edge("src/pages/index.astro", "src/components/Byline.astro"),
        edge("src/views/pages/home.ts", "src/views/export/embed"),
      ]),
    ).toEqual([]);
  });
});

describe("the project's imports", () => {
  const edges = readImports(process.cwd());

  it("are read from .ts and .astro files alike", () => {
    expect(edges.some((e) => e.from.endsWith(".astro"))).toBe(true);
    expect(edges.some((e) => e.from.startsWith("src/charts/"))).toBe(true);
  });

  it("run down the layers, with no circle between folders", () => {
    expect(layerViolations(edges).map((v) => v.message)).toEqual([]);
  });
});
