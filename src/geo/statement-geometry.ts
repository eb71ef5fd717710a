import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointOnFeature from '@turf/point-on-feature';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import type { Geometry, LineString, Point, Polygon, Position } from 'geojson';
import { areaProblem, type AreaGeometry } from './geometry.js';
import { lineCrossesItself } from './simple-rings.js';

export type StatementGeometry = Point | LineString | Polygon;

/** Vertices a statement's geometry may have; a sketch on a map needs far fewer. */
export const MAX_STATEMENT_VERTICES = 2000;

function isPosition(p: unknown): p is Position {
  return (
    Array.isArray(p) &&
    (p.length === 2 || p.length === 3) &&
    p.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    Math.abs(p[0] as number) <= 180 &&
    Math.abs(p[1] as number) <= 90
  );
}

/** Why a value cannot be a statement's location, or null: Point, LineString or Polygon only. */
export function statementGeometryProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not_an_object';
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  switch (type) {
    case 'Point':
      return isPosition(coordinates) ? null : 'invalid_position';
    case 'LineString': {
      if (!Array.isArray(coordinates) || coordinates.length < 2) return 'too_few_positions';
      if (coordinates.length > MAX_STATEMENT_VERTICES) return 'too_many_positions';
      if (!coordinates.every(isPosition)) return 'invalid_position';
      return lineCrossesItself((value as LineString).coordinates) ? 'self_intersection' : null;
    }
    case 'Polygon': {
      return areaProblem(value, MAX_STATEMENT_VERTICES);
    }
    default:
      return 'wrong_type';
  }
}

function positionsOf(geometry: StatementGeometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
      return geometry.coordinates;
    case 'Polygon':
      return geometry.coordinates.flat();
  }
}

/**
 * Whether every vertex lies in the area or at most `bufferMetres` outside it. (Vertices, not
 * edges: a sketch drawn across a corner of the area is still about the plan.)
 */
export function withinArea(
  geometry: StatementGeometry,
  area: AreaGeometry,
  bufferMetres: number,
): boolean {
  return positionsOf(geometry).every((position) => {
    const point: Point = { type: 'Point', coordinates: [position[0], position[1]] };
    if (booleanPointInPolygon(point, area)) return true;
    return pointToPolygonDistance(point, area, { units: 'meters' }) <= bufferMetres;
  });
}

/** A point on the geometry (inside for polygons), for the map index and clustering. */
export function representativePoint(geometry: Geometry): [number, number] {
  const [lon, lat] = pointOnFeature(geometry).geometry.coordinates;
  return [lon, lat];
}
