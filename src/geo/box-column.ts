import type { ValueTransformer } from 'typeorm';
import type { BBox2D } from './geometry.js';

/**
 * Maps a bounding box to PostgreSQL's core `box` type, which a GiST index answers `&&`
 * (overlaps) queries from; PostgreSQL prints boxes as "(maxX,maxY),(minX,minY)".
 */
export const boxTransformer: ValueTransformer = {
  to: (value: BBox2D | null | undefined) =>
    value ? `(${value[0]},${value[1]}),(${value[2]},${value[3]})` : value,
  from: (value: string | null): BBox2D | null => {
    if (value === null || value === undefined) return null;
    const n = (value.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/gi) ?? []).map(Number);
    return [Math.min(n[0], n[2]), Math.min(n[1], n[3]), Math.max(n[0], n[2]), Math.max(n[1], n[3])];
  },
};
