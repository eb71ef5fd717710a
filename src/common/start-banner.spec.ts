import { logFormat } from './logging.js';
import { startBanner } from './start-banner.js';

describe('start banner and log format', () => {
  const accounts = [
    { email: 'planung@mitplanen.example', roles: ['planner'], password: 'abcde-fghij' },
    { email: 'admin@mitplanen.example', roles: ['admin'], password: 'klmno-pqrst' },
  ];

  it('shows the URL, the accounts with passwords made at this start, and how to reset them', () => {
    const text = startBanner({
      url: 'http://localhost:3000/',
      database: 'embedded PostgreSQL in ./data/pglite',
      accounts,
      passwordFromEnv: false,
    });
    expect(text).toContain('http://localhost:3000/');
    expect(text).toContain('http://localhost:3000/api/docs');
    expect(text).toMatch(/planner\s+planung@mitplanen\.example\s+abcde-fghij/);
    expect(text).toContain('nur dieses eine Mal');
    expect(text).toContain('npm run demo:passwords');
    expect(text).toContain('npm run admin:create');
    // Readable: no JSON log line.
    expect(text).not.toMatch(/^\s*\{"/m);
  });

  it('says where the passwords are on a later start', () => {
    const later = startBanner({
      url: 'http://localhost:3000/',
      database: 'x',
      accounts: accounts.map(({ email, roles }) => ({ email, roles })),
      passwordFromEnv: false,
    });
    expect(later).not.toContain('abcde-fghij');
    expect(later).toContain('beim ersten Start');
    expect(
      startBanner({ url: 'u/', database: 'x', accounts: [], passwordFromEnv: true }),
    ).toContain('SEED_DEMO_PASSWORD');
  });

  it('logs JSON in production and off a terminal, pretty on a developer terminal', () => {
    expect(logFormat({ env: 'production', logFormat: null }, true)).toBe('json');
    expect(logFormat({ env: 'development', logFormat: null }, false)).toBe('json');
    expect(logFormat({ env: 'development', logFormat: null }, true)).toBe('pretty');
    expect(logFormat({ env: 'production', logFormat: 'pretty' }, false)).toBe('pretty');
  });
});
