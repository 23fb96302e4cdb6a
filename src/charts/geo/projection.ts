// One projection for every map of Morocco, fitted to the width the map is drawn at.
import { geoConicConformal, geoPath, type GeoPath, type GeoPermissibleObjects, type GeoProjection } from "d3";

/** A projection fitted to a width, with the height it needs and a path generator. */
export interface FittedMap {
  projection: GeoProjection;
  path: GeoPath;
  width: number;
  height: number;
}

/**
 * Fits a conformal conic projection centred on Morocco (the usual choice for the country) to
 * `width`, and returns the height that keeps the shape's proportions.
 */
export function fitToWidth(object: GeoPermissibleObjects, width: number, padding = 4): FittedMap {
  const projection = geoConicConformal().parallels([25, 33]).rotate([9, 0]);
  projection.fitWidth(width - 2 * padding, object);
  const [[, y0], [, y1]] = geoPath(projection).bounds(object);
  const height = Math.ceil(y1 - y0 + 2 * padding);
  projection.fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    object,
  );
  return { projection, path: geoPath(projection), width, height };
}

/** Rounds path data to one decimal: enough for screens, and it halves the SVG's size. */
export function roundPath(d: string | null): string {
  return (d ?? "").replace(/(\d+\.\d)\d+/g, "$1");
}
