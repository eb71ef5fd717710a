import { ParseUUIDPipe, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { AppError } from './errors/app-error.js';
import { toFieldErrors } from './errors/validation-messages.js';

/** Where @nestjs/swagger keeps each DTO property's `@ApiProperty` options (its DECORATORS). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

/** Whether the DTO documents `key` as nullable (`@ApiProperty({ nullable: true })`). */
function isNullable(dto: object, key: string): boolean {
  const options: unknown = Reflect.getMetadata(API_MODEL_PROPERTIES, dto, key);
  return (options as { nullable?: unknown } | undefined)?.nullable === true;
}

/** A DTO instance built by class-transformer (not a plain object such as a GeoJSON value). */
function isDto(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype !== Object.prototype && prototype !== null;
}

/**
 * The fields that are `null` without being nullable by design. One rule for every DTO: `null`
 * is refused unless the OpenAPI document says the field is nullable, so that `@IsOptional()`
 * (which lets null through, as PartialType does for every field) can never carry a null to a
 * NOT NULL column. Nested DTOs (also in arrays) are checked the same way.
 */
export function nullFieldErrors(dto: object): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const [key, value] of Object.entries(dto)) {
    if (value === null) {
      if (!isNullable(dto, key))
        errors.push({
          property: key,
          constraints: { isNotNull: `${key} must not be null` },
          children: [],
        });
      continue;
    }
    const nested = Array.isArray(value)
      ? value.flatMap((item, index) =>
          isDto(item) ? wrap(String(index), nullFieldErrors(item)) : [],
        )
      : isDto(value)
        ? nullFieldErrors(value)
        : [];
    errors.push(...wrap(key, nested));
  }
  return errors;
}

function wrap(property: string, children: ValidationError[]): ValidationError[] {
  return children.length > 0 ? [{ property, children, constraints: {} }] : [];
}

/** The global pipe: the null rule first, then class-validator. */
class AppValidationPipe extends ValidationPipe {
  protected override validate(
    object: object,
    validatorOptions?: ValidatorOptions,
  ): Promise<ValidationError[]> | ValidationError[] {
    const nulls = nullFieldErrors(object);
    return nulls.length > 0 ? nulls : super.validate(object, validatorOptions);
  }
}

/** The one global ValidationPipe: unknown fields are refused, every failure names its field. */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // One message per field: a missing field is "required", not also "too short".
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new AppError('VALIDATION_FAILED', { errors: toFieldErrors(errors) }),
  });
}

/** `:id` route parameters are UUIDs; anything else is a 400 naming the parameter. */
export const ParseIdPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    AppError.field('VALIDATION_FAILED', 'id', 'isUuid', {
      de: 'Das ist keine gültige Kennung.',
      en: 'This is not a valid identifier.',
    }),
});
