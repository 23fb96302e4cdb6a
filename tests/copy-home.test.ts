// Every reader-facing word lives in the string tables (src/core/i18n/strings), where the parity test
// sees it: no `{ fr: "…", ar: "…" }` literal, no local `L("…", "…", "…")` helper and no text chosen
// by `locale === "fr"` (`if (locale === "ar") return "…"`, `locale === "ar" ? "، " : ", "`) anywhere
// else in src/. Read with the TypeScript parser, not patterns; the checker is first tried on examples.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const LOCALES = new Set(["fr", "ar", "en"]);

/**
 * Folders left out, and why. src/data: its messages are build errors for the people who edit the
 * CSV files, in English and French only, and the data layer may not read the copy (tests/layers.test.ts).
 */
const EXEMPT = ["src/core/i18n/", "src/data/"];

/**
 * Values chosen by locale that are for machines, not readers: a single token ("end", "top-right",
 * "arabic", a key of the tables such as "chart.year"), a CSS font stack, or a template that only wraps a value in bidi controls.
 */
const MACHINE_VALUE = /^[\w.-]*$|sans-serif|var\(--/;
const BIDI_AND_SPACE = /[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The literal text of a string or template literal, or undefined for any other expression. */
function literalText(node: ts.Expression): string | undefined {
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => HOLE + s.literal.text).join("");
  return undefined;
}

/** How a template's substitutions are shown in the checker's messages. */
const HOLE = ["$", "{…}"].join("");

/** Copy in a literal chosen by locale: anything but machine values and bare bidi wrappers. */
function isChosenCopy(text: string): boolean {
  const literal = text.split(HOLE).join("");
  if (text.includes(HOLE)) return literal.replace(BIDI_AND_SPACE, "") !== "";
  return !LANGUAGE_TAG.test(text) && !MACHINE_VALUE.test(text);
}

/** The `locale === "ar"` (or `!==`, either way round, `x.locale`) comparison in a condition, as written. */
function localeComparison(node: ts.Node, file: ts.SourceFile): string | undefined {
  if (
    ts.isBinaryExpression(node) &&
    [
      ts.SyntaxKind.EqualsEqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsEqualsToken,
      ts.SyntaxKind.EqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsToken,
    ].includes(node.operatorToken.kind)
  ) {
    const names = (e: ts.Expression) => (ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : "");
    const tag = (e: ts.Expression) => (ts.isStringLiteral(e) && LOCALES.has(e.text) ? e.text : undefined);
    const [left, right] = [node.left, node.right];
    if ((tag(right) && /locale|lang/i.test(names(left))) || (tag(left) && /locale|lang/i.test(names(right))))
      return `locale ${node.operatorToken.getText(file)} "${tag(right) ?? tag(left)}"`;
  }
  let found: string | undefined;
  ts.forEachChild(node, (child) => {
    found ??= ts.isFunctionLike(child) ? undefined : localeComparison(child, file);
  });
  return found;
}

/** The expressions a statement returns, not counting those of functions inside it. */
function returned(node: ts.Node, out: ts.Expression[] = []): ts.Expression[] {
  if (ts.isReturnStatement(node) && node.expression) out.push(node.expression);
  else if (!ts.isFunctionLike(node)) ts.forEachChild(node, (child) => void returned(child, out));
  return out;
}

/** A language tag such as "fr_MA" or "en-GB" names a locale for machines; it is not copy. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[_-][A-Z]{2})?$/;

/** Text a reader could see: a string or template literal, or an array or choice of them. */
function isText(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return isText(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return !LANGUAGE_TAG.test(node.text);
  if (ts.isTemplateExpression(node)) return true;
  if (ts.isArrayLiteralExpression(node)) return node.elements.some((e) => isText(e));
  if (ts.isConditionalExpression(node)) return isText(node.whenTrue) || isText(node.whenFalse);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return !ts.isBlock(node.body) && isText(node.body);
  return false;
}

const nameOf = (name: ts.PropertyName | ts.BindingName): string | undefined => (ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined);

/** Copy found in one module's text: `[line, what]`, lines counted from 1 in `source`. */
export function strayCopy(source: string, fileName: string): [number, string][] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: [number, string][] = [];
  const line = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  // Local helpers whose parameters are the languages, e.g. const L = (fr, ar, en) => ({ fr, ar, en }).
  const helpers = new Set<string>();
  const languageParams = (params: ts.NodeArray<ts.ParameterDeclaration>) => params.filter((p) => LOCALES.has(nameOf(p.name) ?? "")).length >= 2;
  const findHelpers = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name && languageParams(node.parameters)) helpers.add(node.name.text);
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer)) &&
      languageParams(node.initializer.parameters)
    )
      helpers.add(node.name.text);
    ts.forEachChild(node, findHelpers);
  };
  findHelpers(file);
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const languages = node.properties
        .filter((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p))
        .filter((p) => LOCALES.has(nameOf(p.name) ?? "") && isText(p.initializer))
        .map((p) => nameOf(p.name));
      if (languages.includes("fr") && languages.length >= 2) found.push([line(node), `an object literal with ${languages.join(", ")} text`]);
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && helpers.has(node.expression.text) && node.arguments.some((a) => isText(a)))
      found.push([line(node), `a call of the language helper ${node.expression.text}() with text`]);
    // Text chosen by the locale: the branches of `locale === "ar" ? … : …`, and what an
    // `if (locale === "fr") …` returns in either branch.
    const chosen = ts.isConditionalExpression(node)
      ? { comparison: localeComparison(node.condition, file), options: [node.whenTrue, node.whenFalse] }
      : ts.isIfStatement(node)
        ? {
            comparison: localeComparison(node.expression, file),
            options: [...returned(node.thenStatement), ...(node.elseStatement ? returned(node.elseStatement) : [])],
          }
        : undefined;
    if (chosen?.comparison)
      for (const option of chosen.options) {
        const text = literalText(option);
        if (text !== undefined && isChosenCopy(text)) found.push([line(option), `text chosen under ${chosen.comparison}: ${JSON.stringify(text)}`]);
      }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * An .astro file as two modules with its own line numbers: the frontmatter as TypeScript, and the
 * template as TSX (its `{…}` expressions are JavaScript), each with the other part blanked out.
 */
export function astroModules(source: string): { code: string; name: string }[] {
  const lines = source.split("\n");
  const fences = lines.flatMap((l, i) => (l.trim() === "---" ? [i] : [])).slice(0, 2);
  const blank = (from: number, to: number) => lines.map((l, i) => (i >= from && i <= to ? l : ""));
  if (fences.length < 2 || fences[0] !== lines.findIndex((l) => l.trim() !== "")) return [{ code: `<>${source}</>`, name: "template.tsx" }];
  const [open, close] = fences;
  const template = blank(close + 1, lines.length - 1);
  template[close] = "<>";
  return [
    { code: blank(open + 1, close - 1).join("\n"), name: "frontmatter.ts" },
    { code: `${template.join("\n")}</>`, name: "template.tsx" },
  ];
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (/\.(ts|astro)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** Every stray copy literal under src/, as "file:line what". */
function strayCopyInTree(root: string): string[] {
  return sourceFiles(join(root, "src"))
    .map((path) => relative(root, path).split("\\").join("/"))
    .filter((file) => !EXEMPT.some((folder) => file.startsWith(folder)))
    .flatMap((file) => {
      const text = readFileSync(join(root, file), "utf8");
      const modules = file.endsWith(".astro") ? astroModules(text) : [{ code: text, name: file }];
      return modules.flatMap((m) => strayCopy(m.code, m.name).map(([line, what]) => `${file}:${line} ${what}`));
    });
}

describe("the copy checker", () => {
  it("finds an object literal of languages, with its line", () => {
    const code = ["const a = 1;", 'const unit = { fr: "Mds MAD", ar: "مليار درهم", en: "bn MAD" }[locale];'].join("\n");
    expect(strayCopy(code, "x.ts")).toEqual([[2, "an object literal with fr, ar, en text"]]);
  });
  it("finds templates, arrays and per-language functions", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the example is TypeScript source text
    expect(strayCopy("f({ fr: `Année ${y}`, en: `Year ${y}` });", "x.ts")).toHaveLength(1);
    expect(strayCopy('const h = { fr: ["Année", "Valeur"], ar: ["السنة", "القيمة"] };', "x.ts")).toHaveLength(1);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the example is TypeScript source text
    expect(strayCopy("const g = { fr: (n) => `Leviers (${n})`, ar: (n) => `الرافعات (${n})` };", "x.ts")).toHaveLength(1);
  });
  it("finds calls of a local language helper with text", () => {
    const code = ["const L = (fr: string, ar: string, en: string) => ({ fr, ar, en });", "", 'const x = L("Sources", "المصادر", "Sources");'].join("\n");
    expect(strayCopy(code, "x.ts")).toEqual([[3, "a call of the language helper L() with text"]]);
  });
  it("leaves alone language tags, keys of the tables and objects built from data", () => {
    expect(strayCopy('const og = { fr: "fr_MA", ar: "ar_MA", en: "en_GB" };', "x.ts")).toEqual([]);
    expect(strayCopy('const k = { fr: "chart.year", x: 1 }; const n = { fr: row.name_fr, ar: row.name_ar, en: row.name_en };', "x.ts")).toEqual([]);
  });
  it("reads an .astro file's frontmatter and template with their own line numbers", () => {
    const astro = ["---", "const a = 1;", 'const yes = { fr: "Oui", ar: "نعم" };', "---", "<p>", '{ { fr: "Oui", en: "Yes" }[locale] }', "</p>"].join("\n");
    const found = astroModules(astro).flatMap((m) => strayCopy(m.code, m.name).map(([l]) => l));
    expect(found.sort()).toEqual([3, 6]);
  });
  it("finds text chosen by comparing the locale, in a conditional or an if-statement, with its line", () => {
    const code = [
      "function sentence(locale: Locale, n: number) {",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the example is TypeScript source text
      '  if (locale === "fr") return `${n} étapes`;',
      '  if ("ar" === locale) {',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the example is TypeScript source text
      "    return `${n} مراحل`;",
      "  }",
      '  const sep = opts.locale !== "ar" ? ", " : "، ";',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the example is TypeScript source text
      "  return `${n} milestones`;",
      "}",
    ].join("\n");
    expect(strayCopy(code, "x.ts")).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the expected message quotes the template
      [2, 'text chosen under locale === "fr": "${…} étapes"'],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the expected message quotes the template
      [4, 'text chosen under locale === "ar": "${…} مراحل"'],
      [6, 'text chosen under locale !== "ar": ", "'],
      [6, 'text chosen under locale !== "ar": "، "'],
    ]);
  });
  it("leaves alone machine values chosen by locale, keys of the tables and text chosen by anything else", () => {
    const code = [
      'const anchor = locale === "ar" ? "end" : "start";',
      'const font = locale === "ar" ? "var(--font-ar, \'Noto Sans Arabic\', sans-serif)" : "\'Noto Sans\', sans-serif";',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the example is TypeScript source text
      'const bidi = locale === "ar" ? `\\u202b${text}\\u202c` : text;',
      'const key = locale === "ar" ? "chart.year" : "chart.years";',
      'const word = wide ? "Année" : "An";',
      'if (locale === "ar") draw(() => { return "x y"; });',
    ].join("\n");
    expect(strayCopy(code, "x.ts")).toEqual([]);
  });
  it("finds none under src/ outside the string tables", () => {
    expect(strayCopyInTree(join(import.meta.dirname, ".."))).toEqual([]);
  });
});
