import { z } from 'zod';
import { parseKeyRingSpec } from './crypto/key-ring.js';

/** Development only: a published key, refused in production (see docs/adr/0008-documents-encrypted-at-rest.md). */
export const developmentEncryptionKeys = 'development-only:ZGV2ZWxvcG1lbnQtb25seS1rZXktbm90LXNlY3JldCE=';

/** `NAME=` in an environment file means the setting is not given. */
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  /** Secret used to sign cookies and derive CSRF tokens. Must be set in production. */
  SESSION_SECRET: z.string().min(32).default('development-only-secret-change-me-0123456789abcdef'),
  /** Where outgoing e-mail lands when no SMTP server is configured. */
  OUTBOX_DIR: z.string().optional(),
  /** e.g. smtp://user:pass@mail.example.org:587 — without it, e-mail goes to the outbox. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Passerelle <no-reply@passerelle.local>'),
  /**
   * `twilio` sends texts (follow-up links) through Twilio with the three settings below; without it,
   * texts go to the development outbox, and in production none is sent.
   */
  SMS_PROVIDER: unsetWhenEmpty(z.enum(['twilio']).optional()),
  TWILIO_ACCOUNT_SID: unsetWhenEmpty(z.string().optional()),
  TWILIO_AUTH_TOKEN: unsetWhenEmpty(z.string().optional()),
  /** The sending number in E.164 (`+33…`), or an alphanumeric sender ID where the country allows it. */
  SMS_FROM: unsetWhenEmpty(z.string().optional()),
  /** Twilio's API base, `https://api.twilio.com` by default (tests point it at a local server). */
  TWILIO_API_URL: unsetWhenEmpty(z.string().url().optional()),
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Where the background jobs run: `own-process`, a child process beside the HTTP server (the default
   * on a PostgreSQL server), or `in-process` (the only way on the embedded database, which one process owns).
   */
  JOBS: unsetWhenEmpty(z.enum(['own-process', 'in-process']).optional()),
  /** Base of links in e-mails and QR codes; by default this server's own port on localhost. */
  PUBLIC_URL: z.string().optional(),
  /** A staff session ends after this many minutes without a request (ASVS 7.3.1). */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** ClamAV's daemon, `tcp://host:port`: every uploaded file is scanned before it is stored (ASVS 5.4.3). */
  CLAMAV_URL: z.string().startsWith('tcp://').optional(),
  /** Requests one logged-in session may make in a minute (ASVS 2.4.1); the web app uses a few a page. */
  SESSION_REQUESTS_PER_MINUTE: z.coerce.number().int().min(10).max(1_000_000).default(600),
  /** …and this many hours after its login, whatever the activity (ASVS 7.3.2). */
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(30 * 24)
    .default(12),
  /**
   * Keys of the data encrypted at rest (documents, second-factor secrets): `id:base64-32-bytes`
   * entries separated by commas, the first one current. Must be set in production.
   */
  ENCRYPTION_KEYS: z
    .string()
    .default(developmentEncryptionKeys)
    .superRefine((spec, context) => {
      try {
        parseKeyRingSpec(spec);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
});

export type AppConfig = Omit<z.infer<typeof configSchema>, 'PUBLIC_URL'> & { PUBLIC_URL: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  if (parsed.data.NODE_ENV === 'production' && parsed.data.SESSION_SECRET.startsWith('development-only')) {
    throw new Error('Invalid configuration: SESSION_SECRET must be set in production.');
  }
  if (parsed.data.NODE_ENV === 'production' && parsed.data.ENCRYPTION_KEYS.includes('development-only:')) {
    throw new Error(
      'Invalid configuration: ENCRYPTION_KEYS must be set in production, without the development key.',
    );
  }
  if (parsed.data.SMS_PROVIDER === 'twilio') {
    const missing = (['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'SMS_FROM'] as const).filter(
      (name) => !parsed.data[name],
    );
    if (missing.length > 0)
      throw new Error(`Invalid configuration: SMS_PROVIDER=twilio needs ${missing.join(', ')}.`);
  }
  if (parsed.data.JOBS === 'own-process' && !parsed.data.DATABASE_URL)
    throw new Error(
      'Invalid configuration: JOBS=own-process needs DATABASE_URL (the embedded database belongs to one process).',
    );
  // Links and QR codes must reach this server: without PUBLIC_URL, they follow PORT.
  return { ...parsed.data, PUBLIC_URL: parsed.data.PUBLIC_URL || `http://localhost:${parsed.data.PORT}` };
}

/** Where the background jobs run: beside the HTTP server on a PostgreSQL server unless told otherwise. */
export function jobsPlacement(
  config: Pick<AppConfig, 'JOBS' | 'DATABASE_URL'>,
): 'own-process' | 'in-process' {
  return config.JOBS ?? (config.DATABASE_URL ? 'own-process' : 'in-process');
}
