import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config.js';
import { validateEnvironment } from './environment.js';

/**
 * Validates the environment once and provides the typed AppConfig. `overrides` lets tests boot
 * the real app against their own database without touching process.env.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(overrides: Record<string, string> = {}): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        {
          provide: AppConfig,
          // The one place that reads process.env.
          useFactory: () => new AppConfig(validateEnvironment({ ...process.env, ...overrides })),
        },
      ],
      exports: [AppConfig],
    };
  }
}
