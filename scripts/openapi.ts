/**
 * Writes the OpenAPI document (openapi.json) and the client's API types generated from it
 * (client/src/api/schema.d.ts). Both are checked in; CI fails when they are out of date.
 * Run: npm run openapi
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import openapiTS, { astToString } from 'openapi-typescript';
import { AppModule } from '../src/app.module.js';
import { buildOpenApiDocument, configureApp } from '../src/configure-app.js';

const ROOT = join(import.meta.dirname, '..', '..');

async function main(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({
      DATABASE_URL: 'pglite://memory',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      CLIENT_DIR: 'none',
    }),
    { logger: false, bodyParser: false },
  );
  configureApp(app);
  await app.init();
  const document = buildOpenApiDocument(app);
  await app.close();
  const json = `${JSON.stringify(document, null, 2)}\n`;
  writeFileSync(join(ROOT, 'openapi.json'), json);
  const types = astToString(await openapiTS(json));
  const target = join(ROOT, 'client', 'src', 'api', 'schema.d.ts');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(
    target,
    `/* Generated from openapi.json by \`npm run openapi\`; do not edit by hand. */\n${types}`,
  );
  process.stdout.write('wrote openapi.json and client/src/api/schema.d.ts\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
