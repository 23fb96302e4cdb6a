// npm run data:document — rewrites data/README.md from the schemas.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataDictionary } from "../src/data/dictionary";

writeFileSync(join(process.cwd(), "data", "README.md"), dataDictionary());
console.log("data/README.md written");
