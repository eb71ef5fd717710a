import booleanValid from '@turf/boolean-valid';
import kinks from '@turf/kinks';
import type { Polygon, Position } from 'geojson';
import { areaProblem, MAX_AREA_VERTICES } from './geometry.js';
import { lineCrossesItself, ringsProblem } from './simple-rings.js';

/** A closed ring of `n` vertices on a circle, optionally with a radius that wobbles. */
function circle(n: number, wobble = 0, cx = 7, cy = 51.4): Position[] {
  const points = Array.from({ length: n }, (_, i) => {
    const angle = (2 * Math.PI * i) / n;
    const r = 0.01 * (1 + wobble * Math.sin(7 * angle));
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  });
  return [...points, points[0]];
}

/** A deterministic pseudo-random generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('ringsProblem (sweep line)', () => {
  it('accepts simple rings, holes and neighbouring parcels that share an edge', () => {
    const hole = circle(12, 0, 7, 51.4).map(([x, y]) => [7 + (x - 7) / 3, 51.4 + (y - 51.4) / 3]);
    expect(ringsProblem([[circle(50, 0.2), hole.reverse()]])).toBeNull();
    const left = [
      [7, 51],
      [7.1, 51],
      [7.1, 51.1],
      [7, 51.1],
      [7, 51],
    ];
    const right = left.map(([x, y]) => [x + 0.1, y]);
    expect(ringsProblem([[left], [right]])).toBeNull();
  });

  it.each([
    [
      'a spike',
      [
        [0, 0],
        [2, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
      'self_intersection',
    ],
    [
      'a figure eight through a vertex',
      [
        [0, 0],
        [1, 1],
        [2, 0],
        [2, 2],
        [1, 1],
        [0, 2],
        [0, 0],
      ],
      'self_intersection',
    ],
    [
      'a collinear ring',
      [
        [7, 51],
        [7.001, 51.001],
        [7.003, 51.003],
        [7, 51],
      ],
      'zero_area',
    ],
  ])('refuses %s', (_name, ring, problem) => {
    expect(ringsProblem([[ring]])).toBe(problem);
  });

  it('refuses a hole that crosses its shell and parcels that cross each other', () => {
    const shell = circle(40);
    const crossing = circle(40, 0, 7.015, 51.4);
    expect(ringsProblem([[shell, crossing]])).toBe('self_intersection');
    expect(ringsProblem([[shell], [crossing]])).toBe('self_intersection');
  });

  it("agrees with Turf's quadratic checks on 300 random polygons", () => {
    const next = random(42);
    let invalid = 0;
    for (let i = 0; i < 300; i++) {
      const n = 4 + Math.floor(next() * 12);
      const points = Array.from({ length: n }, () => [
        Math.round(next() * 1000) / 1000,
        Math.round(next() * 1000) / 1000,
      ]);
      const polygon: Polygon = { type: 'Polygon', coordinates: [[...points, points[0]]] };
      const turf = booleanValid(polygon) && kinks(polygon).features.length === 0;
      const ours = ringsProblem([polygon.coordinates]) === null;
      if (!turf) invalid += 1;
      expect({ ring: points, valid: ours }).toEqual({ ring: points, valid: turf });
    }
    expect(invalid).toBeGreaterThan(100);
  });

  it('finds a crossing line', () => {
    expect(
      lineCrossesItself([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
      ]),
    ).toBe(true);
    expect(lineCrossesItself(circle(30).slice(0, 20))).toBe(false);
  });
});

describe('areaProblem limits', () => {
  it(`refuses more than ${MAX_AREA_VERTICES} vertices before looking at them`, () => {
    expect(areaProblem({ type: 'Polygon', coordinates: [circle(MAX_AREA_VERTICES - 1)] })).toBe(
      null,
    );
    expect(areaProblem({ type: 'Polygon', coordinates: [circle(MAX_AREA_VERTICES + 1)] })).toBe(
      'too_many_positions',
    );
  });

  it('refuses a ring without area', () => {
    const line = {
      type: 'Polygon',
      coordinates: [
        [
          [7, 51],
          [7.01, 51.01],
          [7.02, 51.02],
          [7, 51],
        ],
      ],
    };
    expect(areaProblem(line)).toBe('zero_area');
  });
});
