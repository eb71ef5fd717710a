import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger as Pino } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import PinoPretty from 'pino-pretty';
import type { AppConfig } from '../config/app-config.js';
import { requestLogOptions } from './request-logging.js';

/**
 * Log lines: JSON (one object a line, for log collectors) in production and whenever stdout is
 * not a terminal; readable coloured lines on a developer's terminal. LOG_FORMAT overrides.
 */
export function logFormat(
  config: Pick<AppConfig, 'env' | 'logFormat'>,
  isTty: boolean,
): 'pretty' | 'json' {
  return config.logFormat ?? (config.env !== 'production' && isTty ? 'pretty' : 'json');
}

/** The destination of pino for `format`: pretty lines are written synchronously, in order. */
export function logStream(format: 'pretty' | 'json'): DestinationStream {
  if (format === 'json') return pino.destination({ dest: 1, sync: true });
  return PinoPretty({
    sync: true,
    colorize: Boolean(process.stdout.isTTY),
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,req.id',
    singleLine: true,
  });
}

/**
 * One pino logger for the HTTP requests (pino-http) and for Nest's own messages. One short line
 * per request: no headers, cookies or bodies in the logs.
 */
export function createHttpLogger(
  config: Pick<AppConfig, 'env' | 'logFormat' | 'logLevel'>,
): HttpLogger {
  return pinoHttp(
    requestLogOptions(config.logLevel),
    logStream(logFormat(config, Boolean(process.stdout.isTTY))),
  );
}

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** Nest's LoggerService over pino: Nest passes `(message, ...params, context)`. */
export class PinoLoggerService implements LoggerService {
  constructor(private readonly pino: Pino) {}

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const rest = [...params];
    const context = rest.length > 0 && typeof rest.at(-1) === 'string' ? rest.pop() : undefined;
    const fields: Record<string, unknown> = context === undefined ? {} : { context };
    // Nest's error(message, stack, context): the stack comes before the context.
    if (level === 'error' && typeof rest[0] === 'string') fields.err = { stack: rest.shift() };
    if (message instanceof Error) fields.err = message;
    else if (typeof message === 'object' && message !== null) Object.assign(fields, message);
    const text = typeof message === 'string' ? message : undefined;
    if (text === undefined) this.pino[level](fields);
    else this.pino[level](fields, text);
  }
}
