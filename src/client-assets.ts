import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Hashed build output (Vite's assets/): a new release has new names, so it never changes. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and unhashed files: always asked again (an ETag makes that a 304). */
export const REVALIDATE = 'no-cache';

const COMPRESSIBLE = /^application\/(?:json|problem\+json|geo\+json)\b/;

/**
 * API JSON compressed on the fly (gzip or brotli, from 1 kB). Never the moderation feed
 * (text/event-stream must reach the moderator event by event) and never an answer with a strong
 * ETag (the map): its validator names one byte sequence, which a content coding would change.
 */
export function compressApi(): ReturnType<typeof compression> {
  return compression({
    threshold: 1024,
    filter: (request: Request, response: Response) => {
      const type = String(response.getHeader('Content-Type') ?? '');
      if (!COMPRESSIBLE.test(type)) return false;
      const etag = response.getHeader('ETag');
      if (typeof etag === 'string' && etag.startsWith('"')) return false;
      return compression.filter(request, response);
    },
  });
}

/**
 * The built client: files precompressed at build time (client/scripts/precompress.mjs) are sent
 * as `.br` or `.gz` with the matching Content-Encoding, hashed assets cached for a year, and
 * every other GET outside /api answered with index.html (the client's routes).
 */
export function serveClient(app: NestExpressApplication, clientDir: string): void {
  if (!existsSync(join(clientDir, 'index.html'))) return;
  const assets = expressStaticGzip(clientDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      cacheControl: false,
      setHeaders: (response, path) => {
        const hashed = path.startsWith(join(clientDir, 'assets') + sep);
        response.setHeader('Cache-Control', hashed ? IMMUTABLE : REVALIDATE);
      },
    },
  });
  const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApi(request.path)) {
      return next();
    }
    assets(request, response, () => {
      // Not a file: a client route, answered with the app's page.
      request.url = '/index.html';
      assets(request, response, next);
    });
  });
}
