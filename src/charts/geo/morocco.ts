// Morocco's 12 regions and 75 prefectures/provinces as GeoJSON, read once from the project's
// TopoJSON (data/geo/morocco-regions.topo.json, © OpenStreetMap contributors, ODbL 1.0).
// Morocco is drawn whole, as the file has it: there is no line inside the southern regions.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { feature, mesh, merge } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type { Topology, GeometryCollection, GeometryObject, Polygon as TopoPolygon, MultiPolygon as TopoMultiPolygon } from "topojson-specification";
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from "geojson";

/** Properties of a region shape in the map file. */
export interface RegionShapeProps {
  code: string;
  name_fr: string;
  name_ar: string;
}

/** Properties of a prefecture/province shape in the map file. */
export interface ProvinceShapeProps extends RegionShapeProps {
  region: string;
  type: string;
}

type MoroccoTopology = Topology<{
  regions: GeometryCollection<RegionShapeProps>;
  provinces: GeometryCollection<ProvinceShapeProps>;
}>;

/** A region's shape as GeoJSON. */
export type RegionFeature = Feature<Polygon | MultiPolygon, RegionShapeProps>;

/** Everything the maps draw, in longitude/latitude. */
export interface MoroccoGeo {
  regions: FeatureCollection<Polygon | MultiPolygon, RegionShapeProps>;
  provinces: FeatureCollection<Polygon | MultiPolygon, ProvinceShapeProps>;
  /** Borders between provinces that are not region borders: the finer layer. */
  provinceBorders: MultiLineString;
  /** Borders between regions only (no coastline or outer frontier). */
  regionBorders: MultiLineString;
  /** The country as one shape. */
  outline: MultiPolygon;
}

/** Where the map file lives; read from the project root (process.cwd()), so it works in the build too. */
export function mapFilePath(): string {
  return join(process.cwd(), "data", "geo", "morocco-regions.topo.json");
}

let topologyRead: MoroccoTopology | undefined;
let cached: MoroccoGeo | undefined;
let presimplified: MoroccoTopology | undefined;
const cachedAtScale = new Map<number, MoroccoGeo>();

/**
 * Detail smaller than this many square pixels where it is drawn is left out of a drawn map: no
 * screen shows it, and it was half of a map's bytes. A point goes when the triangle it makes with
 * its neighbours (Visvalingam's effective area) is smaller; borders are shared arcs in the map
 * file, so neighbouring regions still meet exactly.
 */
export const UNSEEN_DETAIL_SQUARE_PIXELS = 0.25;

function readTopology(): MoroccoTopology {
  topologyRead ??= JSON.parse(readFileSync(mapFilePath(), "utf8")) as MoroccoTopology;
  return topologyRead;
}

/** The region code a province shape belongs to. */
function regionOf(shape: GeometryObject<object>): string | undefined {
  return (shape.properties as Partial<ProvinceShapeProps> | undefined)?.region;
}

function geoOf(topology: MoroccoTopology): MoroccoGeo {
  const { regions, provinces } = topology.objects;
  return {
    regions: feature(topology, regions) as MoroccoGeo["regions"],
    provinces: feature(topology, provinces) as MoroccoGeo["provinces"],
    provinceBorders: mesh(topology, provinces, (a, b) => a !== b && regionOf(a) === regionOf(b)),
    regionBorders: mesh(topology, regions, (a, b) => a !== b),
    outline: merge(topology, regions.geometries as (TopoPolygon | TopoMultiPolygon)[]),
  };
}

/** Loads and converts the map file once per process, at the file's full detail. */
export function moroccoGeo(): MoroccoGeo {
  cached ??= geoOf(readTopology());
  return cached;
}

/**
 * The map with the detail no screen shows at `pixelsPerDegree` left out (see
 * UNSEEN_DETAIL_SQUARE_PIXELS): for drawing, not for geometry tests such as which region holds a
 * point.
 */
export function moroccoGeoAt(pixelsPerDegree: number): MoroccoGeo {
  const hit = cachedAtScale.get(pixelsPerDegree);
  if (hit) return hit;
  presimplified ??= presimplify(readTopology());
  // The file's coordinates are degrees, so a triangle's area is in square degrees.
  const minArea = UNSEEN_DETAIL_SQUARE_PIXELS / pixelsPerDegree ** 2;
  const geo = geoOf(simplify(presimplified, minArea));
  cachedAtScale.set(pixelsPerDegree, geo);
  return geo;
}

/** The shape of one region by ISO code; throws on an unknown code so a typo fails the build. */
export function regionFeature(code: string): RegionFeature {
  const found = moroccoGeo().regions.features.find((f) => f.properties.code === code);
  if (!found) throw new Error(`No region ${code} in ${mapFilePath()}`);
  return found;
}
