import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { AppConfig } from './config/app-config.js';
import { startBanner } from './common/start-banner.js';
import { configureApp } from './configure-app.js';
import { SeedService } from './seed/seed.service.js';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(), {
    bufferLogs: true,
    bodyParser: false,
  });
  configureApp(app);
  const config = app.get(AppConfig);
  await app.listen(config.port, config.host);
  const where =
    config.database.kind === 'pglite'
      ? `embedded PostgreSQL in ${config.database.dataDir ?? 'memory'}`
      : 'PostgreSQL server from DATABASE_URL';
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  // Last of all, after every log line: what a first start needs to know.
  process.stdout.write(
    startBanner({
      url: config.publicUrl
        ? `${config.publicUrl.replace(/\/$/, '')}/`
        : `http://${host}:${config.port}/`,
      database: where,
      accounts: config.seedDemo ? app.get(SeedService).accounts : null,
      passwordFromEnv: config.seedDemoPassword !== undefined,
    }),
  );
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `Mitplanen could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
