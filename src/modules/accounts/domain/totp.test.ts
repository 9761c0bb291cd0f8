import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { demoAdministratorTotpSecret } from '../../../demo/staff.js';
import { isValidTotpSecret, newTotpSecret, totpSecretKey, verifyTotp } from './totp.js';

const now = new Date('2026-03-02T09:00:00Z');
const epoch = now.getTime() / 1000;

describe('second-factor codes', () => {
  it('checks a code computed from a new secret and from the demo secret', async () => {
    const secret = newTotpSecret();
    expect(isValidTotpSecret(secret)).toBe(true);
    expect(await verifyTotp(secret, await generate({ secret, epoch }), now)).toBe(true);
    expect(isValidTotpSecret(demoAdministratorTotpSecret)).toBe(true);
    const code = await generate({ secret: demoAdministratorTotpSecret, epoch });
    expect(await verifyTotp(demoAdministratorTotpSecret, code, now)).toBe(true);
    expect(await verifyTotp(demoAdministratorTotpSecret, code, new Date(now.getTime() + 120_000))).toBe(
      false,
    );
  });

  it('reads a secret with leftover bits as authenticator apps do, instead of failing', async () => {
    // The former demo secret: 28 characters, 140 bits, 4 of them past the last byte.
    const former = 'PASSERELLEDEMOADMINSECRETKEY';
    expect(isValidTotpSecret(former)).toBe(false);
    const key = totpSecretKey(former)!;
    expect(key).toHaveLength(17);
    const code = await generate({ secret: key, epoch });
    expect(await verifyTotp(former, code, now)).toBe(true);
    expect(await verifyTotp(former.toLowerCase().replace(/(.{4})/g, '$1 '), code, now)).toBe(true);
  });

  it('answers no, never an exception, whatever is stored or typed', async () => {
    const secret = newTotpSecret();
    for (const stored of ['', 'AB', '0189', '!!!!', 'é'.repeat(40), 'A'.repeat(5000), 'enc1.garbage']) {
      await expect(verifyTotp(stored, '123456', now)).resolves.toBe(false);
    }
    for (const typed of ['', '12345', '1234567', 'abcdef', '１２３４５６', ' 123456', '-12345']) {
      await expect(verifyTotp(secret, typed, now)).resolves.toBe(false);
    }
  });
});
