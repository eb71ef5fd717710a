import type { Options } from 'pino-http';

/**
 * A query string that carries a secret (`token=` of status, receipt and result-letter links)
 * is dropped from the logged URL as a whole: whoever reads the logs must not be able to open
 * the link.
 */
export function redactUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  return /(?:^|&)token=/i.test(url.slice(query + 1)) ? `${url.slice(0, query)}?[redacted]` : url;
}

/**
 * The request log: one short line per request, no bodies, headers or cookies, and no secret
 * from a URL (see redactUrl). `redact` is the second fence should a serializer ever pass
 * headers on.
 */
export function requestLogOptions(level: string): Options {
  return {
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
    autoLogging: { ignore: (req) => req.url === '/api/health' },
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: redactUrl(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
