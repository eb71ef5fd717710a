import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AssessmentModule } from './assessment/assessment.module.js';
import { AuthModule } from './auth/auth.module.js';
import { ClientConfigModule } from './client-config/client-config.module.js';
import { ProblemFilter } from './common/errors/problem.filter.js';
import { requestLogOptions } from './common/request-logging.js';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { PhasesModule } from './phases/phases.module.js';
import { ModerationModule } from './moderation/moderation.module.js';
import { StatementsModule } from './statements/statements.module.js';
import { ProceduresModule } from './procedures/procedures.module.js';
import { SeedModule } from './seed/seed.module.js';

@Module({})
export class AppModule {
  /** `env` overrides process.env; tests use it to point each app at its own database. */
  static forRoot(env: Record<string, string> = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            pinoHttp: requestLogOptions(config.logLevel),
          }),
        }),
        DatabaseModule,
        AuthModule,
        HealthModule,
        ClientConfigModule,
        NotificationsModule,
        ProceduresModule,
        PhasesModule,
        StatementsModule,
        ModerationModule,
        AssessmentModule,
        SeedModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}
