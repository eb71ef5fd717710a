import { ParseUUIDPipe, ValidationPipe } from '@nestjs/common';
import { AppError } from './errors/app-error.js';
import { toFieldErrors } from './errors/validation-messages.js';

/** The one global ValidationPipe: unknown fields are refused, every failure names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
