import type { Position } from 'geojson';

/** A closed ring of `n` vertices on a small circle inside the test plan area (Essen). */
export function circleRing(n: number, cx = 7.005, cy = 51.435, radius = 0.004): Position[] {
  const points = Array.from({ length: n }, (_, i) => [
    cx + radius * Math.cos((2 * Math.PI * i) / n),
    cy + radius * Math.sin((2 * Math.PI * i) / n),
  ]);
  return [...points, points[0]];
}

/** A JSON object of `n` unknown keys (about 11 bytes each): the anonymous CPU burn of item 15. */
export function unknownKeysBody(n: number): string {
  return JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 1])));
}
