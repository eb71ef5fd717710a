import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * One owner per table (ADR 0005): only the module that owns a table writes it in SQL, and no
 * source file grows past 400 lines. The owners come from the entities: an entity's folder under
 * src/ names its module. Tables without an entity are listed in TABLES_WITHOUT_ENTITY.
 */
const SRC = join(process.cwd(), 'src');
const MAX_LINES = 400;

/** Tables that have no entity, with their owning module. */
const TABLES_WITHOUT_ENTITY: Record<string, string> = {
  // TypeORM's own record of applied migrations, written by database/migrate.ts.
  migrations: 'database',
};

/**
 * Writes that cross a module boundary, as `file → table`, tolerated for a while. Empty: a module
 * that must change another's table calls the owning module's service in its own transaction.
 */
const CROSS_MODULE_WRITES_ALLOWED: string[] = [];

/** Files outside a repository that run SQL (none: a module's SQL lives in its `*.repository.ts`). */
const SQL_OUTSIDE_REPOSITORIES_ALLOWED: string[] = [];

/** Files allowed past MAX_LINES (none: split a file that grows past it). */
const LONG_FILES_ALLOWED: string[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({
  path: relative(SRC, path).split(sep).join('/'),
  text: readFileSync(path, 'utf8'),
}));
const moduleOf = (path: string) => (path.includes('/') ? path.split('/')[0] : '');

/** table → owning module, from the `@Entity('table')` decorators and the explicit list. */
export function tableOwners(
  sources: { path: string; text: string }[],
  extra: Record<string, string> = {},
): Map<string, string> {
  const owners = new Map(Object.entries(extra));
  for (const { path, text } of sources) {
    for (const match of text.matchAll(/@Entity\(\s*'([a-z_][a-z0-9_]*)'/g)) {
      owners.set(match[1], moduleOf(path));
    }
  }
  return owners;
}

/** Tables that the SQL in `text` writes (INSERT INTO, UPDATE, DELETE FROM; not `DO UPDATE`). */
export function writtenTables(text: string, known: Map<string, string>): string[] {
  const tables = new Set<string>();
  for (const match of text.matchAll(
    /(?<!\bDO\s+|\bFOR\s+)\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([a-z_][a-z0-9_]*)"?/gi,
  )) {
    const table = match[1].toLowerCase();
    if (known.has(table)) tables.add(table);
  }
  return [...tables];
}

/** `file → table` for every write of a table outside its owning module. */
export function crossModuleWrites(
  sources: { path: string; text: string }[],
  owners: Map<string, string>,
): string[] {
  return sources
    .filter((f) => !f.path.endsWith('.spec.ts'))
    .flatMap((f) =>
      writtenTables(f.text, owners)
        .filter((table) => owners.get(table) !== moduleOf(f.path))
        .map((table) => `${f.path} → ${table}`),
    );
}

/**
 * Files that run SQL (`.query(` with SELECT, INSERT, UPDATE or DELETE in its text) outside the
 * places SQL may sit: `*.repository.ts`, specs, src/database and src/scripts.
 */
export function sqlOutsideRepositories(sources: { path: string; text: string }[]): string[] {
  const exempt = (path: string) =>
    /\.repository\.ts$|\.spec\.ts$/.test(path) || /^(database|scripts)\//.test(path);
  return sources
    .filter(({ path, text }) => {
      if (exempt(path)) return false;
      return [...text.matchAll(/\.query\s*(<[^(]*>)?\(/g)].some((call) =>
        /\b(SELECT|INSERT|UPDATE|DELETE)\b/.test(text.slice(call.index, call.index + 400)),
      );
    })
    .map(({ path }) => path);
}

const allowed = (violation: string) => CROSS_MODULE_WRITES_ALLOWED.includes(violation);

describe('one owner per table', () => {
  const owners = tableOwners(files, TABLES_WITHOUT_ENTITY);

  it('finds the owner of every table from the entities', () => {
    expect(owners.get('statements')).toBe('statements');
    expect(owners.get('idempotency_keys')).toBe('statements');
    expect(owners.get('moderation_decisions')).toBe('moderation');
    expect(owners.get('assessments')).toBe('assessment');
    expect(owners.get('outbox_messages')).toBe('notifications');
  });

  it('recognises writes, not reads or upserts of the same table', () => {
    const known = new Map([
      ['statements', 'statements'],
      ['assessments', 'assessment'],
    ]);
    expect(writtenTables('UPDATE statements SET x = 1', known)).toEqual(['statements']);
    expect(writtenTables('insert into "statements" (id) values ($1)', known)).toEqual([
      'statements',
    ]);
    expect(writtenTables('DELETE FROM statements WHERE id = $1', known)).toEqual(['statements']);
    expect(
      writtenTables(
        `INSERT INTO assessments (id) SELECT id FROM statements ON CONFLICT (id) DO UPDATE SET x = 1`,
        known,
      ),
    ).toEqual(['assessments']);
    expect(
      writtenTables('SELECT * FROM statements s WHERE s.id = $1 FOR UPDATE OF s', known),
    ).toEqual([]);
    expect(
      crossModuleWrites(
        [{ path: 'moderation/moderation.service.ts', text: 'UPDATE statements SET x = 1' }],
        known,
      ),
    ).toEqual(['moderation/moderation.service.ts → statements']);
  });

  it('has no SQL that writes a table outside its owning module', () => {
    const violations = crossModuleWrites(files, owners).filter((v) => !allowed(v));
    expect(violations).toEqual([]);
  });

  it('recognises SQL run outside a repository', () => {
    const call =
      'await manager.query<{ id: string }[]>(`SELECT id FROM users WHERE id = $1`, [id]);';
    expect(
      sqlOutsideRepositories([
        { path: 'users/users.service.ts', text: call },
        { path: 'users/users.repository.ts', text: call },
        { path: 'database/migrate.ts', text: call },
        { path: 'users/users.controller.ts', text: 'list(@Query() query: ListUsersQuery) {}' },
      ]),
    ).toEqual(['users/users.service.ts']);
  });

  it('has SQL only in repositories', () => {
    const outside = sqlOutsideRepositories(files).filter(
      (path) => !SQL_OUTSIDE_REPOSITORIES_ALLOWED.includes(path),
    );
    expect(outside).toEqual([]);
    // A file that no longer needs its entry loses it, so the list only shrinks.
    expect(
      SQL_OUTSIDE_REPOSITORIES_ALLOWED.filter((p) => !sqlOutsideRepositories(files).includes(p)),
    ).toEqual([]);
  });

  it('keeps every source file at most 400 lines', () => {
    const long = files
      .filter((f) => !LONG_FILES_ALLOWED.includes(f.path))
      .map((f) => ({ path: f.path, lines: f.text.split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.path}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });
});
