// SVG → PNG at build time with @resvg/resvg-js, with Noto Sans and Noto Sans Arabic embedded so
// Arabic is shaped (joined, right to left) exactly as on the page. Used for PNG downloads,
// image embeds and og:images.
import { Resvg } from "@resvg/resvg-js";
import { exportFontFiles } from "./fonts";

/** Options for svgToPng. */
export interface RasterizeOptions {
  /** Output width in pixels (the height follows the SVG's aspect ratio). For 2× exports pass twice the SVG width. */
  width: number;
  /** CSS colour painted behind the drawing, e.g. "#ffffff"; omit for a transparent PNG. */
  background?: string;
}

/**
 * Rasterises a standalone SVG string (no CSS variables, no external references) to PNG bytes.
 * Text uses the bundled Noto fonts only (system fonts are ignored, so output is the same everywhere):
 * write font-family="'Noto Sans'" (Latin) or "'Noto Sans Arabic'" (Arabic text, also carries Latin
 * digits) — `exportFontFamily(locale)` from ./fonts gives the right one. Example:
 *   svgToPng(svg, { width: 1440, background: "#ffffff" }) // a 720-wide SVG at 2×
 */
export function svgToPng(svg: string, { width, background }: RasterizeOptions): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: Math.round(width) },
    background,
    font: {
      loadSystemFonts: false,
      fontFiles: exportFontFiles(),
      defaultFontFamily: "Noto Sans",
      sansSerifFamily: "Noto Sans",
    },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}

/** Width and height in pixels read from a PNG's IHDR header. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (!signature.every((b, i) => png[i] === b)) throw new Error("Not a PNG file");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
