import { registerDecorator, type ValidationOptions } from 'class-validator';
import { MAX_STATEMENT_VERTICES, statementGeometryProblem } from './statement-geometry.js';

/** A GeoJSON Point, LineString or Polygon in WGS84 that is valid. */
export function IsStatementGeometry(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isStatementGeometry',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (args) =>
          `${args.property} is not a valid GeoJSON Point, LineString or Polygon of at most ${MAX_STATEMENT_VERTICES} positions (${String(statementGeometryProblem(args.value))})`,
        ...options,
      },
      validator: { validate: (value: unknown) => statementGeometryProblem(value) === null },
    });
}
