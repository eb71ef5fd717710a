import { pino, type DestinationStream } from 'pino';
import PinoPretty from 'pino-pretty';
import type { AppConfig } from '../config/app-config.js';

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
