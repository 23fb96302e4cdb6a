// npm run data:preview — builds the edited data/ beside the published site (dist/) and writes a
// local report, French first, of what the edit changes: every page with its changed sentences side
// by side, every chart with its image before and after, every download and embed. Unchanged
// things are not listed. Nothing is published: dist/ is left as it is.
//   PREVIEW_PUBLISHED=<folder> compares with another built site than dist/.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { compareSites, type SiteChanges } from "./preview/compare";

const root = process.cwd();
const published = resolve(root, process.env.PREVIEW_PUBLISHED ?? "dist");
const previewOut = join(root, ".build", "preview");
const reportDir = join(root, ".build", "preview-report");

if (!existsSync(published)) {
  console.error(
    `✖ Aucun site publié dans ${relative(root, published)}/ : lancez d'abord npm run build. / No published site in ${relative(root, published)}/: run npm run build first.`,
  );
  process.exit(1);
}

console.log("… construction de l'aperçu / building the preview");
const built = spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts/build.ts")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, OUT_DIR: previewOut },
});
if (built.status !== 0) {
  console.error("✖ L'aperçu n'a pas pu être construit (voir ci-dessus). / The preview could not be built (see above).");
  process.exit(built.status ?? 1);
}

const changes = compareSites(published, previewOut);
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(join(reportDir, "img"), { recursive: true });
writeFileSync(join(reportDir, "index.html"), reportHtml(changes));
const count = changes.pages.length + changes.charts.length + changes.downloads.length + changes.embeds.length;
console.log(
  `✔ ${count === 0 ? "Aucun changement visible / No visible change" : `${changes.pages.length} page(s), ${changes.charts.length} graphique(s) / chart(s), ${changes.downloads.length} téléchargement(s) / download(s), ${changes.embeds.length} intégration(s) / embed(s)`}`,
);
console.log(`  Rapport / report: ${join(reportDir, "index.html")}`);

/** Text as HTML: every character that means something in markup is escaped. */
function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function reportHtml(c: SiteChanges): string {
  const section = (fr: string, en: string, body: string, n: number) =>
    `<section><h2>${esc(fr)} <span lang="en">/ ${esc(en)}</span> (${n})</h2>${n === 0 ? '<p>Aucun changement. <span lang="en">No change.</span></p>' : body}</section>`;
  const charts = c.charts
    .map(({ id, image }) => {
      if (!image) return `<li><code>${esc(id)}</code></li>`;
      const ext = image.slice(image.lastIndexOf("."));
      copyFileSync(join(published, image), join(reportDir, "img", `${id}.avant${ext}`));
      copyFileSync(join(previewOut, image), join(reportDir, "img", `${id}.apres${ext}`));
      return `<li><h3><code>${esc(id)}</code></h3><div class="pair"><figure><figcaption>Avant <span lang="en">/ before</span></figcaption><img src="img/${esc(id)}.avant${ext}" alt="${esc(id)} avant"></figure><figure><figcaption>Après <span lang="en">/ after</span></figcaption><img src="img/${esc(id)}.apres${ext}" alt="${esc(id)} après"></figure></div></li>`;
    })
    .join("");
  const pages = c.pages
    .map((p) => {
      const rows = p.sentences.map((s) => `<tr><td>${esc(s.before)}</td><td>${esc(s.after)}</td></tr>`).join("");
      const table = rows
        ? `<table><thead><tr><th>Avant <span lang="en">/ before</span></th><th>Après <span lang="en">/ after</span></th></tr></thead><tbody>${rows}</tbody></table>`
        : '<p>Seul le balisage change (aucune phrase). <span lang="en">Only markup changed (no sentence).</span></p>';
      return `<li><h3><code>${esc(p.path)}</code>${p.kind === "changed" ? "" : ` (${p.kind === "added" ? "nouvelle / new" : "supprimée / removed"})`}</h3>${table}</li>`;
    })
    .join("");
  const list = (items: string[]) => `<ul>${items.map((i) => `<li><code>${esc(i)}</code></li>`).join("")}</ul>`;
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aperçu des changements / Preview of changes</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.4rem;vertical-align:top;text-align:start}td:first-child{background:#fde8e8}td:last-child{background:#e6f4ea}.pair{display:flex;gap:1rem;flex-wrap:wrap}.pair figure{flex:1 1 20rem;margin:0}.pair img{max-width:100%;border:1px solid #ccc}[lang=en]{color:#555}</style>
</head><body><main>
<h1>Aperçu des changements <span lang="en">/ Preview of changes</span></h1>
<p>Ce que la modification de <code>data/</code> change par rapport au site publié (<code>${esc(relative(root, published))}/</code>). Rien n'est publié. <span lang="en">What the edit of data/ changes compared with the published site. Nothing is published.</span></p>
${section("Graphiques", "Charts", `<ul>${charts}</ul>`, c.charts.length)}
${section("Pages", "Pages", `<ul>${pages}</ul>`, c.pages.length)}
${section("Téléchargements", "Downloads", list(c.downloads), c.downloads.length)}
${section("Intégrations", "Embeds", list(c.embeds), c.embeds.length)}
${section("Autres fichiers", "Other files", list(c.other), c.other.length)}
</main></body></html>
`;
}
