// The one static server of the tests, the bench and the screenshots: dist/ on 127.0.0.1, with the
// base path and 404.html; `gzip` compresses text as a real host does, so Lighthouse and throttled
// loads see real transfer sizes.
import { createServer, type RequestListener, type Server } from "node:http";
import { gzipSync } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { join, extname, normalize } from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".pf_meta": "application/octet-stream",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

export interface Served {
  origin: string;
  server: Server;
  close: () => Promise<void>;
}

/** Listens with `handler` on 127.0.0.1 (a free port unless `port` is given). */
export async function serve(handler: RequestListener, port = 0): Promise<Served> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return { origin: `http://127.0.0.1:${actual}`, server, close: () => new Promise((r) => server.close(() => r())) };
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/** Serves `root` under `base` (e.g. "/") on a free port; resolves with the origin and a close function. */
export async function serveDist(root: string, base = "/", port = 0, options: { gzip?: boolean } = {}): Promise<Served> {
  const send = (res: import("node:http").ServerResponse, status: number, type: string, body: Buffer) => {
    const headers: Record<string, string> = { "Content-Type": type };
    if (options.gzip && COMPRESSIBLE.test(type)) {
      headers["Content-Encoding"] = "gzip";
      headers["Cache-Control"] = "public, max-age=31536000";
      return void res.writeHead(status, headers).end(gzipSync(body, { level: 9 }));
    }
    res.writeHead(status, headers).end(body);
  };
  return serve(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end("outside base");
      return;
    }
    path = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, "");
    let file = join(root, path);
    try {
      const s = await stat(file);
      if (s.isDirectory()) file = join(file, "index.html");
      send(res, 200, types[extname(file)] ?? "application/octet-stream", await readFile(file));
    } catch {
      send(res, 404, "text/html; charset=utf-8", await readFile(join(root, "404.html")).catch(() => Buffer.from("Not found")));
    }
  }, port);
}
