import { z } from 'zod';
import { requireSystem } from '../../../core/auth/actor.js';
import { keyIdOfSealedText } from '../../../core/crypto/key-ring.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsRepository } from '../adapters/accounts-repository.js';
import { accountErrors } from '../errors.js';
import { openTotpSecret, sealTotpSecret } from './totp-secret-storage.js';

/**
 * Part of a key rotation: re-seals under the current key every second-factor secret sealed under an
 * older one. Staff accounts are few, so one transaction suffices.
 */
export const resealTotpSecrets = defineUseCase(z.object({}), async ({ ctx, trx, audit, deps }) => {
  requireSystem(ctx);
  if (!deps.keyRing) throw accountErrors.encryptionNotConfigured();
  const current = deps.keyRing.currentKeyId;
  const repo = accountsRepository(trx);
  let resealed = 0;
  for (const { id, totpSecret } of await repo.totpSecrets()) {
    if (keyIdOfSealedText(totpSecret) === current) continue;
    await repo.updateUser(id, { totpSecret: sealTotpSecret(deps, id, openTotpSecret(deps, id, totpSecret)) });
    resealed += 1;
  }
  if (resealed > 0) {
    await audit.record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: null,
      action: 'user.totp_secrets_reseal',
      resourceType: 'user',
      resourceId: null,
      requestId: ctx.requestId,
      details: { accounts: resealed, keyId: current },
    });
  }
  return { resealed, currentKeyId: current };
});
