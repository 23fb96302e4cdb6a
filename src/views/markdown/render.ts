// Markdown → sanitised HTML segments, with chart slots. Content is written by editors, not by
// readers, but raw HTML is still shown as text rather than injected, and the output is sanitised.
import { remark } from "remark";
import remarkDirective from "remark-directive";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import { visit, SKIP } from "unist-util-visit";

/** A piece of a rendered page: prose HTML, or the place of a chart. */
export type Segment = { kind: "html"; html: string } | { kind: "chart"; id: string };

/** A heading of the rendered content, for the table of contents. */
export interface Heading {
  depth: number;
  id: string;
  text: string;
}

/** Rendered markdown: the segments in order and the headings found. */
export interface RenderedMarkdown {
  segments: Segment[];
  headings: Heading[];
}

type AnyNode = {
  type: string;
  name?: string;
  value?: string;
  attributes?: Record<string, string | null | undefined>;
  children?: AnyNode[];
  tagName?: string;
  properties?: Record<string, unknown>;
};

const schema = {
  ...defaultSchema,
  attributes: { ...defaultSchema.attributes, div: [...(defaultSchema.attributes?.div ?? []), ["className", "chart-slot"], "dataChart"] },
};

const textOf = (node: AnyNode): string => (node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(textOf).join(""));

/** Turns raw HTML into visible text and stray text directives (":word") back into plain text. */
function remarkNeutralise(file: string) {
  return () => (tree: AnyNode) => {
    visit(tree as never, (node: AnyNode, index: number | undefined, parent: AnyNode | undefined) => {
      if (!parent || index === undefined) return;
      if (node.type === "html") {
        parent.children![index] = { type: "text", value: node.value ?? "" };
        return SKIP;
      }
      if (node.type === "textDirective") {
        parent.children![index] = { type: "text", value: `:${node.name}${node.children?.length ? `[${textOf(node)}]` : ""}` };
        return SKIP;
      }
      if (node.type === "containerDirective" || (node.type === "leafDirective" && node.name !== "chart")) {
        throw new Error(`${file}: unknown directive "${node.name}" (only ::chart{id="…"} is supported)`);
      }
    });
  };
}

/** Wraps each heading's content in a link to itself, so every heading has an anchor. */
function rehypeHeadingAnchors() {
  return (tree: AnyNode) => {
    visit(tree as never, "element", (node: AnyNode) => {
      if (!/^h[2-6]$/.test(node.tagName ?? "") || !node.properties?.id) return;
      node.children = [
        { type: "element", tagName: "a", properties: { href: `#${String(node.properties.id)}`, className: ["heading-anchor"] }, children: node.children ?? [] },
      ];
    });
  };
}

/**
 * Renders markdown (placeholders already resolved) into segments. `isChart` validates chart ids
 * so a typo in `::chart{id="…"}` fails the build.
 */
export function renderMarkdown(markdown: string, options: { file: string; isChart: (id: string) => boolean }): RenderedMarkdown {
  const processor = remark()
    .use(remarkDirective)
    .use(remarkNeutralise(options.file))
    .use(remarkRehype, {
      handlers: {
        leafDirective: (_state: unknown, node: AnyNode) => {
          const id = node.attributes?.id ?? "";
          if (!options.isChart(id)) throw new Error(`${options.file}: unknown chart id "${id}" in ::chart{id="${id}"}`);
          return { type: "element", tagName: "div", properties: { className: ["chart-slot"], dataChart: id }, children: [] };
        },
      },
    } as never)
    .use(rehypeSanitize, schema as never)
    .use(rehypeSlug)
    .use(rehypeHeadingAnchors)
    .use(rehypeStringify);
  const hast = processor.runSync(processor.parse(markdown)) as unknown as AnyNode;

  const headings: Heading[] = [];
  visit(hast as never, "element", (node: AnyNode) => {
    const m = /^h([1-6])$/.exec(node.tagName ?? "");
    if (m && node.properties?.id) headings.push({ depth: Number(m[1]), id: String(node.properties.id), text: textOf(node).trim() });
  });

  const segments: Segment[] = [];
  let pending: AnyNode[] = [];
  const flush = () => {
    const html = processor.stringify({ type: "root", children: pending } as never).trim();
    if (html) segments.push({ kind: "html", html });
    pending = [];
  };
  for (const child of hast.children ?? []) {
    const classes = child.properties?.className;
    if (child.tagName === "div" && Array.isArray(classes) && classes.includes("chart-slot")) {
      flush();
      segments.push({ kind: "chart", id: String(child.properties?.dataChart) });
    } else {
      pending.push(child);
    }
  }
  flush();
  return { segments, headings };
}
