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

it("is in French first, then English, with a French text for every schema text", async () => {
  const { missingFrench } = await import("./dictionary");
  expect(missingFrench()).toEqual([]);
  const text = dataDictionary();
  expect(text.indexOf("## Français")).toBeGreaterThan(0);
  expect(text.indexOf("## Français")).toBeLessThan(text.indexOf("## English"));
  expect(text).toContain("| `population_2014` | oui | la population au recensement de 2014 | personnes | de 1 à 20000000, nombre entier |");
  expect(text).toContain("| `population_2014` | yes | population at the 2014 census | people | 1 to 20000000, whole number |");
});
