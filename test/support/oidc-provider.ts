import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface DirectoryAccount {
  sub: string;
  email: string;
  name: string;
  groups: string[];
  /** The directory's email_verified claim (default true). */
  emailVerified?: boolean;
}

/**
 * A real OpenID Connect provider (oidc-provider) on loopback, standing in for the city's
 * Keycloak. Its sign-in page is replaced by an instant sign-in of `account`, so tests can walk
 * the whole redirect flow without a browser.
 */
export async function startDirectory(): Promise<{
  issuer: string;
  /** Registers the relying party once its callback URL is known. */
  register(redirectUri: string): void;
  signInAs(account: DirectoryAccount): void;
  close(): Promise<void>;
}> {
  let provider: Provider | undefined;
  let current: DirectoryAccount | undefined;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (!provider) {
      res.statusCode = 503;
      res.end();
      return;
    }
    const p = provider;
    if (req.url?.startsWith('/interaction/')) {
      void (async () => {
        const account = current!;
        const grant = new p.Grant({ accountId: account.sub, clientId: 'mitplanen' });
        grant.addOIDCScope('openid email profile groups');
        const grantId = await grant.save();
        await p.interactionFinished(
          req,
          res,
          { login: { accountId: account.sub }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
      })().catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    void p.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    register(redirectUri) {
      provider = new Provider(issuer, {
        clients: [
          {
            client_id: 'mitplanen',
            client_secret: 'directory-test-secret',
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
          },
        ],
        claims: {
          openid: ['sub'],
          email: ['email', 'email_verified'],
          profile: ['name'],
          groups: ['groups'],
        },
        scopes: ['openid', 'email', 'profile', 'groups'],
        findAccount: (_ctx, id) =>
          current && current.sub === id
            ? {
                accountId: id,
                claims: () => ({
                  sub: id,
                  email: current!.email,
                  email_verified: current!.emailVerified ?? true,
                  name: current!.name,
                  groups: current!.groups,
                }),
              }
            : undefined,
        features: { devInteractions: { enabled: false } },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        cookies: { keys: ['directory-cookie-key'] },
      });
    },
    signInAs(account) {
      current = account;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Follows redirects like a browser, keeping cookies per origin, until a response is not a
 * redirect or leaves the given origins. Returns the last response and the cookies of `origin`.
 */
export async function followRedirects(
  start: string,
  jar: Map<string, Map<string, string>>,
): Promise<{ status: number; location: string | null; url: string }> {
  let url = start;
  for (let hop = 0; hop < 15; hop += 1) {
    const origin = new URL(url).origin;
    const cookies = jar.get(origin) ?? new Map<string, string>();
    jar.set(origin, cookies);
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location)
      return { status: response.status, location, url };
    const next = new URL(location, url).toString();
    if (
      new URL(next).pathname === '/planung' ||
      new URL(next).pathname === '/anmelden' ||
      new URL(next).pathname === '/'
    ) {
      return { status: response.status, location: next, url };
    }
    url = next;
  }
  throw new Error('too many redirects');
}
