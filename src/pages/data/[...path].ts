// The whole of data/ as a Frictionless Data Package: /data/datapackage.json beside every CSV
// (and the map with its licence), written at build time from the validated data.
import type { APIRoute, GetStaticPaths } from "astro";
import { siteDataPackageDescriptor, siteDataPackagePaths, siteDataPackagePieces } from "../../views/export/site-package";
import { DATA_PACKAGE_FILE } from "../../views/export/datapackage";

export const getStaticPaths: GetStaticPaths = () => {
  return [DATA_PACKAGE_FILE, ...siteDataPackagePaths()].map((path) => ({ params: { path } }));
};

const TYPES: Record<string, string> = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8", txt: "text/plain; charset=utf-8" };

export const GET: APIRoute = ({ params, site }) => {
  const path = params.path!;
  const pieces = path === DATA_PACKAGE_FILE ? [JSON.stringify(siteDataPackageDescriptor(site), null, 2)] : siteDataPackagePieces(path);
  if (pieces === undefined) throw new Error(`No file ${path} in the data package`);
  // Encoded bytes, a piece at a time: a string Response takes about twice as long (USVString checks
  // and copies), and a 200,000-row sources.csv built and encoded whole took over half a gigabyte.
  const encoder = new TextEncoder();
  const next = pieces[Symbol.iterator]();
  const stream = new ReadableStream<Uint8Array>({
    pull: (controller) => {
      const piece = next.next();
      if (piece.done) controller.close();
      else controller.enqueue(encoder.encode(piece.value));
    },
  });
  return new Response(stream, { headers: { "Content-Type": TYPES[path.split(".").pop()!] ?? "application/octet-stream" } });
};
