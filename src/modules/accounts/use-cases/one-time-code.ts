import type { Executor } from '../../../core/db/types.js';
import type { Deps } from '../../../core/use-case.js';
import { oneTimeCodesRepository } from '../adapters/one-time-codes-repository.js';
import { totpTimeStep } from '../domain/totp.js';
import { openTotpSecret } from './totp-secret-storage.js';

export type CodeCheck = 'accepted' | 'wrong' | 'used';

/**
 * Checks a code of the account's authenticator app (its sealed secret) and accepts it once: a code
 * whose time step is not after the last one accepted answers 'used' (ASVS 6.5.1), even within its
 * 30 seconds, even if it was accepted by another request at the same moment.
 */
export async function acceptSecondFactorCode(
  db: Executor,
  deps: Deps,
  user: { id: string; sealedSecret: string },
  code: string,
  now: Date,
): Promise<CodeCheck> {
  const step = await totpTimeStep(openTotpSecret(deps, user.id, user.sealedSecret), code, now);
  if (step === null) return 'wrong';
  return (await oneTimeCodesRepository(db).acceptStep(user.id, step)) ? 'accepted' : 'used';
}

/**
 * Checks the first code of a new authenticator app (set up or replacing the old one): its steps
 * start a new sequence, from which the account's codes are counted.
 */
export async function acceptFirstCodeOfNewApp(
  db: Executor,
  deps: Deps,
  user: { id: string; sealedSecret: string },
  code: string,
  now: Date,
): Promise<boolean> {
  const step = await totpTimeStep(openTotpSecret(deps, user.id, user.sealedSecret), code, now);
  if (step === null) return false;
  await oneTimeCodesRepository(db).resetStep(user.id, step);
  return true;
}

/** Wrong codes a session waiting for its second factor may type before it ends. */
export const maxWrongSecondFactorCodes = 5;
