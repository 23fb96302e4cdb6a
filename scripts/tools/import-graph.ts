// The project's import graph, folder by folder, checked against its layers: data flows one way,
// data/ → src/data → src/charts → src/views → components, layouts, pages → scripts, and a folder
// imports only from its own layer or the layers below, never in a circle with another folder.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

/**
 * The layers from the bottom up; a folder may import from its own layer and those before it. In an
 * isolated layer, its top folders do not import each other either: the copy (core) and the data
 * know nothing of each other, and browser code (client) shares nothing with the build's views.
 */
export const LAYERS: { name: string; folders: string[]; isolated?: boolean; what: string }[] = [
  {
    name: "foundation",
    folders: ["src/core", "src/data"],
    isolated: true,
    what: "core: i18n (all copy, every locale), theme tokens · data: schema, CSV loading, validation, derivations, diffs, releases (no copy)",
  },
  { name: "charts", folders: ["src/charts"], what: "kit/ (plot setup, SSR, types), geo/ (the map), one file per chart id" },
  { name: "views", folders: ["src/views", "src/client"], isolated: true, what: "page and output models; browser-only enhancements" },
  { name: "astro", folders: ["src/components", "src/layouts", "src/pages", "src/content", "src/styles"], what: "Astro components, layouts, routes" },
  { name: "scripts", folders: ["scripts"], what: "build and data commands; tools/ shared with the tests" },
  { name: "tests", folders: ["tests"], what: "unit, data and browser tests" },
];

/** Folders whose subfolders are nodes of their own (so a cycle between them is seen). */
const SPLIT = new Set(["src/core", "src/charts", "src/views"]);

export interface ImportEdge {
  from: string; // repo-relative file
  to: string; // repo-relative resolved path (file or folder)
  specifier: string;
}

/** The node a file belongs to: its top folder, or its subfolder inside a split folder. */
export function folderOf(file: string): string {
  const parts = file.split("/");
  const top = parts[0] === "src" ? parts.slice(0, 2).join("/") : parts[0];
  if (SPLIT.has(top) && parts.length > 3) return `${top}/${parts[2]}`;
  return top;
}

function topFolder(node: string): string {
  return LAYERS.flatMap((l) => l.folders).find((f) => node === f || node.startsWith(`${f}/`)) ?? node;
}

/** The layer index of a node, or -1 for a file outside every layer (config files at the root). */
export function layerOf(node: string): number {
  return LAYERS.findIndex((l) => l.folders.some((f) => node === f || node.startsWith(`${f}/`)));
}

const CODE = /\.(ts|mts|mjs|astro)$/;

function walk(dir: string, root: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(path, root, out);
    } else if (CODE.test(entry.name)) out.push(relative(root, path).split(sep).join("/"));
  }
}

/** Every relative import (static, dynamic, type-only, re-export) of the code under src, scripts and tests. */
export function readImports(root: string): ImportEdge[] {
  const files: string[] = [];
  for (const top of ["src", "scripts", "tests"]) walk(join(root, top), root, files);
  const edges: ImportEdge[] = [];
  for (const file of files) {
    // TypeScript's import scanner reads an .astro file's frontmatter and scripts as the module text they are.
    const info = ts.preProcessFile(readFileSync(join(root, file), "utf8"), true, true);
    for (const imported of info.importedFiles) {
      const specifier = imported.fileName;
      if (!specifier.startsWith(".")) continue;
      const target = relative(root, resolve(root, dirname(file), specifier.replace(/[?#].*$/, "")))
        .split(sep)
        .join("/");
      edges.push({ from: file, to: target, specifier });
    }
  }
  return edges;
}

export interface LayerViolation {
  kind: "upward" | "sideways" | "cycle";
  message: string;
}

/** Imports from a higher layer, and cycles between folders (Tarjan's strongly connected components). */
export function layerViolations(edges: ImportEdge[]): LayerViolation[] {
  const violations: LayerViolation[] = [];
  const graph = new Map<string, Set<string>>();
  for (const edge of edges) {
    const from = folderOf(edge.from);
    const to = folderOf(edge.to);
    const fromLayer = layerOf(from);
    const toLayer = layerOf(to);
    if (fromLayer >= 0 && toLayer > fromLayer) {
      violations.push({
        kind: "upward",
        message: `${edge.from} imports ${edge.specifier}: layer "${LAYERS[fromLayer].name}" may not import from the higher layer "${LAYERS[toLayer].name}"`,
      });
    }
    const fromTop = topFolder(from);
    const toTop = topFolder(to);
    if (fromLayer >= 0 && fromLayer === toLayer && fromTop !== toTop && LAYERS[fromLayer].isolated) {
      violations.push({
        kind: "sideways",
        message: `${edge.from} imports ${edge.specifier}: in layer "${LAYERS[fromLayer].name}", ${fromTop} may not import ${toTop}`,
      });
    }
    if (from !== to) {
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  for (const component of stronglyConnected(graph)) {
    if (component.length < 2) continue;
    const members = new Set(component);
    const witnesses = edges
      .filter((e) => members.has(folderOf(e.from)) && members.has(folderOf(e.to)) && folderOf(e.from) !== folderOf(e.to))
      .map((e) => `${e.from} → ${e.specifier}`);
    violations.push({ kind: "cycle", message: `folders import each other in a circle: ${component.sort().join(", ")} (${witnesses.join("; ")})` });
  }
  return violations;
}

function stronglyConnected(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const nodes = new Set<string>([...graph.keys(), ...[...graph.values()].flatMap((s) => [...s])]);
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      components.push(component);
    }
  };
  for (const node of [...nodes].sort()) if (!index.has(node)) visit(node);
  return components;
}
