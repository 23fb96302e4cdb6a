import { it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDictionary } from "./dictionary";
import { tables } from "./schema";

it("data/README.md matches the schemas (run `npm run data:document` after changing a schema)", () => {
  expect(readFileSync(join(process.cwd(), "data", "README.md"), "utf8")).toBe(dataDictionary());
});

it("documents every column of every file", () => {
  const text = dataDictionary();
  for (const { file, schema } of Object.values(tables)) {
    expect(text).toContain(`## ${file}`);
    for (const column of Object.keys(schema.shape)) expect(text).toContain(`| \`${column}\` |`);
  }
});
