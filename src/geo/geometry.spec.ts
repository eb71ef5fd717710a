import { boxTransformer } from './box-column.js';
import { areaProblem, boundingBox, intersectsBox } from './geometry.js';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [7, 51],
      [7.1, 51],
      [7.1, 51.1],
      [7, 51.1],
      [7, 51],
    ],
  ],
};

describe('geometry', () => {
  it('computes the bounding box of a polygon', () => {
    expect(boundingBox(square)).toEqual([7, 51, 7.1, 51.1]);
  });

  it('intersects exactly, not only by bounding box', () => {
    // An L-shaped area whose bounding box covers the test box but whose shape does not.
    const l = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 0.5],
          [0.5, 0.5],
          [0.5, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(intersectsBox(l, [1, 1, 1.5, 1.5])).toBe(false);
    expect(intersectsBox(l, [1, 0.2, 1.5, 0.3])).toBe(true);
  });

  it.each([
    [null, 'not_an_object'],
    [{ type: 'Point', coordinates: [7, 51] }, 'wrong_type'],
    [{ type: 'Polygon', coordinates: [] }, 'no_coordinates'],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [7, 51],
            [7.1, 51],
            [7, 51],
          ],
        ],
      },
      'ring_too_short',
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [7, 51],
            [7.1, 51],
            [7.1, 51.1],
            [7, 51.2],
          ],
        ],
      },
      'ring_not_closed',
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [7, 51],
            [7.1, 'x'],
            [7.1, 51.1],
            [7, 51],
          ],
        ],
      },
      'invalid_position',
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [700, 51],
            [7.1, 51],
            [7.1, 51.1],
            [700, 51],
          ],
        ],
      },
      'invalid_position',
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [1, 0],
            [0, 1],
            [0, 0],
          ],
        ],
      },
      'self_intersection',
    ],
  ])('rejects %j as %s', (value, problem) => {
    expect(areaProblem(value)).toBe(problem);
  });

  it('accepts a valid polygon and multipolygon', () => {
    expect(areaProblem(square)).toBeNull();
    expect(areaProblem({ type: 'MultiPolygon', coordinates: [square.coordinates] })).toBeNull();
  });

  it('round-trips a box through PostgreSQL text form', () => {
    expect(boxTransformer.to([6.95, 51.4, 7.05, 51.5])).toBe('(6.95,51.4),(7.05,51.5)');
    expect(boxTransformer.from('(7.05,51.5),(6.95,51.4)')).toEqual([6.95, 51.4, 7.05, 51.5]);
  });
});
