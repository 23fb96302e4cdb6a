// npm run data:check — validates every file in data/ and prints every problem, in French and English.
// Exit code 0 when the data is valid, 1 otherwise.
import { validateDataDir, dataDir, formatIssues } from "../src/data/index";
import { releaseIssues } from "../src/data/releases-check";

const dir = process.argv[2] ?? dataDir();
const { data, issues } = validateDataDir(dir);
// Published releases are checked against their checksums: history is never rewritten.
if (!issues.some((i) => i.file === "releases.csv")) issues.push(...releaseIssues(dir, data.releases));
if (issues.length > 0) {
  console.error(formatIssues(issues, "both"));
  console.error("\nLe site n'a pas été publié. Corrigez ces points puis relancez. / The site was not published. Fix these and run again.");
  process.exit(1);
}
const counts = Object.entries(data)
  .map(([k, rows]) => `${k}: ${rows.length}`)
  .join(", ");
console.log(`✔ data/ est valide / data/ is valid (${counts})`);
