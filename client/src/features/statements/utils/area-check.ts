import type { LatLngTuple } from 'leaflet';

import type { AreaGeometry } from '@/api/types';

type Ring = readonly (readonly number[])[];

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Ray casting: whether [lon, lat] lies inside the closed ring. */
function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/**
 * Metres from the point to the nearest edge of the ring, on a local flat projection around the
 * point (exact enough for the few hundred metres of a buffer).
 */
function distanceToRing(lon: number, lat: number, ring: Ring): number {
  const scaleX = EARTH_RADIUS_M * RAD * Math.cos(lat * RAD);
  const scaleY = EARTH_RADIUS_M * RAD;
  let best = Infinity;
  for (let i = 1; i < ring.length; i++) {
    const [ax = 0, ay = 0] = ring[i - 1] ?? [];
    const [bx = 0, by = 0] = ring[i] ?? [];
    const x1 = (ax - lon) * scaleX;
    const y1 = (ay - lat) * scaleY;
    const dx = (bx - ax) * scaleX;
    const dy = (by - ay) * scaleY;
    const length = dx * dx + dy * dy;
    const t = length === 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / length));
    best = Math.min(best, Math.hypot(x1 + t * dx, y1 + t * dy));
  }
  return best;
}

function polygonsOf(area: AreaGeometry): Ring[][] {
  return area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
}

/**
 * Whether a vertex ([lat, lng], as Leaflet gives it) lies in the plan area or at most
 * `bufferMetres` outside it – the server's rule (src/geo/statement-geometry.ts `withinArea`),
 * checked when the place is set so that nobody learns of it only on sending.
 */
export function isNearArea(
  [lat, lon]: LatLngTuple,
  area: AreaGeometry,
  bufferMetres: number,
): boolean {
  let nearest = Infinity;
  for (const [outer, ...holes] of polygonsOf(area)) {
    if (!outer) continue;
    const inHole = holes.some((hole) => inRing(lon, lat, hole));
    if (inRing(lon, lat, outer) && !inHole) return true;
    for (const ring of [outer, ...holes])
      nearest = Math.min(nearest, distanceToRing(lon, lat, ring));
  }
  return nearest <= bufferMetres;
}

/** The vertices that lie too far outside the plan area. */
export function verticesOutside(
  vertices: readonly LatLngTuple[],
  area: AreaGeometry,
  bufferMetres: number,
): LatLngTuple[] {
  return vertices.filter((vertex) => !isNearArea(vertex, area, bufferMetres));
}
