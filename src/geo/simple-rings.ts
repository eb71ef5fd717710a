import type { Position } from 'geojson';
import noIntersections from 'shamos-hoey';

export type RingProblem = 'self_intersection' | 'zero_area';

/**
 * A ring whose shoelace area is below this share of its squared extent is treated as having no
 * area: collinear rings come out as rounding noise (~1e-16), real slivers far above it.
 */
const ZERO_AREA_RATIO = 1e-12;

/**
 * Whether the rings of an area (polygons → rings → closed positions, already checked to be
 * closed WGS84 positions) form valid polygons, in O(n log n) for n vertices:
 * - O(n): every ring encloses an area (no collinear ring), has no spike (a segment that turns
 *   straight back) and visits no vertex twice (a ring touching itself or another ring of the
 *   same polygon);
 * - O(n log n): no two segments of the whole area cross, by the Shamos–Hoey sweep line
 *   (`shamos-hoey`, which skips pairs that share an endpoint: those are the vertex checks).
 * Polygons of a MultiPolygon may share vertices and edges (neighbouring parcels) but not cross.
 */
export function ringsProblem(polygons: Position[][][]): RingProblem | null {
  const cleaned: Position[][][] = [];
  let zeroArea = false;
  for (const rings of polygons) {
    const polygon: Position[][] = [];
    for (const ring of rings) {
      const points = withoutRepeats(ring);
      if (points.length < 3) return 'zero_area';
      // A bow tie's lobes cancel out too: crossing is the better answer, so decide at the end.
      zeroArea ||= hasZeroArea(points);
      if (hasSpike(points)) return 'self_intersection';
      polygon.push([...points, points[0]]);
    }
    if (visitsVertexTwice(polygon)) return 'self_intersection';
    cleaned.push(polygon);
  }
  if (!noIntersections({ type: 'MultiPolygon', coordinates: cleaned })) return 'self_intersection';
  return zeroArea ? 'zero_area' : null;
}

/** Whether a line crosses itself (O(n log n)); a sketch may touch itself. */
export function lineCrossesItself(line: Position[]): boolean {
  return !noIntersections({ type: 'LineString', coordinates: withoutRepeats(line, false) });
}

/** The ring's vertices without consecutive repeats and (for a ring) without the closing one. */
function withoutRepeats(ring: Position[], closed = true): Position[] {
  const points: Position[] = [];
  for (const p of ring) {
    const last = points[points.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push([p[0], p[1]]);
  }
  if (closed && points.length > 1) {
    const [first, last] = [points[0], points[points.length - 1]];
    if (first[0] === last[0] && first[1] === last[1]) points.pop();
  }
  return points;
}

/** Whether two vertices of a polygon's rings (closing vertices aside) coincide: by sorting. */
function visitsVertexTwice(rings: Position[][]): boolean {
  const points = rings.flatMap((ring) => ring.slice(0, -1));
  const xs = Float64Array.from(points, (p) => p[0]);
  const ys = Float64Array.from(points, (p) => p[1]);
  const order = Uint32Array.from(points.keys()).sort((a, b) => xs[a] - xs[b] || ys[a] - ys[b]);
  for (let i = 1; i < order.length; i++)
    if (xs[order[i]] === xs[order[i - 1]] && ys[order[i]] === ys[order[i - 1]]) return true;
  return false;
}

/** Shoelace area relative to the ring's extent, computed around the first vertex. */
function hasZeroArea(points: Position[]): boolean {
  const [x0, y0] = points[0];
  let twiceArea = 0;
  let [minX, minY, maxX, maxY] = [0, 0, 0, 0];
  for (let i = 0; i < points.length; i++) {
    const [ax, ay] = [points[i][0] - x0, points[i][1] - y0];
    const next = points[(i + 1) % points.length];
    const [bx, by] = [next[0] - x0, next[1] - y0];
    twiceArea += ax * by - bx * ay;
    [minX, minY, maxX, maxY] = [
      Math.min(minX, ax),
      Math.min(minY, ay),
      Math.max(maxX, ax),
      Math.max(maxY, ay),
    ];
  }
  const extent = (maxX - minX) ** 2 + (maxY - minY) ** 2;
  return Math.abs(twiceArea) <= ZERO_AREA_RATIO * extent;
}

/** A vertex where the ring turns straight back on itself (a → b → back towards a). */
function hasSpike(points: Position[]): boolean {
  const n = points.length;
  for (let i = 0; i < n; i++) {
    const [a, b, c] = [points[i], points[(i + 1) % n], points[(i + 2) % n]];
    const [ux, uy, vx, vy] = [b[0] - a[0], b[1] - a[1], c[0] - b[0], c[1] - b[1]];
    if (ux * vy - uy * vx === 0 && ux * vx + uy * vy < 0) return true;
  }
  return false;
}
