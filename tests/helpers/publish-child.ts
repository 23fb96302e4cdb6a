// Runs one publish (or one recovery) in its own process, so a test can kill it at a chosen step
// (PUBLISH_CRASH_AT) the way a power cut or Ctrl-C would.
import { publishSite, recoverOutput } from "../../scripts/publish";

const [action, a, b, c] = process.argv.slice(2);
if (action === "publish") publishSite(a, b, c);
else if (action === "recover") console.log(JSON.stringify(recoverOutput(a, b)));
else throw new Error(`unknown action ${action}`);
