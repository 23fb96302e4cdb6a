// Steps run on the freshly built site before it replaces dist/: each gets the staging folder.
// Later steps (search index, image exports) add themselves here.
const dir = process.argv[2];
if (!dir) throw new Error("postbuild: missing the staging folder argument");
console.log(`postbuild: ${dir}`);
