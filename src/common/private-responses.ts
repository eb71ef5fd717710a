import type { NextFunction, Request, Response } from 'express';

/** For answers no shared cache (proxy, CDN, a public computer's browser) may keep. */
export const PRIVATE_NO_STORE = 'private, no-store';

/**
 * Answers to requests that carry a secret in the URL (status, receipt and result-letter links
 * with `token=`) or that are about the signed-in person (/api/auth/…, /api/account/…) are never
 * stored by a cache. A route may still set its own header after this.
 */
export function noStoreForPrivateRequests(
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  const url = request.originalUrl;
  const query = url.indexOf('?');
  if (
    (query >= 0 && /(?:^|&)token=/i.test(url.slice(query + 1))) ||
    /^\/api\/(auth|account)(\/|$)/.test(url)
  ) {
    response.setHeader('Cache-Control', PRIVATE_NO_STORE);
  }
  next();
}
