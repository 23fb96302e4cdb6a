// What a page fetches of a chart after its first round trip (see figurePartsUrl): the wide drawing,
// for wide screens only; the tooltip points of both drawings, for the first hover, touch or focus;
// and the phone drawing, for the chart gallery's thumbnails below the first ones.
import type { FigureModel } from "../../charts/figure";
import type { PlacedPoint } from "../../charts/kit/types";

/** The JSON of /charts/<id>/parts.<locale>.json (read by src/client/figure-parts.ts). */
export interface FigureParts {
  /** The wide drawing's SVG markup, exactly as a page would have printed it. */
  wide: string;
  /** The phone drawing's. */
  narrow: string;
  points: { narrow: PlacedPoint[]; wide: PlacedPoint[] };
}

/** The parts of one figure model. */
export function figureParts(figure: FigureModel): FigureParts {
  return { wide: figure.svg.wide, narrow: figure.svg.narrow, points: figure.points };
}
