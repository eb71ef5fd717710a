import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { PGlite } from '@electric-sql/pglite';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig, DatabaseTarget } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { startEmbeddedPostgres } from './embedded.js';
import { migrate } from './migrate.js';

/** A DataSource that also stops the embedded engine it runs on. */
export class EmbeddedDataSource extends DataSource {
  constructor(
    options: DataSourceOptions,
    readonly pglite: PGlite,
  ) {
    super(options);
  }

  override async destroy(): Promise<void> {
    await super.destroy();
    await this.pglite.close();
  }
}

type FactoryOptions = DataSourceOptions & { mitplanenTarget: DatabaseTarget };

/**
 * Connects TypeORM to PostgreSQL: a server when DATABASE_URL is set, otherwise the embedded
 * engine. Pending migrations run before the app accepts requests; `synchronize` is never used.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      // Entities come from each feature module's forFeature(); the target travels along so
      // that the factory below can start the embedded engine when it is the one asked for.
      useFactory: (config: AppConfig) => ({
        type: 'postgres',
        autoLoadEntities: true,
        mitplanenTarget: config.database,
      }),
      dataSourceFactory: async (options) => {
        const { mitplanenTarget: target, ...rest } = options as FactoryOptions;
        let dataSource: DataSource;
        if (target.kind === 'postgres') {
          dataSource = new DataSource(dataSourceOptions(target, null, rest.entities));
        } else {
          const pglite = await startEmbeddedPostgres(target.dataDir);
          dataSource = new EmbeddedDataSource(
            dataSourceOptions(target, pglite, rest.entities),
            pglite,
          );
        }
        await dataSource.initialize();
        await migrate(dataSource, target.kind === 'postgres');
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
