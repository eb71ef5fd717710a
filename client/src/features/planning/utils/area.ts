import type { Position } from 'geojson';

import type { AreaGeometry } from '@/api/types';

/** Why a text is not a usable plan area. */
export type AreaProblem = 'json' | 'type' | 'empty' | 'coordinates' | 'projected' | 'ring';

export type AreaParseResult =
  { ok: true; area: AreaGeometry } | { ok: false; problem: AreaProblem };

type PolygonCoordinates = Position[][];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class AreaError extends Error {
  constructor(readonly problem: AreaProblem) {
    super(problem);
  }
}

/** Coordinates are rounded to 7 decimals (about 1 cm), as more is only noise. */
const round = (value: number) => Math.round(value * 1e7) / 1e7;

function readPosition(value: unknown): Position {
  if (!Array.isArray(value) || value.length < 2) throw new AreaError('coordinates');
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number') throw new AreaError('coordinates');
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new AreaError('coordinates');
  // Metres (e.g. EPSG:25832, as in XPlanung) instead of degrees.
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) throw new AreaError('projected');
  return [round(lon), round(lat)];
}

function readRing(value: unknown): Position[] {
  if (!Array.isArray(value)) throw new AreaError('coordinates');
  const ring = value.map(readPosition);
  const first = ring[0];
  const last = ring[ring.length - 1];
  // Close an open ring, as drawing programs sometimes leave it open.
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([...first]);
  if (ring.length < 4) throw new AreaError('ring');
  return ring;
}

function readPolygon(value: unknown): PolygonCoordinates {
  if (!Array.isArray(value) || value.length === 0) throw new AreaError('coordinates');
  return value.map(readRing);
}

/** The polygons in any GeoJSON object: geometry, Feature, FeatureCollection, collection. */
function collectPolygons(value: unknown): PolygonCoordinates[] {
  if (!isRecord(value)) throw new AreaError('type');
  switch (value.type) {
    case 'Polygon':
      return [readPolygon(value.coordinates)];
    case 'MultiPolygon':
      if (!Array.isArray(value.coordinates)) throw new AreaError('coordinates');
      return value.coordinates.map(readPolygon);
    case 'Feature':
      return value.geometry === null ? [] : collectPolygons(value.geometry);
    case 'FeatureCollection':
      if (!Array.isArray(value.features)) throw new AreaError('type');
      return value.features.flatMap(collectPolygons);
    case 'GeometryCollection':
      if (!Array.isArray(value.geometries)) throw new AreaError('type');
      return value.geometries.flatMap(collectPolygons);
    default:
      throw new AreaError('type');
  }
}

/** Twice the signed area of a ring (shoelace); positive when counterclockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** RFC 7946 winding: the outer ring counterclockwise, holes clockwise. */
function rewind(polygon: PolygonCoordinates): PolygonCoordinates {
  return polygon.map((ring, index) => {
    const counterclockwise = signedArea(ring) > 0;
    return counterclockwise === (index === 0) ? ring : [...ring].reverse();
  });
}

/** One polygon stays a Polygon, several become a MultiPolygon (wound as RFC 7946 says). */
export function toArea(input: PolygonCoordinates[]): AreaGeometry | null {
  const polygons = input.map(rewind);
  if (polygons.length === 0) return null;
  if (polygons.length === 1 && polygons[0]) {
    return { type: 'Polygon', coordinates: polygons[0] };
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** The polygons of an area, each as its rings. */
export function areaPolygons(area: AreaGeometry): PolygonCoordinates[] {
  return area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
}

/**
 * Reads a plan area from GeoJSON text (RFC 7946, WGS84): a Polygon or MultiPolygon, or a
 * Feature or FeatureCollection of them (several polygons become one MultiPolygon).
 */
export function parseArea(text: string): AreaParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, problem: 'json' };
  }
  try {
    const area = toArea(collectPolygons(value));
    return area ? { ok: true, area } : { ok: false, problem: 'empty' };
  } catch (error) {
    if (error instanceof AreaError) return { ok: false, problem: error.problem };
    throw error;
  }
}

/** Number of polygons and of their corner points (closing points not counted twice). */
export function areaSize(area: AreaGeometry): { polygons: number; vertices: number } {
  const polygons = areaPolygons(area);
  const vertices = polygons.flat().reduce((sum, ring) => sum + Math.max(0, ring.length - 1), 0);
  return { polygons: polygons.length, vertices };
}

/** Pretty-printed GeoJSON of the area, for the text field. */
export function formatArea(area: AreaGeometry | null): string {
  return area ? JSON.stringify(area) : '';
}

/** [minLon, minLat, maxLon, maxLat] of the area. */
export function areaBBox(area: AreaGeometry): [number, number, number, number] {
  const positions = areaPolygons(area).flat(2);
  return positions.reduce<[number, number, number, number]>(
    ([minLon, minLat, maxLon, maxLat], [lon = 0, lat = 0]) => [
      Math.min(minLon, lon),
      Math.min(minLat, lat),
      Math.max(maxLon, lon),
      Math.max(maxLat, lat),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

export function sameArea(a: AreaGeometry | null, b: AreaGeometry | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
