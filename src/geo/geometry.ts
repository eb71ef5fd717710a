import bbox from '@turf/bbox';
import booleanIntersects from '@turf/boolean-intersects';
import bboxPolygon from '@turf/bbox-polygon';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { ringsProblem } from './simple-rings.js';

/**
 * Vertices a plan area may have (all rings together). A Geltungsbereich drawn by a surveyor has
 * a few hundred; 5,000 leaves room for detailed imports and keeps one validation in the
 * low milliseconds (docs/architecture.md, "Input limits").
 */
export const MAX_AREA_VERTICES = 5000;

/** [minLon, minLat, maxLon, maxLat] in WGS84, as in RFC 7946 §5. */
export type BBox2D = [number, number, number, number];

export type AreaGeometry = Polygon | MultiPolygon;

export function boundingBox(geometry: Geometry): BBox2D {
  const [minX, minY, maxX, maxY] = bbox(geometry);
  return [minX, minY, maxX, maxY];
}

export function intersectsBox(geometry: Geometry, box: BBox2D): boolean {
  return booleanIntersects(geometry, bboxPolygon(box).geometry);
}

/**
 * Why a geometry cannot be an area, or null when it can: wrong type, more than `maxVertices`
 * positions, coordinates that are not WGS84 longitude/latitude numbers, unclosed or too short
 * rings, rings without area, self-intersections. Linear in the size of the value up to the
 * vertex cap, O(n log n) after it (simple-rings.ts).
 */
export function areaProblem(value: unknown, maxVertices = MAX_AREA_VERTICES): string | null {
  if (typeof value !== 'object' || value === null) return 'not_an_object';
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') return 'wrong_type';
  const polygons: unknown = type === 'Polygon' ? [coordinates] : coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) return 'no_coordinates';
  if (vertexCount(polygons) > maxVertices) return 'too_many_positions';
  for (const rings of polygons) {
    if (!Array.isArray(rings) || rings.length === 0) return 'no_coordinates';
    for (const ring of rings) {
      if (!Array.isArray(ring) || ring.length < 4) return 'ring_too_short';
      if (!ring.every(isPosition)) return 'invalid_position';
      const first = ring[0] as Position;
      const last = ring[ring.length - 1] as Position;
      if (first[0] !== last[0] || first[1] !== last[1]) return 'ring_not_closed';
    }
  }
  return ringsProblem(polygons as Position[][][]);
}

/** Positions in polygons → rings → positions (only arrays count; the shape is checked later). */
function vertexCount(polygons: unknown[]): number {
  let count = 0;
  for (const rings of polygons) {
    if (!Array.isArray(rings)) continue;
    for (const ring of rings) if (Array.isArray(ring)) count += ring.length;
  }
  return count;
}

function isPosition(p: unknown): boolean {
  return (
    Array.isArray(p) &&
    (p.length === 2 || p.length === 3) &&
    p.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    Math.abs(p[0] as number) <= 180 &&
    Math.abs(p[1] as number) <= 90
  );
}
