import type { LatLngTuple } from 'leaflet';

import type { GeometryKind, LonLat, StatementGeometry } from '@/features/statements/types';

/** Vertices a shape needs: a point 1, a line 2, an area 3. */
export const MIN_VERTICES: Record<GeometryKind, number> = { Point: 1, LineString: 2, Polygon: 3 };

const round = (value: number): number => Math.round(value * 1e7) / 1e7;
const toPosition = ([lat, lng]: LatLngTuple): LonLat => [round(lng), round(lat)];

/**
 * The drawn shape as RFC 7946 geometry ([lon, lat], WGS84), or null while it has too few
 * vertices. A polygon's ring is closed here; the person never has to click the first vertex.
 */
export function toGeometry(
  kind: GeometryKind,
  vertices: readonly LatLngTuple[],
): StatementGeometry | null {
  if (vertices.length < MIN_VERTICES[kind]) return null;
  switch (kind) {
    case 'Point': {
      const last = vertices[vertices.length - 1];
      return last ? { type: 'Point', coordinates: toPosition(last) } : null;
    }
    case 'LineString':
      return { type: 'LineString', coordinates: vertices.map(toPosition) };
    case 'Polygon': {
      const ring = vertices.map(toPosition);
      const first = ring[0];
      return first ? { type: 'Polygon', coordinates: [[...ring, first]] } : null;
    }
  }
}

/** [lon, lat] → Leaflet [lat, lng] */
export const toLatLng = ([lon, lat]: LonLat): LatLngTuple => [lat, lon];
