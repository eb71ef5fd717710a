import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A few minutes for clocks that run ahead (a scanner's, a tablet's). */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** An ISO 8601 instant that is not in the future (constraint name `isNotInFuture`). */
export function IsNotInFuture(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isNotInFuture',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must not lie in the future', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || !(Date.parse(value) > Date.now() + CLOCK_SKEW_MS),
      },
    });
  };
}
