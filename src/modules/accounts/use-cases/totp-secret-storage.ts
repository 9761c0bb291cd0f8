import { isSealedText, KeyRingError } from '../../../core/crypto/key-ring.js';
import type { Deps } from '../../../core/use-case.js';
import { accountErrors } from '../errors.js';

/**
 * Second-factor secrets are stored sealed by the key ring (ADR 5 and 8), bound to their account: a
 * secret copied onto another account, or a known secret written into the database, does not open.
 * The context is also written by migration 0018: keep both the same.
 */
export const totpSecretContext = (userId: string) => `totp:${userId}`;

export function sealTotpSecret(deps: Deps, userId: string, secret: string): string {
  if (!deps.keyRing) throw accountErrors.encryptionNotConfigured();
  return deps.keyRing.sealText(secret, totpSecretContext(userId));
}

export function openTotpSecret(deps: Deps, userId: string, stored: string): string {
  if (!deps.keyRing) throw accountErrors.encryptionNotConfigured();
  // A secret in clear was not written by this code (the migration sealed the older ones): never trusted.
  if (!isSealedText(stored)) throw accountErrors.secondFactorUnreadable();
  try {
    return deps.keyRing.openText(stored, totpSecretContext(userId));
  } catch (error) {
    if (error instanceof KeyRingError) throw accountErrors.secondFactorUnreadable();
    throw error;
  }
}
