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
  MinLength,
  validateSync,
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

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

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

  /** Directory of the built client; served at / when it exists. */
  @IsString()
  CLIENT_DIR = 'client/dist';

  /** Express "trust proxy" setting, e.g. 1 or "loopback" behind nginx. */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;
}

export function validateEnvironment(raw: Record<string, unknown>): Environment {
  // Empty strings mean "not set", as in most deployment tools.
  const cleaned = Object.fromEntries(
    Object.entries(raw).filter(([, v]) => v !== '' && v !== undefined),
  );
  const env = plainToInstance(Environment, cleaned, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return env;
}
