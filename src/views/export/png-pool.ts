// Rasterises many SVGs in parallel worker threads (one per core): PNG encoding dominates the time
// of a build's image exports, and Astro renders endpoints one after another. Workers are unref'd
// and end when the queue is empty, so they never keep a build process alive.
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { exportFontFiles } from "./fonts";
import type { RasterizeOptions } from "./rasterize";

// Plain CommonJS run with eval: resolves @resvg/resvg-js from the project, like the main thread.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { createRequire } = require("node:module");
const { Resvg } = createRequire(workerData.root + "/package.json")("@resvg/resvg-js");
parentPort.on("message", ({ id, svg, width, background }) => {
  try {
    const resvg = new Resvg(svg, { fitTo: { mode: "width", value: Math.round(width) }, background,
      font: { loadSystemFonts: false, fontFiles: workerData.fontFiles, defaultFontFamily: "Noto Sans", sansSerifFamily: "Noto Sans" },
      shapeRendering: 2, textRendering: 1 });
    // resvg's Buffer may sit in a shared or external ArrayBuffer, which Node 22+ refuses to transfer:
    // copy it into a plain one of its own, then transfer that.
    const png = new Uint8Array(resvg.render().asPng());
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});`;

interface Job {
  id: number;
  svg: string;
  options: RasterizeOptions;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

const queue: Job[] = [];
const running = new Map<number, Job>();
const idle: Worker[] = [];
let workers: Worker[] = [];
let nextId = 0;

function startWorkers(): void {
  const count = Math.max(1, Math.min(availableParallelism(), 4));
  workers = Array.from({ length: count }, () => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { root: process.cwd(), fontFiles: exportFontFiles() } });
    worker.unref();
    worker.on("message", (message: { id: number; png?: Uint8Array; error?: string }) => {
      const job = running.get(message.id);
      running.delete(message.id);
      if (job) message.png ? job.resolve(new Uint8Array(message.png)) : job.reject(new Error(`PNG export failed: ${message.error}`));
      idle.push(worker);
      pump();
    });
    worker.on("error", (error) => {
      for (const job of running.values()) job.reject(error);
      running.clear();
    });
    return worker;
  });
  idle.push(...workers);
}

function pump(): void {
  while (idle.length > 0 && queue.length > 0) {
    const worker = idle.pop()!;
    const job = queue.shift()!;
    running.set(job.id, job);
    worker.postMessage({ id: job.id, svg: job.svg, width: job.options.width, background: job.options.background });
  }
  if (queue.length === 0 && running.size === 0 && workers.length > 0) {
    for (const worker of workers) void worker.terminate();
    workers = [];
    idle.length = 0;
  }
}

/** Same as svgToPng, but on a pool of worker threads: queue many, await each. */
export function svgToPngInPool(svg: string, options: RasterizeOptions): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, svg, options, resolve, reject });
    if (workers.length === 0) startWorkers();
    pump();
  });
}
