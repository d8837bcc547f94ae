import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root (apps/api/dist/config → ../../../..), used to place the embedded data folder. */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^mysql:\/\/.+/, { message: 'must be a mysql://user:password@host:port/database URL (unset: embedded SQLite)' })
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, 'data')),
  DEMO_SEED: booleanFromEnv.optional(),
  JWT_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
  JWT_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(8 * 3600),
  DATA_KEY: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, { message: 'must be 64 hex characters (a 256-bit key)' })
    .optional(),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  STATIC_ROOT: z.string().min(1).default(path.join(REPO_ROOT, 'apps')),
});

export type DatabaseKind = 'sqlite' | 'mysql';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  database: { kind: 'sqlite'; file: string } | { kind: 'mysql'; url: string };
  dataDir: string;
  demoSeed: boolean;
  jwt: { secret: string; ttlSeconds: number };
  /** 256-bit key for personal data at rest (AES-256-GCM) and its blind index. */
  dataKey: Buffer;
  loginRateLimitPerMinute: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** Folder holding kiosk/dist and admin/dist, served at /kiosk and /admin. */
  staticRoot: string;
}

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

interface GeneratedSecrets {
  jwtSecret: string;
  dataKey: string;
}

/**
 * The embedded default generates its secrets on first start into its data folder, so a newcomer needs
 * no setup and no secret ever enters the repository. Production must bring its own.
 */
function loadOrCreateLocalSecrets(dataDir: string): GeneratedSecrets {
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as GeneratedSecrets;
  mkdirSync(dataDir, { recursive: true });
  const secrets = { jwtSecret: randomBytes(32).toString('hex'), dataKey: randomBytes(32).toString('hex') };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** Reads and validates the environment once. The only place in the API that reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const values = parsed.data;
  const isProduction = values.NODE_ENV === 'production';
  const database: AppConfig['database'] = values.DATABASE_URL
    ? { kind: 'mysql', url: values.DATABASE_URL }
    : { kind: 'sqlite', file: path.join(values.DATA_DIR, 'canteen.sqlite') };
  const demoSeed = values.DEMO_SEED ?? (database.kind === 'sqlite' && !isProduction);

  const problems: string[] = [];
  if (isProduction) {
    if (!values.JWT_SECRET) problems.push('JWT_SECRET: required in production');
    if (!values.DATA_KEY) problems.push('DATA_KEY: required in production');
    if (demoSeed) problems.push('DEMO_SEED: the demo seed (with its well-known passwords) is refused in production');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const local = values.JWT_SECRET && values.DATA_KEY ? null : loadOrCreateLocalSecrets(values.DATA_DIR);
  return {
    env: values.NODE_ENV,
    port: values.PORT,
    database,
    dataDir: values.DATA_DIR,
    demoSeed,
    jwt: { secret: values.JWT_SECRET ?? local!.jwtSecret, ttlSeconds: values.JWT_TTL_SECONDS },
    dataKey: Buffer.from(values.DATA_KEY ?? local!.dataKey, 'hex'),
    loginRateLimitPerMinute: values.LOGIN_RATE_LIMIT_PER_MINUTE,
    logLevel: values.LOG_LEVEL,
    staticRoot: values.STATIC_ROOT,
  };
}

/** Injection token for the validated AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
