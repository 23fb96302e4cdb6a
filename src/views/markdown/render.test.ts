import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render";

const isChart = (id: string) => id === "known-chart";
const render = (md: string) => renderMarkdown(md, { file: "test.md", isChart });

describe("renderMarkdown", () => {
  it("splits prose and chart slots in order", () => {
    const { segments } = render(`## One\n\nText.\n\n::chart{id="known-chart"}\n\n## Two\n\nMore.\n`);
    expect(segments.map((s) => s.kind)).toEqual(["html", "chart", "html"]);
    expect(segments[1]).toEqual({ kind: "chart", id: "known-chart" });
    expect(segments[0].kind === "html" && segments[0].html).toContain("Text.");
  });

  it("fails on an unknown chart id or an unknown block directive", () => {
    expect(() => render(`::chart{id="nope"}`)).toThrow(/unknown chart id "nope"/);
    expect(() => render(`::video{id="x"}`)).toThrow(/unknown directive "video"/);
    expect(() => render(`:::note\ntext\n:::`)).toThrow(/unknown directive "note"/);
  });

  it("shows raw HTML as text instead of injecting it, and drops dangerous links", () => {
    const html = render(`Hello <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))`)
      .segments.map((s) => (s.kind === "html" ? s.html : ""))
      .join("");
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain("&#x3C;script>");
  });

  it("keeps text that only looks like a directive", () => {
    const html = render(`Ratio 2025:12 and note:here`).segments[0];
    expect(html.kind === "html" && html.html).toContain("2025:12 and note:here");
  });

  it("gives every heading a unique id and a link to itself, including Arabic headings", () => {
    const { segments, headings } = render(`## Même titre\n\n## Même titre\n\n## ما نعرفه\n`);
    expect(headings.map((h) => h.id)).toEqual(["même-titre", "même-titre-1", "ما-نعرفه"]);
    const html = segments[0].kind === "html" ? segments[0].html : "";
    expect(html).toContain(`<h2 id="même-titre"><a href="#même-titre" class="heading-anchor">Même titre</a></h2>`);
  });
});
