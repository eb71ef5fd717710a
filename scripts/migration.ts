/**
 * Compares the entities with what the migrations build, on a throwaway embedded database:
 *   node dist/scripts/migration.js check            exits 1 when a migration is missing
 *   node dist/scripts/migration.js generate VerbNoun writes migrations/<timestamp>-VerbNoun.ts
 * Run through `npm run migration:check` / `npm run migration:generate -- VerbNoun` (they build first).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { startEmbeddedPostgres } from '../src/database/embedded.js';
import { migrate } from '../src/database/migrate.js';

const ENTITIES = join(import.meta.dirname, '..', 'src', '**', '*.entity.js');

async function pendingSchemaChanges(): Promise<{ up: string[]; down: string[] }> {
  const pglite = await startEmbeddedPostgres(null);
  const dataSource = new DataSource(
    dataSourceOptions({ kind: 'pglite', dataDir: null }, pglite, [ENTITIES]),
  );
  await dataSource.initialize();
  try {
    await migrate(dataSource, false);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
    await pglite.close();
  }
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const { up, down } = await pendingSchemaChanges();
  if (command === 'check') {
    if (up.length === 0) {
      process.stdout.write('migration check: entities and migrations agree\n');
      return;
    }
    process.stderr.write(
      `migration check FAILED: the entities need ${up.length} change(s) that no migration makes:\n${up.join(';\n')};\nRun: npm run migration:generate -- VerbNoun\n`,
    );
    process.exitCode = 1;
    return;
  }
  if (command === 'generate') {
    if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
      throw new Error('Name the migration in PascalCase, e.g. CreateProcedures');
    if (up.length === 0) {
      process.stdout.write('No changes: entities and migrations agree.\n');
      return;
    }
    const timestamp = Date.now();
    const file = join(import.meta.dirname, '..', '..', 'migrations', `${timestamp}-${name}.ts`);
    writeFileSync(file, migrationSource(`${name}${timestamp}`, up, down));
    process.stdout.write(`Wrote ${file}\n`);
    return;
  }
  throw new Error('usage: migration.js check | generate VerbNoun');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
