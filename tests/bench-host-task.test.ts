// The speed bench tells Lighthouse's own work in a trace from the page's (scripts/bench/page-weight.ts).
import { describe, expect, it } from "vitest";
import { hostTaskBeforeParse, isLongUnderThrottling, medianByPage, type LighthouseFigures, type TraceEvent } from "../scripts/bench/page-weight";

const PAGE = "http://127.0.0.1:4000/ar/lancement/";
const main = { pid: 7, tid: 7 };
const task = (ts: number, ms: number, thread = main): TraceEvent => ({ name: "RunTask", ph: "X", ts, dur: ms * 1000, ...thread });
const child = (name: string, ts: number, url?: string): TraceEvent => ({
  name,
  ph: "X",
  ts,
  dur: 100,
  ...main,
  ...(url === undefined ? {} : { args: { beginData: { url } } }),
});
const navigation: TraceEvent[] = [
  { name: "navigationStart", ph: "R", ts: 1_000, ...main, args: { data: { isLoadingMainFrame: true, documentLoaderURL: PAGE } } },
  // Chrome then starts the frame's empty initial document, on the same thread.
  { name: "navigationStart", ph: "R", ts: 1_100, ...main, args: { data: { isLoadingMainFrame: true, documentLoaderURL: "" } } },
];
// The order of a traced run: the empty document's commit, the benchmark's garbage, the page's commit, its parse.
const run: TraceEvent[] = [
  ...navigation,
  task(500, 80), // before the navigation: not counted
  task(1_200, 8),
  child("DocumentLoader::CommitNavigation", 1_300),
  child("ParseHTML", 1_400, ""),
  task(10_000, 11),
  child("V8.GC_TIME_TO_SAFEPOINT", 10_100),
  task(21_000, 30),
  child("V8.DeoptimizeCode", 21_100),
  task(52_000, 24),
  child("DocumentLoader::CommitNavigation", 52_100),
  child("LocalWindowProxy::Initialize", 52_200),
  task(20_000, 90, { pid: 7, tid: 9 }), // another thread
  task(130_000, 12),
  child("ParseHTML", 130_100, PAGE),
  task(145_000, 40), // the page's own layout, after its parse began
  child("Layout", 145_100),
];

describe("hostTaskBeforeParse", () => {
  it("gives the longest task before the page's parse that is neither a commit nor a parse", () => {
    expect(hostTaskBeforeParse(run)).toBe(30);
  });

  it("counts nothing of the page's own work", () => {
    const withoutHost = run.filter((e) => !(e.ts >= 10_000 && e.ts < 52_000 && e.tid === 7));
    expect(hostTaskBeforeParse(withoutHost)).toBe(0);
  });

  it("stops at the page's first parse, not the empty document's", () => {
    const late = [...run, task(77_000, 45), child("V8.DeoptimizeCode", 77_100)];
    expect(hostTaskBeforeParse(late)).toBe(45);
    const afterParse = [...run, task(190_000, 45), child("V8.DeoptimizeCode", 190_100)];
    expect(hostTaskBeforeParse(afterParse)).toBe(30);
  });

  it("gives 0 for a trace without the page's navigation", () => {
    expect(hostTaskBeforeParse(run.filter((e) => e.name !== "navigationStart"))).toBe(0);
  });
});

describe("isLongUnderThrottling", () => {
  it("is true once four times the task passes 50 ms", () => {
    expect(isLongUnderThrottling(12.5)).toBe(false);
    expect(isLongUnderThrottling(12.6)).toBe(true);
  });
});

describe("medianByPage", () => {
  const figures = (performance: number, hostTaskMs: number, totalBlockingTimeMs: number): LighthouseFigures => ({
    urlPath: "/ar/lancement/",
    performance,
    accessibility: null,
    bestPractices: null,
    seo: null,
    lcpMs: 760,
    cls: 0,
    documentBytes: 13_600,
    failing: [],
    load: 1,
    totalBlockingTimeMs,
    hostTaskMs,
  });

  it("counts the runs with a host task and scores the others apart", () => {
    const [row] = medianByPage([figures(97, 31.8, 183), figures(100, 4, 23), figures(99, 0, 96)]);
    expect(row.performance).toBe(99);
    expect(row.totalBlockingTimeMs).toBe(96);
    expect(row.runsWithHostTask).toBe(1);
    expect(row.performanceWithoutHostTask).toBe(99);
  });

  it("has no score apart when every run had a host task", () => {
    const [row] = medianByPage([figures(98, 20, 120), figures(99, 30, 100), figures(97, 40, 150)]);
    expect(row.runsWithHostTask).toBe(3);
    expect(row.performanceWithoutHostTask).toBeNull();
  });
});
