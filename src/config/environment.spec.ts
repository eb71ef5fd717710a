import { AppConfig } from './app-config.js';
import { validateEnvironment } from './environment.js';

describe('validateEnvironment', () => {
  it('applies defaults: embedded database under ./data with the demo seed on', () => {
    const config = new AppConfig(validateEnvironment({}));
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({
      kind: 'pglite',
      dataDir: expect.stringMatching(/data\/pglite$/),
    });
    expect(config.seedDemo).toBe(true);
    expect(config.map.center).toEqual([51.4556, 7.0116]);
  });

  it('uses a PostgreSQL server when DATABASE_URL is set and then seeds only when asked', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/mitplanen';
    expect(new AppConfig(validateEnvironment({ DATABASE_URL: url })).seedDemo).toBe(false);
    const config = new AppConfig(validateEnvironment({ DATABASE_URL: url, SEED_DEMO: 'true' }));
    expect(config.database).toEqual({ kind: 'postgres', url, poolSize: 10 });
    expect(config.seedDemo).toBe(true);
  });

  it('treats empty strings as unset', () => {
    expect(new AppConfig(validateEnvironment({ DATABASE_URL: '', PORT: '' })).port).toBe(3000);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['SEED_DEMO', 'maybe'],
    ['LOG_LEVEL', 'loud'],
    ['TILE_URL', 'https://tiles.example/{x}.png'],
    ['MAP_CENTER', 'Essen'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => validateEnvironment({ [name]: value })).toThrow(
      new RegExp(`^Invalid configuration:\\n  ${name}: `),
    );
  });
});

describe('PUBLIC_URL (issue 13, item 1)', () => {
  it('refuses to start in production without an https PUBLIC_URL, naming the variable', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(
      /^Invalid configuration:\n {2}PUBLIC_URL: PUBLIC_URL is required in production/,
    );
    expect(() =>
      validateEnvironment({ NODE_ENV: 'production', PUBLIC_URL: 'http://beteiligung.example' }),
    ).toThrow(/PUBLIC_URL: .*https/);
    const config = new AppConfig(
      validateEnvironment({ NODE_ENV: 'production', PUBLIC_URL: 'https://beteiligung.example' }),
    );
    expect(config.publicUrl).toBe('https://beteiligung.example');
  });

  it('uses http://localhost:PORT in development without PUBLIC_URL, never a request', () => {
    expect(new AppConfig(validateEnvironment({ PORT: '4000' })).publicUrl).toBe(
      'http://localhost:4000',
    );
  });
});

describe('demo seed defaults (issue 13, item 12)', () => {
  it('never seeds the demo in production unless SEED_DEMO=true is set explicitly', () => {
    const production = { NODE_ENV: 'production', PUBLIC_URL: 'https://beteiligung.example' };
    expect(new AppConfig(validateEnvironment(production)).seedDemo).toBe(false);
    expect(new AppConfig(validateEnvironment({ ...production, SEED_DEMO: 'true' })).seedDemo).toBe(
      true,
    );
    expect(new AppConfig(validateEnvironment({})).seedDemo).toBe(true);
  });
});
