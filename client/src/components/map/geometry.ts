import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LatLngBoundsLiteral, LatLngTuple } from 'leaflet';

import type { BBox } from '@/api/types';

const toLatLng = (position: Position): LatLngTuple => [position[1] ?? NaN, position[0] ?? NaN];
const ringToLatLngs = (ring: Position[]): LatLngTuple[] => ring.map(toLatLng);

/** GeoJSON ([lng, lat]) Polygon/MultiPolygon coordinates as Leaflet ([lat, lng]) positions. */
export function toLatLngs(geometry: Polygon | MultiPolygon): LatLngTuple[][] | LatLngTuple[][][] {
  return geometry.type === 'Polygon'
    ? geometry.coordinates.map(ringToLatLngs)
    : geometry.coordinates.map((polygon) => polygon.map(ringToLatLngs));
}

/** The smallest box around all given boxes, or null for none. */
export function unionBBox(boxes: readonly BBox[]): BBox | null {
  if (boxes.length === 0) return null;
  return boxes.reduce<BBox>(
    (acc, [minLon, minLat, maxLon, maxLat]) => [
      Math.min(acc[0], minLon),
      Math.min(acc[1], minLat),
      Math.max(acc[2], maxLon),
      Math.max(acc[3], maxLat),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

export function bboxToBounds([minLon, minLat, maxLon, maxLat]: BBox): LatLngBoundsLiteral {
  return [
    [minLat, minLon],
    [maxLat, maxLon],
  ];
}
