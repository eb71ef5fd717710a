import type { AreaGeometry, BBox } from '@/api/types';

/**
 * The area filter from the URL: a GeoJSON Polygon or MultiPolygon, else null. Only the shape
 * is checked here; the server validates the geometry and answers 400 naming `area`.
 */
export function parseAreaParam(value: string | null): AreaGeometry | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { type, coordinates } = parsed as Record<string, unknown>;
    if ((type === 'Polygon' || type === 'MultiPolygon') && Array.isArray(coordinates)) {
      return parsed as AreaGeometry;
    }
  } catch {
    // not JSON: no area
  }
  return null;
}

/** The rectangle of a box as a Polygon (RFC 7946 winding: counterclockwise). */
export function bboxPolygon([minLon, minLat, maxLon, maxLat]: BBox): AreaGeometry {
  const r = (n: number) => Math.round(n * 1e6) / 1e6;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [r(minLon), r(minLat)],
        [r(maxLon), r(minLat)],
        [r(maxLon), r(maxLat)],
        [r(minLon), r(maxLat)],
        [r(minLon), r(minLat)],
      ],
    ],
  };
}
