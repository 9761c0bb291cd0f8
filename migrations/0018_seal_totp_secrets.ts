import { type Kysely, sql } from 'kysely';
import { developmentEncryptionKeys } from '../src/core/config.js';
import { parseKeyRingSpec } from '../src/core/crypto/key-ring.js';

/**
 * Staff accounts' second-factor secrets were stored in clear (ADR 5): seal each one with the key ring of
 * ENCRYPTION_KEYS (ADR 8), bound to its account (`totp:<user id>`, as `totp-secret-storage.ts` does).
 * The migration runs in the process that has just loaded and checked the configuration (server or
 * command line), so the keys are those the server will use. Values already sealed are left as they are.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const keyRing = parseKeyRingSpec(process.env.ENCRYPTION_KEYS || developmentEncryptionKeys);
  const { rows } = await sql<{ id: string; totp_secret: string }>`
    SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL AND totp_secret NOT LIKE 'enc1.%'
  `.execute(db);
  for (const row of rows) {
    const sealed = keyRing.sealText(row.totp_secret, `totp:${row.id}`);
    await sql`UPDATE users SET totp_secret = ${sealed} WHERE id = ${row.id}`.execute(db);
  }
}
