// One projection for every map of Morocco, fitted to the width the map is drawn at, and compact
// path data for it.
import { geoConicConformal, geoPath, type GeoContext, type GeoPath, type GeoPermissibleObjects, type GeoProjection } from "d3";

/** A projection fitted to a width, with the height it needs, its scale and a path generator. */
export interface FittedMap {
  projection: GeoProjection;
  path: GeoPath;
  width: number;
  height: number;
  /** Screen pixels per degree of longitude at the middle of the country: what detail the eye can see at this width. */
  pixelsPerDegree: number;
  /** The SVG path data of `object` at this fit, compact (see CompactPathData). */
  pathData: (object: GeoPermissibleObjects) => string;
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
  const [[lon0, lat0], [lon1, lat1]] = geoPath().bounds(object);
  const middle: [number, number] = [(lon0 + lon1) / 2, (lat0 + lat1) / 2];
  const [ax, ay] = projection(middle) ?? [0, 0];
  const [bx, by] = projection([middle[0] + 1, middle[1]]) ?? [0, 0];
  const pixelsPerDegree = Math.hypot(bx - ax, by - ay);
  const pathData = (shape: GeoPermissibleObjects) => {
    const context = new CompactPathData();
    geoPath(projection, context)(shape);
    return context.toString();
  };
  return { projection, path: geoPath(projection), width, height, pixelsPerDegree, pathData };
}

/**
 * A d3 path context that writes relative moves and lines at a tenth of a pixel: "l.8-2.9" for
 * "L388.9,24.8". It draws the same shapes as absolute data and is about half the bytes after gzip,
 * which matters on pages whose map is most of the document.
 */
export class CompactPathData implements GeoContext {
  private data = "";
  /** The pen, in tenths of a pixel: rounding the absolute position keeps errors from adding up. */
  private x = 0;
  private y = 0;
  private ringStart: [number, number] = [0, 0];

  /** Canvas calls that SVG path data has no use for. */
  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.step("m", x, y);
    this.ringStart = [this.x, this.y];
  }

  lineTo(x: number, y: number): void {
    this.step("l", x, y);
  }

  closePath(): void {
    this.data += "z";
    // After "z" the pen is back at the ring's start.
    [this.x, this.y] = this.ringStart;
  }

  /** Point features are drawn as circles; the maps draw none, but the context must accept them. */
  arc(x: number, y: number, radius: number): void {
    this.moveTo(x + radius, y);
    const r = tenths(Math.round(radius * 10));
    const across = Math.round(radius * 10) * 2;
    this.data += `a${r},${r} 0 1,1 ${tenths(-across)},0a${r},${r} 0 1,1 ${tenths(across)},0`;
  }

  private step(command: "m" | "l", x: number, y: number): void {
    const tx = Math.round(x * 10);
    const ty = Math.round(y * 10);
    const dy = tenths(ty - this.y);
    this.data += `${command}${tenths(tx - this.x)}${dy.startsWith("-") ? "" : ","}${dy}`;
    this.x = tx;
    this.y = ty;
  }

  toString(): string {
    return this.data;
  }
}

/** A count of tenths as the shortest decimal: 5 → ".5", -12 → "-1.2", 30 → "3". */
function tenths(count: number): string {
  const sign = count < 0 ? "-" : "";
  const whole = Math.floor(Math.abs(count) / 10);
  const tenth = Math.abs(count) % 10;
  return `${sign}${whole === 0 && tenth !== 0 ? "" : whole}${tenth === 0 ? "" : `.${tenth}`}`;
}
