import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MaxLength,
  MinLength,
  validateSync,
  ValidationError,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return value;
};
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/**
 * Every environment variable the server reads. Validated once at boot; a bad value stops the
 * server with a message that names the variable. Nothing else in src/ reads process.env.
 */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** postgres://… for a PostgreSQL server; pglite://memory for a throwaway embedded database. */
  @IsOptional()
  @Matches(/^(postgres|postgresql):\/\/.+|^pglite:\/\/memory$/, {
    message: 'DATABASE_URL must be a postgres:// URL (or pglite://memory)',
  })
  DATABASE_URL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @IsString()
  @MinLength(1)
  DATA_DIR = './data';

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO?: boolean;

  /** Password for the seeded demo staff accounts; unset: generated and printed once. */
  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'SEED_DEMO_PASSWORD must be at least 10 characters' })
  SEED_DEMO_PASSWORD?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** `pretty` (readable lines) or `json`; unset: pretty on a terminal outside production. */
  @IsOptional()
  @IsIn(['pretty', 'json'])
  LOG_FORMAT?: 'pretty' | 'json';

  @IsString()
  @Matches(/^(https?:\/\/|\/).*\{z\}.*\{x\}.*\{y\}/, {
    message: 'TILE_URL must be an http(s) URL template containing {z}, {x} and {y}',
  })
  TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

  @IsString()
  TILE_ATTRIBUTION =
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(22)
  TILE_MAX_ZOOM = 19;

  /** Initial map view "lat,lng" (default: Essen city centre). */
  @Matches(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, { message: 'MAP_CENTER must be "lat,lng"' })
  MAP_CENTER = '51.4556,7.0116';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  MAP_ZOOM = 11;

  /** Plan areas must lie inside this box "minLon,minLat,maxLon,maxLat" (default: Essen with a margin). */
  @Matches(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, {
    message: 'CITY_BBOX must be minLon,minLat,maxLon,maxLat',
  })
  CITY_BBOX = '6.85,51.30,7.20,51.58';

  /** Largest document (PDF, image) a planner may upload, in megabytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  DOCUMENT_MAX_MB = 50;

  /** Longest statement text, in characters. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(100_000)
  STATEMENT_MAX_CHARS = 20_000;

  /** How far outside the plan area a statement's location may lie, in metres. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10_000)
  STATEMENT_AREA_BUFFER_M = 250;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  ATTACHMENT_MAX_MB = 10;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(20)
  ATTACHMENT_MAX_COUNT = 5;

  /** Uploaded attachments no statement claimed are deleted after this many hours. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 365)
  ATTACHMENT_UNCLAIMED_HOURS = 24;

  /** Statement submissions and uploads per client IP and minute (shared by all instances). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  STATEMENT_RATE_LIMIT = 30;

  /** Directory of the built client; served at / when it exists. */
  @IsString()
  CLIENT_DIR = 'client/dist';

  /** Express "trust proxy" setting, e.g. 1 or "loopback" behind nginx. */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /**
   * Public address of this installation: links in mails, the CSRF origin check and the OIDC
   * callback come from it, never from the request's Host header. Required (https) in production.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^/]+$/, {
    message: 'PUBLIC_URL must be an origin like https://beteiligung.essen.de',
  })
  PUBLIC_URL?: string;

  /** Signs session cookies; all instances behind one load balancer need the same value. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters' })
  SESSION_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 90)
  SESSION_TTL_HOURS = 12;

  /** `auto`: Secure cookies when the request came over HTTPS (directly or via TRUST_PROXY). */
  /** Base of the progressive delay after failed sign-ins (doubles from the fourth failure). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(5000)
  SIGN_IN_DELAY_MS = 250;

  /** Failed sign-ins in a row after which the account is locked (whatever the client's IP). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  SIGN_IN_LOCK_AFTER = 5;

  /** First lock-out in minutes; each further failure after a lock doubles it (at most 24 h). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  SIGN_IN_LOCK_MINUTES = 1;

  @IsIn(['auto', 'true', 'false'])
  COOKIE_SECURE: 'auto' | 'true' | 'false' = 'auto';

  /** Open moderation feeds (server-sent events) per user and instance; one more gets 429. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  MODERATION_FEED_MAX_PER_USER = 3;

  /** smtp://user:pass@host:587 or smtps://…; unset: mails are written to DATA_DIR/mail as .eml. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Mitplanen <noreply@mitplanen.local>';

  /** Sender block of letters (DIN 5008): office, then address and contact lines split at `|`. */
  @IsString()
  @MaxLength(200)
  LETTER_OFFICE = 'Stadt Essen · Amt für Stadtplanung und Bauordnung';

  @IsString()
  @MaxLength(300)
  LETTER_ADDRESS = 'Lindenallee 10|45127 Essen';

  @IsString()
  @MaxLength(300)
  LETTER_CONTACT = 'Telefon 0201 88-0|stadtplanung@essen.de';

  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(60_000)
  MAIL_POLL_INTERVAL_MS = 2000;

  /** OpenID Connect for staff sign-in (e.g. the city's Keycloak); all three or none. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'OIDC_ISSUER must be an http(s) URL' })
  OIDC_ISSUER?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_SECRET?: string;

  /** Claim holding the user's groups or roles, e.g. `groups` or `realm_access.roles`. */
  @IsString()
  OIDC_ROLES_CLAIM = 'groups';

  /** Claim value → Mitplanen role, e.g. `stadtplanung:planner,moderation:moderator`. */
  @IsOptional()
  @Matches(
    /^[^:,]+:(resident|planner|moderator|admin)(,[^:,]+:(resident|planner|moderator|admin))*$/,
    {
      message:
        'OIDC_ROLE_MAP must look like claimValue:role,claimValue:role (roles: resident, planner, moderator, admin)',
    },
  )
  OIDC_ROLE_MAP?: string;

  /** Scopes to ask for; add the one that releases the roles claim if the directory needs it. */
  @IsString()
  OIDC_SCOPES = 'openid profile email';

  @IsString()
  OIDC_LABEL = 'Anmeldung für Beschäftigte der Stadt';
}

export function validateEnvironment(raw: Record<string, unknown>): Environment {
  // Empty strings mean "not set", as in most deployment tools.
  const cleaned = Object.fromEntries(
    Object.entries(raw).filter(([, v]) => v !== '' && v !== undefined),
  );
  const env = plainToInstance(Environment, cleaned, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  if (env.NODE_ENV === 'production' && !env.PUBLIC_URL?.startsWith('https://')) {
    errors.push(
      Object.assign(new ValidationError(), {
        property: 'PUBLIC_URL',
        constraints: {
          production:
            'PUBLIC_URL is required in production and must be an https:// origin like https://beteiligung.essen.de (links in mails and the CSRF check use it)',
        },
      }),
    );
  }
  const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidc !== 0 && oidc !== 3) {
    throw new Error(
      'Invalid configuration:\n  OIDC_ISSUER: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together',
    );
  }
  if (errors.length > 0) {
    const lines = errors.map(
      (e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return env;
}
