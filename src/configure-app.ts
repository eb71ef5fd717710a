import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { compressApi, serveClient } from './client-assets.js';
import { ProblemDto } from './common/openapi.js';
import { limitJsonBody, verifyJsonBody } from './common/json-limits.js';
import { createHttpLogger, PinoLoggerService } from './common/logging.js';
import { warnOnceAboutForwardedFor } from './common/forwarded-for-warning.js';
import { noStoreForPrivateRequests } from './common/private-responses.js';
import { createValidationPipe } from './common/validation.js';
import { AppConfig } from './config/app-config.js';

/** JSON bodies larger than this are refused with 413 before any handler runs. */
const JSON_BODY_LIMIT = '1mb';

export function buildOpenApiDocument(app: NestExpressApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Mitplanen API')
    .setDescription(
      'Online-Öffentlichkeitsbeteiligung: procedures, consultation phases, statements. Errors are RFC 9457 problem+json with German and English texts.',
    )
    .setVersion('0.1.0')
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [ProblemDto] });
}

/**
 * Everything that makes the app what it is, shared by main.ts and the tests so that they can
 * never drift: logging, security headers, body limits, validation, the /api prefix, OpenAPI.
 * (The problem+json filter is a global provider in AppModule.)
 */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  const config = app.get(AppConfig);
  const httpLogger = createHttpLogger(config);
  app.useLogger(new PinoLoggerService(httpLogger.logger));
  app.use(httpLogger);
  if (config.trustProxy !== undefined) {
    const n = Number(config.trustProxy);
    app.set('trust proxy', Number.isInteger(n) ? n : config.trustProxy);
  }
  app.disable('x-powered-by');
  const tileOrigin = safeOrigin(config.tiles.url);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          // Leaflet positions tiles and markers with inline style attributes.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:', ...(tileOrigin ? [tileOrigin] : [])],
          'connect-src': ["'self'"],
          'object-src': ["'none'"],
          'frame-ancestors': ["'none'"],
          'upgrade-insecure-requests': null,
        },
      },
      // HSTS only over TLS: set below when the request really came over HTTPS.
      strictTransportSecurity: false,
    }),
  );
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.secure)
      response.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  });
  app.use(compressApi());
  app.use(warnOnceAboutForwardedFor(config.trustProxy));
  app.use(noStoreForPrivateRequests);
  // `verify` is not in Nest's option type but is passed on to body-parser (rawBody is off).
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT, verify: verifyJsonBody } as {
    limit: string;
  });
  app.use(limitJsonBody);
  serveClient(app, config.clientDir);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
  });
  return app;
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url.replace(/\{[a-z]\}/g, '0')).origin;
  } catch {
    return null;
  }
}
