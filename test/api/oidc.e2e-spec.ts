import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/factories.js';
import { followRedirects, startDirectory } from '../support/oidc-provider.js';
import { SESSION_COOKIE } from '../../src/auth/sessions.service.js';

describe('staff sign-in through OpenID Connect', () => {
  let t: TestApp;
  let directory: Awaited<ReturnType<typeof startDirectory>>;

  beforeAll(async () => {
    directory = await startDirectory();
    t = await createTestApp({
      OIDC_ISSUER: directory.issuer,
      OIDC_CLIENT_ID: 'mitplanen',
      OIDC_CLIENT_SECRET: 'directory-test-secret',
      OIDC_ROLES_CLAIM: 'groups',
      OIDC_ROLE_MAP: 'stadtplanung:planner,moderation:moderator',
      OIDC_SCOPES: 'openid profile email groups',
    });
    directory.register(`${t.url}/api/auth/oidc/callback`);
  });
  afterAll(async () => {
    await t.close();
    await directory.close();
  });

  it('signs a planner in through the directory, mapping the group claim to the role', async () => {
    directory.signInAs({
      sub: 'p-1',
      email: 'Paula.Planerin@stadt.example',
      name: 'Paula Planerin',
      groups: ['stadtplanung', 'kantine'],
    });
    await t.http
      .get('/api/auth/providers')
      .expect(200, { local: true, oidc: 'Anmeldung für Beschäftigte der Stadt' });
    const jar = new Map<string, Map<string, string>>();
    const end = await followRedirects(`${t.url}/api/auth/oidc`, jar);
    expect(end.status).toBe(303);
    expect(end.location).toBe(`${t.url}/planung`);
    const sid = jar.get(t.url)?.get(SESSION_COOKIE);
    expect(sid).toBeDefined();
    const me = await t.http
      .get('/api/auth/me')
      .set('Cookie', `${SESSION_COOKIE}=${sid}`)
      .expect(200);
    expect(me.body).toMatchObject({
      email: 'paula.planerin@stadt.example',
      displayName: 'Paula Planerin',
      roles: ['resident', 'planner'],
    });
  });

  it('refreshes roles from the directory at every sign-in', async () => {
    directory.signInAs({
      sub: 'p-1',
      email: 'paula.planerin@stadt.example',
      name: 'Paula Planerin',
      groups: ['moderation'],
    });
    const jar = new Map<string, Map<string, string>>();
    await followRedirects(`${t.url}/api/auth/oidc`, jar);
    const me = await t.http
      .get('/api/auth/me')
      .set('Cookie', `${SESSION_COOKIE}=${jar.get(t.url)?.get(SESSION_COOKIE)}`);
    expect(me.body.roles).toEqual(['resident', 'moderator']);
  });

  it('refuses a deactivated account and sends the browser back to the sign-in page', async () => {
    const user = await createUser(t, { email: 'gesperrt@stadt.example', active: false });
    directory.signInAs({
      sub: 'x-9',
      email: user.email,
      name: 'Gesperrt',
      groups: ['stadtplanung'],
    });
    const jar = new Map<string, Map<string, string>>();
    const end = await followRedirects(`${t.url}/api/auth/oidc`, jar);
    expect(end.location).toBe(`${t.url}/anmelden?fehler=account_deactivated`);
  });
  it('sends a nonce and a state with the authorization request (issue 13, item 11)', async () => {
    const start = await fetch(`${t.url}/api/auth/oidc`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const location = new URL(start.headers.get('location') ?? '');
    expect(location.origin).toBe(directory.issuer);
    expect(location.searchParams.get('redirect_uri')).toBe(`${t.origin}/api/auth/oidc/callback`);
    expect(location.searchParams.get('state')).toMatch(/^.{8,}$/);
    expect(location.searchParams.get('nonce')).toMatch(/^.{8,}$/);
  });

  it('never links a local account by an e-mail the directory does not vouch for (issue 13, item 11)', async () => {
    const local = await createUser(t, { email: 'erika.lokal@stadt.example' });
    directory.signInAs({
      sub: 'intruder-1',
      email: local.email,
      name: 'Nicht Erika',
      groups: ['stadtplanung'],
      emailVerified: false,
    });
    const jar = new Map<string, Map<string, string>>();
    const end = await followRedirects(`${t.url}/api/auth/oidc`, jar);
    expect(end.location).toBe(`${t.url}/anmelden?fehler=oidc_email_unverified`);
    const [row] = await t.dataSource.query<{ oidc_identity: string | null; roles: string[] }[]>(
      `SELECT oidc_identity, roles FROM users WHERE id = $1`,
      [local.id],
    );
    expect(row).toEqual({ oidc_identity: null, roles: ['resident'] });
  });
});

describe('without OpenID Connect settings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers the staff sign-in route with 404 problem+json', async () => {
    const res = await t.http.get('/api/auth/oidc').expect(404);
    expect(res.body.code).toBe('OIDC_NOT_CONFIGURED');
  });
});
