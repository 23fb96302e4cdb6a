// One set of colour tokens for CSS and charts, in light and dark. Charts use them as CSS
// variables (var(--c-…)) so one inline SVG follows the reader's theme without re-rendering.
// Series colours come from the Okabe–Ito colour-blind-safe palette, adjusted per theme for contrast.
// tests/charts.contrast.test.ts reads the colours each chart draws and checks every pair: "known" is
// blue, not green, because green and the grey of "not published" merge for deutan vision.

/** Token names and their values per theme. */
export const tokens = {
  light: {
    bg: "#ffffff",
    surface: "#f4f2ee",
    text: "#1c1b19",
    muted: "#57534e",
    rule: "#c9c4bc",
    grid: "#e4e0d9",
    link: "#0b5cad",
    focus: "#b34700",
    exports: "#0067a5",
    imports: "#a85400",
    balance: "#7a4f9e",
    target: "#b3261e",
    "target-alt": "#6b6b6b",
    coverage: "#00735c",
    accent: "#b3261e",
    "status-known": "#00609e",
    "status-partial": "#a05a00",
    "status-unknown": "#6b6b6b",
  },
  dark: {
    bg: "#141414",
    surface: "#1f1f1e",
    text: "#f1efe9",
    muted: "#b8b2a8",
    rule: "#4a4742",
    grid: "#2e2c29",
    link: "#7cb8f2",
    focus: "#ffa45c",
    exports: "#56b4e9",
    imports: "#e69f00",
    balance: "#c39bd3",
    target: "#ff7b72",
    "target-alt": "#a8a8a8",
    coverage: "#3fc1a0",
    accent: "#ff7b72",
    "status-known": "#6cb6ff",
    "status-partial": "#e69f00",
    "status-unknown": "#a8a8a8",
  },
} as const;

export type TokenName = keyof (typeof tokens)["light"];

/** The CSS variable reference for a token, for use as a chart colour. */
export function cssVar(name: TokenName): string {
  return `var(--c-${name})`;
}

/** The CSS that defines the tokens: light by default, dark by system preference or by choice. */
export function themeCss(): string {
  const block = (theme: "light" | "dark") =>
    Object.entries(tokens[theme])
      .map(([k, v]) => `--c-${k}:${v};`)
      .join("");
  return [
    `:root{${block("light")}color-scheme:light;}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme="light"]){${block("dark")}color-scheme:dark;}}`,
    `:root[data-theme="dark"]{${block("dark")}color-scheme:dark;}`,
  ].join("\n");
}
