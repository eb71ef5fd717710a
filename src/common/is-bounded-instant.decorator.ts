import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Years an instant given by a client may lie in: a reference or a deadline needs four digits. */
export const INSTANT_MIN_YEAR = 1900;
export const INSTANT_MAX_YEAR = 2999;

/**
 * An ISO 8601 instant (checked by `@IsISO8601` beside it) whose year lies in 1900–2999, so that
 * `9999-12-31T23:59:59+14:00` (year 10000 in UTC) or year 0001 never reach the database.
 */
export function IsBoundedInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBoundedInstant',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const time = Date.parse(value);
          if (Number.isNaN(time)) return false;
          const year = new Date(time).getUTCFullYear();
          return year >= INSTANT_MIN_YEAR && year <= INSTANT_MAX_YEAR;
        },
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must lie between ${INSTANT_MIN_YEAR} and ${INSTANT_MAX_YEAR}`,
      },
    },
    options,
  );
}
