// The markdown pipeline: placeholders from data/, sanitised rendering, chart slots.
export * from "./facts";
export * from "./render";
export * from "./content";
