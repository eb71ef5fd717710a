import { ERROR_CATALOG, ErrorCode, FieldError, Messages } from './error-codes.js';

/**
 * A typed error that services throw. The global filter turns it into problem+json with the
 * catalog's status and texts; `detail` overrides the catalog text where a case needs more.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly options: {
      detail?: Messages;
      errors?: FieldError[];
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(options.detail?.en ?? ERROR_CATALOG[code].en);
    this.name = 'AppError';
    this.status = ERROR_CATALOG[code].status;
  }

  /** Shorthand for a 4xx that names one field. */
  static field(code: ErrorCode, field: string, fieldCode: string, messages: Messages): AppError {
    return new AppError(code, { errors: [{ field, code: fieldCode, messages }] });
  }
}
