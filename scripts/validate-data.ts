// npm run data:check — validates every file in data/ and prints every problem, in French and English.
// Exit code 0 when the data is valid, 1 otherwise.
import { validateDataDir, dataDir, formatIssues } from "../src/lib/data/index";

const dir = process.argv[2] ?? dataDir();
const { data, issues } = validateDataDir(dir);
if (issues.length > 0) {
  console.error(formatIssues(issues, "both"));
  console.error("\nLe site n'a pas été publié. Corrigez ces points puis relancez. / The site was not published. Fix these and run again.");
  process.exit(1);
}
const counts = Object.entries(data).map(([k, rows]) => `${k}: ${rows.length}`).join(", ");
console.log(`✔ data/ est valide / data/ is valid (${counts})`);
