import { type KeyRing, KeyRingError, keyIdOfSealedText } from '../../../core/crypto/key-ring.js';
import { openJson, sealJson } from '../../../core/crypto/sealed-json.js';
import { peopleErrors } from '../../people/errors.js';
import type { EligibilityEvaluation } from '../domain/eligibility.js';

/**
 * The evaluation kept with an enrolment repeats what the rules observed — the immigration status, the
 * asylum application date — so it is stored sealed like the person's file (ADR 10), bound to its
 * enrolment: `{ "sealed": "enc1.…" }` in `enrolments.eligibility_snapshot`. The verdict stays in
 * clear in its own column. Migration 0029 writes the same context and block size: keep them the same.
 */
export interface StoredEligibilitySnapshot {
  sealed: string;
}

const context = (enrolmentId: string) => `enrolment-eligibility:${enrolmentId}`;
/** Evaluations differ in length by the status they observed: padding hides which. */
const block = 512;

export function sealEligibilitySnapshot(
  keyRing: KeyRing | undefined,
  enrolmentId: string,
  evaluation: EligibilityEvaluation,
): StoredEligibilitySnapshot {
  if (!keyRing) throw peopleErrors.encryptionNotConfigured();
  return { sealed: sealJson(keyRing, evaluation, context(enrolmentId), block) };
}

export function openEligibilitySnapshot(
  keyRing: KeyRing | undefined,
  enrolmentId: string,
  stored: unknown,
): EligibilityEvaluation {
  if (!keyRing) throw peopleErrors.encryptionNotConfigured();
  const sealed = (stored as Partial<StoredEligibilitySnapshot> | null)?.sealed;
  if (typeof sealed !== 'string') throw peopleErrors.sealedDataUnreadable();
  try {
    return openJson(keyRing, sealed, context(enrolmentId)) as EligibilityEvaluation;
  } catch (error) {
    if (error instanceof KeyRingError || error instanceof SyntaxError)
      throw peopleErrors.sealedDataUnreadable();
    throw error;
  }
}

/** Whether a stored snapshot must be re-sealed by a key rotation. */
export function snapshotUnderOtherKey(stored: unknown, currentKeyId: string): boolean {
  const sealed = (stored as Partial<StoredEligibilitySnapshot> | null)?.sealed;
  return typeof sealed === 'string' && keyIdOfSealedText(sealed) !== currentKeyId;
}
