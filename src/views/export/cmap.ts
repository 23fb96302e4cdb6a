// Which characters a TrueType/OpenType font can draw, from its cmap table (formats 4 and 12, the
// Unicode subtables every Noto font carries), so tests can prove no export text falls on a missing
// glyph. The font module's sfnt reader reads the table; exports use it from here.
export { fontCodePoints } from "../fonts/sfnt";
