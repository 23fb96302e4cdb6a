// The whole of data/ as a Frictionless Data Package: /data/datapackage.json beside every CSV
// (and the map with its licence), written at build time from the validated data.
import type { APIRoute, GetStaticPaths } from "astro";
import { siteDataPackageDescriptor, siteDataPackageFile, siteDataPackagePaths } from "../../lib/export/site-package";
import { DATA_PACKAGE_FILE } from "../../lib/export/datapackage";

export const getStaticPaths: GetStaticPaths = () => {
  return [DATA_PACKAGE_FILE, ...siteDataPackagePaths()].map((path) => ({ params: { path } }));
};

const TYPES: Record<string, string> = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8", txt: "text/plain; charset=utf-8" };

export const GET: APIRoute = ({ params, site }) => {
  const path = params.path!;
  const body = path === DATA_PACKAGE_FILE ? JSON.stringify(siteDataPackageDescriptor(site), null, 2) : siteDataPackageFile(path);
  if (body === undefined) throw new Error(`No file ${path} in the data package`);
  // Encoded bytes in one stream chunk: a 70 MB sources.csv given as a string takes Response about
  // twice as long (USVString checks and copies) before Astro reads it back as bytes.
  const bytes = new TextEncoder().encode(body);
  const stream = new ReadableStream<Uint8Array>({ start: (controller) => (controller.enqueue(bytes), controller.close()) });
  return new Response(stream, { headers: { "Content-Type": TYPES[path.split(".").pop()!] ?? "application/octet-stream" } });
};
