import { densifyArcString, densifyCircle } from './gml-geometry.js';

const radiusOf = (points: number[][], cx: number, cy: number) =>
  points.map(([x = 0, y = 0]) => Math.hypot(x - cx, y - cy));

describe('arc densification', () => {
  it('follows a counter-clockwise arc through its middle point', () => {
    // From east to west over the north of a circle of radius 10 around the origin.
    const points = densifyArcString([
      [10, 0],
      [0, 10],
      [-10, 0],
    ]);
    expect(points[0]).toEqual([10, 0]);
    expect(points[points.length - 1]).toEqual([-10, 0]);
    expect(points).toHaveLength(37); // 180° in 5° steps
    for (const r of radiusOf(points, 0, 0)) expect(r).toBeCloseTo(10, 9);
    for (const [, y = 0] of points) expect(y).toBeGreaterThanOrEqual(0);
  });

  it('follows a clockwise arc through its middle point', () => {
    // From east to west over the south.
    const points = densifyArcString([
      [10, 0],
      [0, -10],
      [-10, 0],
    ]);
    for (const [, y = 0] of points) expect(y).toBeLessThanOrEqual(1e-9);
    expect(points[points.length - 1]).toEqual([-10, 0]);
  });

  it('takes the long way round when the middle point says so', () => {
    // A 270° arc from east, via south and west, to north.
    const points = densifyArcString([
      [10, 0],
      [-10, 0],
      [0, 10],
    ]);
    expect(points).toHaveLength(55); // 270° in 5° steps
    expect(points.some(([, y = 0]) => y < -9.9)).toBe(true);
  });

  it('chains the arcs of an ArcString and treats collinear points as a line', () => {
    const points = densifyArcString([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 1],
      [4, 0],
    ]);
    expect(points.slice(0, 3)).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
    ]);
    expect(points[points.length - 1]).toEqual([4, 0]);
    expect(() =>
      densifyArcString([
        [0, 0],
        [1, 1],
      ]),
    ).toThrow();
  });

  it('closes a circle where it starts', () => {
    const points = densifyCircle([
      [10, 0],
      [0, 10],
      [-10, 0],
    ]);
    expect(points[0]).toEqual([10, 0]);
    expect(points[points.length - 1]).toEqual([10, 0]);
    expect(points).toHaveLength(73); // 360° in 5° steps, plus the start again
    for (const r of radiusOf(points, 0, 0)) expect(r).toBeCloseTo(10, 9);
  });
});
