import { registerDecorator, ValidationOptions } from 'class-validator';
import type { BBox2D } from './geometry.js';

/** "minLon,minLat,maxLon,maxLat" → numbers; anything else is left for the validator to refuse. */
export function parseBBox(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const parts = value.split(',');
  if (parts.length !== 4 || parts.some((p) => p.trim() === '')) return value;
  const numbers = parts.map(Number);
  return numbers.every(Number.isFinite) ? numbers : value;
}

export function isBBox(value: unknown): value is BBox2D {
  if (!Array.isArray(value) || value.length !== 4) return false;
  if (!value.every((n) => typeof n === 'number' && Number.isFinite(n))) return false;
  const [minLon, minLat, maxLon, maxLat] = value as number[];
  return (
    minLon >= -180 &&
    maxLon <= 180 &&
    minLat >= -90 &&
    maxLat <= 90 &&
    minLon <= maxLon &&
    minLat <= maxLat
  );
}

export function IsBBox(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isBBox',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: 'bbox must be minLon,minLat,maxLon,maxLat in WGS84 with min <= max',
        ...options,
      },
      validator: { validate: isBBox },
    });
}
