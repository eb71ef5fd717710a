import type { LatLngTuple } from 'leaflet';
import { describe, expect, it } from 'vitest';

import type { AreaGeometry } from '@/api/types';
import { isNearArea, verticesOutside } from '@/features/statements/utils/area-check';

/** About 278 m (west–east) by 334 m (south–north) in Essen. */
const SQUARE = {
  type: 'Polygon',
  coordinates: [
    [
      [7.012, 51.452],
      [7.016, 51.452],
      [7.016, 51.455],
      [7.012, 51.455],
      [7.012, 51.452],
    ],
  ],
} as AreaGeometry;

/** The square with a hole in its middle. */
const WITH_HOLE = {
  type: 'Polygon',
  coordinates: [
    ...(SQUARE.coordinates as number[][][]),
    [
      [7.0135, 51.453],
      [7.0145, 51.453],
      [7.0145, 51.454],
      [7.0135, 51.454],
      [7.0135, 51.453],
    ],
  ],
} as AreaGeometry;

// 1° of latitude is about 111.2 km: 0.001° ≈ 111 m.
const northOfSquare = (metres: number): LatLngTuple => [51.455 + metres / 111_195, 7.014];

describe('isNearArea', () => {
  it('accepts a point inside the area', () => {
    expect(isNearArea([51.4535, 7.014], SQUARE, 0)).toBe(true);
  });

  it('accepts a point outside within the buffer and refuses one beyond it', () => {
    expect(isNearArea(northOfSquare(240), SQUARE, 250)).toBe(true);
    expect(isNearArea(northOfSquare(260), SQUARE, 250)).toBe(false);
    expect(isNearArea(northOfSquare(10), SQUARE, 0)).toBe(false);
  });

  it('measures east–west distances with the shorter degrees of longitude', () => {
    // At 51.45° N, 0.001° of longitude is about 69 m.
    expect(isNearArea([51.4535, 7.0195], SQUARE, 250)).toBe(true);
    expect(isNearArea([51.4535, 7.02], SQUARE, 250)).toBe(false);
  });

  it('counts a hole as outside, measured to the hole’s edge', () => {
    expect(isNearArea([51.4535, 7.014], WITH_HOLE, 0)).toBe(false);
    expect(isNearArea([51.4535, 7.014], WITH_HOLE, 60)).toBe(true);
  });

  it('checks every polygon of a multipolygon', () => {
    const multi = {
      type: 'MultiPolygon',
      coordinates: [
        SQUARE.coordinates,
        [
          [
            [7.1, 51.5],
            [7.101, 51.5],
            [7.101, 51.501],
            [7.1, 51.5],
          ],
        ],
      ],
    } as AreaGeometry;
    expect(isNearArea([51.5009, 7.1001], multi, 0)).toBe(false);
    expect(isNearArea([51.5001, 7.1009], multi, 0)).toBe(true);
    expect(isNearArea([51.4535, 7.014], multi, 0)).toBe(true);
  });
});

describe('verticesOutside', () => {
  it('lists only the vertices beyond the buffer', () => {
    const far = northOfSquare(400);
    expect(verticesOutside([[51.4535, 7.014], far], SQUARE, 250)).toEqual([far]);
  });
});
