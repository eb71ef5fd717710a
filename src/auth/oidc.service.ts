import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import passport from 'passport';
import { Strategy as OpenIdConnectStrategy, type VerifyCallback } from 'passport-openidconnect';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import { AppConfig } from '../config/app-config.js';
import type { Role } from '../common/roles.js';
import { UsersService } from '../users/users.service.js';
import { toSessionUser } from './auth.service.js';
import type { SessionUser } from '../common/session-user.js';

interface DiscoveryDocument {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint: string;
}

/** Reads `a.b.c` from nested claims, as directories put roles in `realm_access.roles`. */
function claimAt(claims: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined,
      claims,
    );
}

function decodeJwtPayload(token: string): Record<string, unknown> {
  try {
    return JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * Staff sign-in through the city's OpenID Connect provider (Keycloak or similar) with
 * passport-openidconnect. The provider is discovered on first use, so an unreachable
 * directory never stops Mitplanen from starting. Roles come from a claim, mapped by
 * OIDC_ROLE_MAP, and are refreshed at every sign-in: the directory is the source of truth.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('OIDC');
  private ready: Promise<void> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly dataSource: DataSource,
  ) {}

  private settings() {
    if (!this.config.oidc) throw new AppError('OIDC_NOT_CONFIGURED');
    return this.config.oidc;
  }

  private async discover(): Promise<void> {
    const oidc = this.settings();
    const url = `${oidc.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`OIDC discovery at ${url} answered ${response.status}`);
    const meta = (await response.json()) as DiscoveryDocument;
    passport.use(
      'oidc',
      new OpenIdConnectStrategy(
        {
          issuer: meta.issuer,
          authorizationURL: meta.authorization_endpoint,
          tokenURL: meta.token_endpoint,
          userInfoURL: meta.userinfo_endpoint,
          clientID: oidc.clientId,
          clientSecret: oidc.clientSecret,
          callbackURL: `${this.config.publicUrl}/api/auth/oidc/callback`,
          scope: oidc.scopes.filter((s) => s !== 'openid'),
          // A nonce per sign-in, checked against the ID token (the state is kept in the session).
          nonce: 'true',
        },
        // The nine-argument form hands over the userinfo claims and the ID token.
        (
          issuer: string,
          userInfo: object,
          _idProfile: object,
          _context: object,
          idToken: string | object,
          _accessToken: string | object,
          _refreshToken: string,
          _params: unknown,
          done: VerifyCallback,
        ) => {
          const fromToken = typeof idToken === 'string' ? decodeJwtPayload(idToken) : {};
          const fromUserInfo =
            (userInfo as { _json?: Record<string, unknown> } | undefined)?._json ?? {};
          // The userinfo answer must be about the person of the ID token (OIDC Core 5.3.2).
          if (fromUserInfo.sub !== undefined && fromUserInfo.sub !== fromToken.sub) {
            done(new AppError('OIDC_FAILED'));
            return;
          }
          const claims = { ...fromToken, ...fromUserInfo };
          this.signInFromDirectory(issuer, claims).then(
            (user) => done(null, user),
            (error: unknown) => done(error as Error),
          );
        },
      ),
    );
  }

  private ensureStrategy(): Promise<void> {
    this.ready ??= this.discover().catch((error: unknown) => {
      this.ready = null;
      this.logger.error(
        `OIDC discovery failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      throw new AppError('OIDC_FAILED');
    });
    return this.ready;
  }

  /** Redirects the browser to the directory's sign-in page. */
  async start(request: Request, response: Response, next: NextFunction): Promise<void> {
    this.settings();
    await this.ensureStrategy();
    (passport.authenticate('oidc') as (req: Request, res: Response, next: NextFunction) => void)(
      request,
      response,
      next,
    );
  }

  /** Finishes the sign-in; a new session id is issued (no fixation) and the browser sent home. */
  async callback(request: Request, response: Response, next: NextFunction): Promise<void> {
    this.settings();
    await this.ensureStrategy();
    const handler = passport.authenticate('oidc', (err: unknown, user: SessionUser | false) => {
      if (err || !user) {
        this.logger.warn(`OIDC sign-in refused: ${err instanceof Error ? err.message : 'no user'}`);
        const reason = err instanceof AppError ? err.code.toLowerCase() : 'oidc';
        response.redirect(303, `/anmelden?fehler=${reason}`);
        return;
      }
      request.logIn(user, (loginError) => {
        if (loginError) {
          next(loginError);
          return;
        }
        response.redirect(303, user.roles.some((r) => r !== 'resident') ? '/planung' : '/');
      });
    }) as (req: Request, res: Response, next: NextFunction) => void;
    handler(request, response, next);
  }

  /** Finds or creates the account of a directory identity and sets its roles from the claim. */
  async signInFromDirectory(issuer: string, claims: Record<string, unknown>): Promise<SessionUser> {
    const oidc = this.settings();
    const sub = typeof claims.sub === 'string' ? claims.sub : null;
    if (!sub) throw new AppError('OIDC_FAILED');
    const identity = `${issuer}|${sub}`;
    const email = typeof claims.email === 'string' ? claims.email : null;
    const name = typeof claims.name === 'string' ? claims.name : (email ?? sub);
    const values = [claimAt(claims, oidc.rolesClaim)]
      .flat()
      .filter((v): v is string => typeof v === 'string');
    const staffRoles = values.map((v) => oidc.roleMap[v]).filter((r): r is Role => r !== undefined);
    const roles = [...new Set<Role>(['resident', ...staffRoles])];

    // An existing local account is linked by its address only when the directory vouches for
    // that address (email_verified): otherwise anyone who can set an e-mail there takes it over.
    const emailVerified = claims.email_verified === true || claims.email_verified === 'true';
    let user =
      (await this.users.findByOidcIdentity(identity)) ??
      (email && emailVerified ? await this.users.findByEmail(email) : null);
    if (user && !user.active) throw new AppError('ACCOUNT_DEACTIVATED');
    if (user) {
      user.oidcIdentity = identity;
      user.roles = roles;
      user.displayName = name;
      user.emailVerifiedAt ??= new Date();
      user = await this.users.save(user);
    } else {
      if (!email) throw new AppError('OIDC_FAILED');
      // An unverified address that a local account already has: neither link nor duplicate.
      if (await this.users.findByEmail(email)) throw new AppError('OIDC_EMAIL_UNVERIFIED');
      user = await this.users.create(this.dataSource.manager, {
        email,
        displayName: name,
        roles,
        verified: true,
        oidcIdentity: identity,
      });
    }
    this.logger.log(`directory sign-in ${user.email} as ${roles.join(',')}`);
    return toSessionUser(user);
  }
}
