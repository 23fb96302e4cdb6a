import { describe, expect, it } from "vitest";
import { servedSnippet } from "./served-snippet";

const iframe = (origin: string, base: string) =>
  `<iframe src="${origin}${base}embed/jobs-goal/" title="x"></iframe><script src="${origin}${base}embed.js" async></script>`;

describe("servedSnippet", () => {
  it("completes site-relative code (no SITE_URL) with the serving origin, under a sub-path too", () => {
    expect(servedSnippet(iframe("", "/"), "", "/", "http://127.0.0.1:5000")).toBe(iframe("http://127.0.0.1:5000", "/"));
    expect(servedSnippet(iframe("", "/sub/"), "", "/sub/", "https://news.example")).toBe(iframe("https://news.example", "/sub/"));
    expect(servedSnippet("/graphiques/jobs-goal/", "", "/", "https://a.example")).toBe("https://a.example/graphiques/jobs-goal/");
  });

  it("moves code built for SITE_URL to the origin the copy is actually served from", () => {
    expect(servedSnippet(iframe("https://site.example", "/"), "https://site.example", "/", "http://127.0.0.1:5000")).toBe(iframe("http://127.0.0.1:5000", "/"));
  });

  it("leaves other sites' addresses alone", () => {
    const other = `<a href="https://www.openstreetmap.org/copyright">OSM</a>`;
    expect(servedSnippet(other, "", "/", "https://a.example")).toBe(other);
    expect(servedSnippet(other, "https://site.example", "/", "https://a.example")).toBe(other);
  });
});
