import { registerDecorator, type ValidationOptions } from 'class-validator';
import { areaProblem, MAX_AREA_VERTICES } from './geometry.js';

/** A GeoJSON Polygon or MultiPolygon in WGS84 with valid, closed, non-crossing rings. */
export function IsAreaGeometry(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isAreaGeometry',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (args) =>
          `${args.property} is not a valid GeoJSON Polygon or MultiPolygon of at most ${MAX_AREA_VERTICES} positions (${String(areaProblem(args.value))})`,
        ...options,
      },
      validator: { validate: (value: unknown) => areaProblem(value) === null },
    });
}
