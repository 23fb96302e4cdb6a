// The preview report (issue 15, item 8) lists what a data edit changes between two built sites:
// pages with their changed sentences side by side, charts, downloads and embeds; nothing else.
import { describe, it, expect } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { changedSentences, compareSites, pageSentences } from "../scripts/preview/compare";

function site(root: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
const page = (...sentences: string[]) =>
  `<!doctype html><html><body><header><p>Menu</p></header><main>${sentences.map((s) => `<p>${s}</p>`).join("")}</main></body></html>`;

describe("compareSites", () => {
  it("lists exactly the pages, charts, downloads and embeds that differ, with the changed sentences", () => {
    const root = mkdtempSync(join(tmpdir(), "preview-"));
    try {
      const common = {
        "index.html": page("Accueil.", "Les exportations atteignent 455,0 Mds MAD."),
        "lancement/index.html": page("Lancé à Casablanca."),
        "charts/trade-coverage/trade-coverage.fr.csv": "annee,exportations\n2024,455.0\n",
        "charts/trade-coverage/trade-coverage.fr.svg": "<svg>455</svg>",
        "charts/jobs-goal/jobs-goal.fr.csv": "x\n1\n",
        "embed/trade-coverage/index.html": page("455"),
        "embed/jobs-goal/index.html": page("76 000"),
      };
      site(join(root, "a"), common);
      site(join(root, "b"), {
        ...common,
        "index.html": page("Accueil.", "Les exportations atteignent 470,2 Mds MAD."),
        "charts/trade-coverage/trade-coverage.fr.csv": "annee,exportations\n2024,470.2\n",
        "charts/trade-coverage/trade-coverage.fr.svg": "<svg>470</svg>",
        "en/embed/trade-coverage/index.html": page("470"),
      });
      const changes = compareSites(join(root, "a"), join(root, "b"));
      expect(changes.pages).toEqual([
        {
          path: "/",
          file: "index.html",
          kind: "changed",
          sentences: [{ before: "Les exportations atteignent 455,0 Mds MAD.", after: "Les exportations atteignent 470,2 Mds MAD." }],
        },
      ]);
      expect(changes.charts).toEqual([{ id: "trade-coverage", image: "charts/trade-coverage/trade-coverage.fr.svg" }]);
      expect(changes.downloads).toEqual(["charts/trade-coverage/trade-coverage.fr.csv", "charts/trade-coverage/trade-coverage.fr.svg"]);
      expect(changes.embeds).toEqual(["/en/embed/trade-coverage/"]);
      expect(changes.other).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it("sees nothing between identical sites", () => {
    const root = mkdtempSync(join(tmpdir(), "preview-"));
    try {
      site(join(root, "a"), { "index.html": page("x") });
      site(join(root, "b"), { "index.html": page("x") });
      expect(compareSites(join(root, "a"), join(root, "b"))).toEqual({ pages: [], charts: [], downloads: [], embeds: [], other: [] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("sentences", () => {
  it("reads the text of a page's blocks, not its chrome", () => {
    expect(pageSentences(page("Un.", "Deux <b>gras</b>."))).toEqual(["Un.", "Deux gras."]);
  });
  it("pairs removed and added sentences and ignores the ones that only moved or repeat", () => {
    expect(changedSentences(["a", "b", "c", "c"], ["a", "c", "B", "c"])).toEqual([{ before: "b", after: "B" }]);
    expect(changedSentences(["a"], ["a", "n"])).toEqual([{ before: "", after: "n" }]);
  });
});
