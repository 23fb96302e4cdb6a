// Builds the site once and measures it: wall time, peak memory (largest process, from GNU time),
// number of pages and size of the output folder.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";

/** The figures of one build. */
export interface BuildFigures {
  /** Time and peak memory of each step (validate, astro-build, postbuild, publish), from BUILD_MEASURE=1. */
  steps: { name: string; seconds: number; peakMemoryMb: number | null; cpuSeconds: number | null }[];
  seconds: number;
  /** Processor time of the whole build (user + system, all processes): what a quiet machine's wall time approaches. */
  cpuSeconds: number | null;
  /** One-minute load average when the build started and ended: above the core count, wall times stretch. */
  load: [number, number];
  peakMemoryMb: number | null;
  pages: number;
  files: number;
  distMb: number;
}

/** Counts HTML pages and bytes of every file under `dir`. */
export function measureFolder(dir: string): { pages: number; files: number; bytes: number } {
  let pages = 0;
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith(".html")) pages++;
  }
  return { pages, files, bytes };
}

/**
 * A deployed build has SITE_URL, and with it canonical links and a sitemap to write: the bench
 * measures that work too. A reserved name (RFC 2606), since the built site is thrown away.
 */
const BENCH_SITE_URL = "https://bench.example";

/** Runs `npm run build` (scripts/build.ts) into `outDir` with `dataDir`, and measures it. */
export function measureBuild(root: string, outDir: string, dataDir: string): BuildFigures {
  const gnuTime = existsSync("/usr/bin/time");
  const node = [process.execPath, "--import", "tsx", join(root, "scripts/build.ts")];
  const [cmd, ...args] = gnuTime ? ["/usr/bin/time", "-v", ...node] : node;
  const loadBefore = loadavg()[0];
  const started = process.hrtime.bigint();
  const result = spawnSync(cmd, args, {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, OUT_DIR: outDir, DATA_DIR: dataDir, BUILD_MEASURE: "1", SITE_URL: process.env.SITE_URL || BENCH_SITE_URL },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    throw new Error(`build failed for ${dataDir}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-4000)}`);
  }
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
  const folder = measureFolder(resolve(root, outDir));
  const steps = [...result.stdout.matchAll(/^⏱ step (\S+) ([\d.]+) s (\d+|n\/a) MB cpu ([\d.]+|n\/a) s$/gm)].map((m) => ({
    name: m[1],
    seconds: Number(m[2]),
    peakMemoryMb: m[3] === "n/a" ? null : Number(m[3]),
    cpuSeconds: m[4] === "n/a" ? null : Number(m[4]),
  }));
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr)?.[1];
  return {
    steps,
    seconds: Math.round(seconds * 10) / 10,
    peakMemoryMb: rss ? Math.round(Number(rss) / 1024) : null,
    load: [Math.round(loadBefore * 10) / 10, Math.round(loadavg()[0] * 10) / 10],
    cpuSeconds: user && system ? Math.round((Number(user) + Number(system)) * 10) / 10 : null,
    pages: folder.pages,
    files: folder.files,
    distMb: Math.round((folder.bytes / 1024 / 1024) * 100) / 100,
  };
}
