import { resolve } from 'node:path';
import { Environment } from './environment.js';
import type { Role } from '../common/roles.js';

export type DatabaseTarget =
  { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string | null };

/** Typed, derived view of the validated environment. Inject this, never process.env. */
export class AppConfig {
  readonly env: Environment['NODE_ENV'];
  readonly port: number;
  readonly host: string;
  readonly logLevel: string;
  /** Explicit LOG_FORMAT, or null to decide by the terminal (see logging). */
  readonly logFormat: 'pretty' | 'json' | null;
  readonly letterSender: { office: string; address: string[]; contact: string[] };
  readonly dataDir: string;
  readonly database: DatabaseTarget;
  readonly seedDemo: boolean;
  readonly seedDemoPassword: string | undefined;
  readonly clientDir: string;
  readonly cityBbox: [number, number, number, number];
  readonly documentMaxBytes: number;
  readonly filesDir: string;
  readonly statements: {
    maxChars: number;
    areaBufferM: number;
    attachmentMaxBytes: number;
    attachmentMaxCount: number;
    attachmentUnclaimedHours: number;
    rateLimit: number;
  };
  readonly trustProxy: string | undefined;
  readonly tiles: { url: string; attribution: string; maxZoom: number };
  readonly map: { center: [number, number]; zoom: number };
  /**
   * The origin of links in mails, of the CSRF check and of the OIDC callback: PUBLIC_URL, or
   * http://localhost:PORT outside production. Never taken from a request.
   */
  readonly publicUrl: string;
  readonly sessionSecret: string | undefined;
  readonly sessionTtlHours: number;
  readonly cookieSecure: 'auto' | boolean;
  readonly signInDelayMs: number;
  readonly moderationFeedMaxPerUser: number;
  readonly signInLock: { after: number; minutes: number };
  readonly mail: { smtpUrl: string | null; from: string; dir: string; pollIntervalMs: number };
  readonly oidc: {
    issuer: string;
    clientId: string;
    clientSecret: string;
    rolesClaim: string;
    scopes: string[];
    roleMap: Record<string, Role>;
    label: string;
  } | null;

  constructor(e: Environment) {
    this.env = e.NODE_ENV;
    this.port = e.PORT;
    this.host = e.HOST;
    this.logLevel = e.LOG_LEVEL;
    this.logFormat = e.LOG_FORMAT ?? null;
    const lines = (value: string) =>
      value
        .split('|')
        .map((l) => l.trim())
        .filter(Boolean);
    this.letterSender = {
      office: e.LETTER_OFFICE,
      address: lines(e.LETTER_ADDRESS),
      contact: lines(e.LETTER_CONTACT),
    };
    this.dataDir = resolve(e.DATA_DIR);
    this.database = !e.DATABASE_URL
      ? { kind: 'pglite', dataDir: resolve(this.dataDir, 'pglite') }
      : e.DATABASE_URL === 'pglite://memory'
        ? { kind: 'pglite', dataDir: null }
        : { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE };
    // The demo seed is on for the embedded database and opt-in for a real server; in
    // production only an explicit SEED_DEMO=true seeds (demo accounts on a live site).
    this.seedDemo = e.SEED_DEMO ?? (e.NODE_ENV !== 'production' && this.database.kind === 'pglite');
    this.seedDemoPassword = e.SEED_DEMO_PASSWORD;
    this.clientDir = resolve(e.CLIENT_DIR);
    this.cityBbox = e.CITY_BBOX.split(',').map(Number) as [number, number, number, number];
    this.documentMaxBytes = e.DOCUMENT_MAX_MB * 1024 * 1024;
    this.filesDir = resolve(this.dataDir, 'files');
    this.statements = {
      maxChars: e.STATEMENT_MAX_CHARS,
      areaBufferM: e.STATEMENT_AREA_BUFFER_M,
      attachmentMaxBytes: e.ATTACHMENT_MAX_MB * 1024 * 1024,
      attachmentMaxCount: e.ATTACHMENT_MAX_COUNT,
      attachmentUnclaimedHours: e.ATTACHMENT_UNCLAIMED_HOURS,
      rateLimit: e.STATEMENT_RATE_LIMIT,
    };
    this.trustProxy = e.TRUST_PROXY;
    this.tiles = { url: e.TILE_URL, attribution: e.TILE_ATTRIBUTION, maxZoom: e.TILE_MAX_ZOOM };
    const [lat, lng] = e.MAP_CENTER.split(',').map(Number);
    this.map = { center: [lat, lng], zoom: e.MAP_ZOOM };
    this.publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
    this.sessionSecret = e.SESSION_SECRET;
    this.sessionTtlHours = e.SESSION_TTL_HOURS;
    this.signInDelayMs = e.SIGN_IN_DELAY_MS;
    this.moderationFeedMaxPerUser = e.MODERATION_FEED_MAX_PER_USER;
    this.signInLock = { after: e.SIGN_IN_LOCK_AFTER, minutes: e.SIGN_IN_LOCK_MINUTES };
    this.cookieSecure = e.COOKIE_SECURE === 'auto' ? 'auto' : e.COOKIE_SECURE === 'true';
    this.mail = {
      smtpUrl: e.SMTP_URL ?? null,
      from: e.MAIL_FROM,
      dir: resolve(this.dataDir, 'mail'),
      pollIntervalMs: e.MAIL_POLL_INTERVAL_MS,
    };
    this.oidc =
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            rolesClaim: e.OIDC_ROLES_CLAIM,
            scopes: e.OIDC_SCOPES.split(/\s+/).filter(Boolean),
            roleMap: Object.fromEntries(
              (e.OIDC_ROLE_MAP ?? '')
                .split(',')
                .filter(Boolean)
                .map((pair) => pair.split(':') as [string, Role]),
            ),
            label: e.OIDC_LABEL,
          }
        : null;
  }
}
