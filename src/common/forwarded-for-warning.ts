import { Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Without TRUST_PROXY, a server behind a proxy sees the proxy's address for every client, so
 * all clients share one rate-limit bucket. Requests carrying X-Forwarded-For reveal that
 * set-up: say so once in the log, naming the variable.
 */
export function warnOnceAboutForwardedFor(trustProxy: string | undefined): RequestHandler {
  const logger = new Logger('TrustProxy');
  let warned = trustProxy !== undefined;
  return (request: Request, _response: Response, next: NextFunction) => {
    if (!warned && request.headers['x-forwarded-for'] !== undefined) {
      warned = true;
      logger.warn(
        'Requests arrive with X-Forwarded-For but TRUST_PROXY is not set: every client behind the proxy shares one rate limit and one sign-in bucket. Set TRUST_PROXY (e.g. 1 or loopback).',
      );
    }
    next();
  };
}
