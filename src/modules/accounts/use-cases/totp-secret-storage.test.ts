import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { up as sealClearSecrets } from '../../../../migrations/0018_seal_totp_secrets.js';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { developmentEncryptionKeys } from '../../../core/config.js';
import { createKeyRing, keyIdOfSealedText, parseKeyRingSpec } from '../../../core/crypto/key-ring.js';
import { createStaffAccount } from './create-staff-account.js';
import { login } from './login.js';
import { resealTotpSecrets } from './reseal-totp-secrets.js';
import { verifySecondFactor } from './second-factor.js';
import { openTotpSecret } from './totp-secret-storage.js';

let database: TestDatabase;
let organizationId: string;
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

beforeAll(async () => {
  database = await createTestDatabase();
  organizationId = (await givenOrganization(database.db)).id;
});
afterAll(() => database.close());

const storedSecret = async (userId: string) =>
  (
    await database.db
      .selectFrom('users')
      .select('totp_secret')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow()
  ).totp_secret!;

describe('second-factor secrets at rest', () => {
  it('are stored sealed and bound to their account', async () => {
    const deps = testDeps(database);
    const { userId } = await createStaffAccount(deps)(systemContext(), {
      email: 'admin.totp@example.test',
      displayName: 'Admin Totp',
      role: 'administrator',
      organizationId,
      password: 'a-long-enough-password',
      totpSecret: secret,
    });
    const stored = await storedSecret(userId);
    expect(stored.startsWith('enc1.')).toBe(true);
    expect(stored).not.toContain(secret);
    expect(openTotpSecret(deps, userId, stored)).toBe(secret);
    const other = await givenStaff(database.db, organizationId, 'administrator');
    expect(() => openTotpSecret(deps, other.actor.userId, stored)).toThrow(
      expect.objectContaining({ code: 'SECOND_FACTOR_UNREADABLE' }),
    );
    // Like the demo administrator: the secret given at creation is the one the authenticator app holds.
    const ctx = { actor: null, requestId: 'test', locale: 'en' as const, ip: null };
    const session = await login(deps)(ctx, {
      email: 'admin.totp@example.test',
      password: 'a-long-enough-password',
    });
    expect(session.secondFactor).toBe('required');
    await expect(
      verifySecondFactor(deps)(ctx, { token: session.token, code: await generate({ secret }) }),
    ).resolves.toMatchObject({ ok: true });
    // A known secret written straight into the database is never trusted.
    expect(() => openTotpSecret(deps, userId, secret)).toThrow(
      expect.objectContaining({ code: 'SECOND_FACTOR_UNREADABLE' }),
    );
  });

  it('written in clear before, are sealed by migration 0018, once', async () => {
    const deps = testDeps(database);
    const legacy = await givenStaff(database.db, organizationId, 'director');
    await database.db
      .updateTable('users')
      .set({ totp_secret: secret, totp_enabled_at: new Date() })
      .where('id', '=', legacy.actor.userId)
      .execute();
    const sealedBefore = await database.db
      .selectFrom('users')
      .select(['id', 'totp_secret'])
      .where('totp_secret', 'like', 'enc1.%')
      .execute();
    await sealClearSecrets(database.db as unknown as Kysely<unknown>);
    const sealed = await storedSecret(legacy.actor.userId);
    expect(sealed.startsWith('enc1.')).toBe(true);
    expect(openTotpSecret(deps, legacy.actor.userId, sealed)).toBe(secret);
    for (const row of sealedBefore) expect(await storedSecret(row.id)).toBe(row.totp_secret);
  });

  it('are re-sealed under the new key in a rotation', async () => {
    const deps = testDeps(database);
    const newKey = { id: 'k-next', key: randomBytes(32) };
    const rotated = {
      ...deps,
      keyRing: parseKeyRingSpec(`k-next:${newKey.key.toString('base64')},${developmentEncryptionKeys}`),
    };
    await expect(
      resealTotpSecrets(rotated)(await givenStaff(database.db, organizationId, 'administrator'), {}),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const result = await resealTotpSecrets(rotated)(systemContext(), {});
    expect(result.resealed).toBe(2);
    expect((await resealTotpSecrets(rotated)(systemContext(), {})).resealed).toBe(0);
    const onlyNew = { ...deps, keyRing: createKeyRing([newKey]) };
    const rows = await database.db
      .selectFrom('users')
      .select(['id', 'totp_secret'])
      .where('totp_secret', 'is not', null)
      .execute();
    for (const row of rows) {
      expect(keyIdOfSealedText(row.totp_secret!)).toBe('k-next');
      expect(openTotpSecret(onlyNew, row.id, row.totp_secret!)).toBe(secret);
    }
  });
});
