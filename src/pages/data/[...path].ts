// The whole of data/ as a Frictionless Data Package: /data/datapackage.json beside every CSV
// (and the map with its licence), written at build time from the validated data.
import type { APIRoute, GetStaticPaths } from "astro";
import { siteDataPackage } from "../../views/export/site-package";
import { DATA_PACKAGE_FILE } from "../../views/export/datapackage";

export const getStaticPaths: GetStaticPaths = () => {
  const { files } = siteDataPackage(undefined);
  return [DATA_PACKAGE_FILE, ...files.keys()].map((path) => ({ params: { path } }));
};

const TYPES: Record<string, string> = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8", txt: "text/plain; charset=utf-8" };

export const GET: APIRoute = ({ params, site }) => {
  const pkg = siteDataPackage(site);
  const path = params.path!;
  const body = path === DATA_PACKAGE_FILE ? JSON.stringify(pkg.descriptor, null, 2) : pkg.files.get(path);
  if (body === undefined) throw new Error(`No file ${path} in the data package`);
  // Encoded bytes in one stream chunk: a 70 MB sources.csv given as a string takes Response about
  // twice as long (USVString checks and copies) before Astro reads it back as bytes.
  const bytes = new TextEncoder().encode(body);
  const stream = new ReadableStream<Uint8Array>({ start: (controller) => (controller.enqueue(bytes), controller.close()) });
  return new Response(stream, { headers: { "Content-Type": TYPES[path.split(".").pop()!] ?? "application/octet-stream" } });
};
