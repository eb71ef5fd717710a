import { redactUrl } from '../request-logging.js';
import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { JsonLimitError } from '../json-limits.js';
import { AppError } from './app-error.js';
import { ERROR_CATALOG, ErrorCode, FieldError, Messages } from './error-codes.js';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  messages: Messages;
  errors?: { field: string; code: string; message: string; messages: Messages }[];
  [extra: string]: unknown;
}

const PROBLEM_BASE = 'https://mitplanen.de/problems/';

/** SQLSTATEs that mean "the client sent a value PostgreSQL cannot take", i.e. a 400. */
const BAD_VALUE_SQLSTATES = new Set([
  '22P02',
  '22003',
  '22007',
  '22008',
  '22023',
  '22P05',
  '22021',
  '22001',
]);
/**
 * SQLSTATEs and socket errors that mean "the database is not reachable right now" or "could not
 * finish this now, try again" (a deadlock it broke, a serialization failure), i.e. 503.
 */
const UNAVAILABLE_CODES = new Set([
  '40P01',
  '40001',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

function errorCodeOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const code: unknown = (value as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function isDatabaseUnavailable(exception: unknown): boolean {
  const driverError: unknown =
    exception instanceof QueryFailedError ? exception.driverError : exception;
  const code = errorCodeOf(driverError);
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  const message = exception instanceof Error ? exception.message : '';
  // "timeout exceeded when trying to connect": pg's pool found no free connection in time.
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end/i.test(
    message,
  );
}

/** Errors from Express' body parser carry `type` and `status`. */
function bodyParserCode(exception: unknown): ErrorCode | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const type = (exception as { type?: unknown }).type;
  switch (type) {
    case 'entity.parse.failed':
    case 'request.aborted':
    case 'request.size.invalid':
      return 'MALFORMED_REQUEST';
    case 'entity.too.large':
      return 'PAYLOAD_TOO_LARGE';
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return 'UNSUPPORTED_MEDIA_TYPE';
    default:
      return undefined;
  }
}

function statusOf(code: ErrorCode): number {
  return ERROR_CATALOG[code].status;
}

function codeForStatus(status: number): ErrorCode {
  if (status === 400) return 'MALFORMED_REQUEST';
  const match = (Object.keys(ERROR_CATALOG) as ErrorCode[]).find(
    (code) => statusOf(code) === status,
  );
  if (match) return match;
  return status >= 500 ? 'INTERNAL' : 'MALFORMED_REQUEST';
}

export function preferredLanguage(request: Pick<Request, 'headers'>): 'de' | 'en' {
  const header = request.headers['accept-language'];
  const first = typeof header === 'string' ? header.split(',')[0]?.trim().toLowerCase() : '';
  return first?.startsWith('en') ? 'en' : 'de';
}

/**
 * The one place that turns any error into RFC 9457 problem+json, in German or English after
 * Accept-Language with both texts included. Unknown errors are logged and answered without
 * internals; database outages are 503 so that clients retry.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    const { code, status, detail, errors, extra } = this.classify(exception);
    const lang = preferredLanguage(request);
    const title = ERROR_CATALOG[code][lang];
    const messages = detail ?? { de: ERROR_CATALOG[code].de, en: ERROR_CATALOG[code].en };
    const body: ProblemDocument = {
      ...extra,
      type: `${PROBLEM_BASE}${code.toLowerCase().replace(/_/g, '-')}`,
      title,
      status,
      detail: errors?.length
        ? errors.map((e) => `${e.field}: ${e.messages[lang]}`).join(' ')
        : messages[lang],
      instance: request.originalUrl ?? request.url,
      code,
      messages,
      ...(errors?.length
        ? {
            errors: errors.map((e) => ({
              field: e.field,
              code: e.code,
              message: e.messages[lang],
              messages: e.messages,
            })),
          }
        : {}),
    };
    if (status >= 500) {
      this.logger.error({ err: exception, code, url: redactUrl(body.instance) }, 'request failed');
    }
    if (response.headersSent) {
      response.end();
      return;
    }
    if (status === statusOf('DATABASE_UNAVAILABLE')) response.setHeader('Retry-After', '2');
    response.status(status).type('application/problem+json').send(JSON.stringify(body));
  }

  private classify(exception: unknown): {
    code: ErrorCode;
    status: number;
    detail?: Messages;
    errors?: FieldError[];
    extra?: Record<string, unknown>;
  } {
    // What the JSON body parser's verify hook threw arrives wrapped, with status 403 set on it.
    const cause = exception instanceof HttpException ? exception.cause : exception;
    if (cause instanceof JsonLimitError) return this.classify(cause.toAppError());
    if (exception instanceof AppError) {
      return {
        code: exception.code,
        status: exception.status,
        detail: exception.options.detail,
        errors: exception.options.errors,
        extra: exception.options.extra,
      };
    }
    const parserCode = bodyParserCode(exception);
    if (parserCode) return { code: parserCode, status: statusOf(parserCode) };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return { code: codeForStatus(status), status };
    }
    if (isDatabaseUnavailable(exception)) {
      return { code: 'DATABASE_UNAVAILABLE', status: HttpStatus.SERVICE_UNAVAILABLE };
    }
    if (exception instanceof QueryFailedError) {
      const sqlState = errorCodeOf(exception.driverError);
      if (sqlState === '23505') return { code: 'CONFLICT', status: HttpStatus.CONFLICT };
      if (sqlState && BAD_VALUE_SQLSTATES.has(sqlState)) {
        return { code: 'VALIDATION_FAILED', status: HttpStatus.BAD_REQUEST };
      }
    }
    return { code: 'INTERNAL', status: HttpStatus.INTERNAL_SERVER_ERROR };
  }
}
