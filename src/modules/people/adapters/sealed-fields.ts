import { type KeyRing, KeyRingError, keyIdOfSealedText } from '../../../core/crypto/key-ring.js';
import { openJson, sealJson } from '../../../core/crypto/sealed-json.js';
import { peopleErrors } from '../errors.js';

/**
 * The person's fields a database dump must not reveal (ADR 10): the immigration status with its dates,
 * and every barrier's category and note (a health barrier would otherwise show as such). Each is sealed
 * by the key ring as one padded JSON text bound to its row: a value copied onto another person or
 * barrier does not open. Migration 0029 writes the same contexts and block sizes: keep them the same.
 */
export interface PersonStatus {
  immigrationStatus: string | null;
  statusDate: string | null;
  asylumApplicationDate: string | null;
}

export interface BarrierDetail {
  category: string;
  note: string | null;
}

export const noStatus: PersonStatus = {
  immigrationStatus: null,
  statusDate: null,
  asylumApplicationDate: null,
};

const statusContext = (personId: string) => `person-status:${personId}`;
const barrierContext = (barrierId: string) => `person-barrier:${barrierId}`;
/** Large enough for the longest status with both dates: every status looks the same size. */
const statusBlock = 128;
/** A category with a short note fits one block; a long note reveals its length to within 256 bytes. */
const barrierBlock = 256;

function requireKeyRing(keyRing: KeyRing | undefined): KeyRing {
  if (!keyRing) throw peopleErrors.encryptionNotConfigured();
  return keyRing;
}

function opened(keyRing: KeyRing | undefined, sealed: string, context: string): unknown {
  try {
    return openJson(requireKeyRing(keyRing), sealed, context);
  } catch (error) {
    if (error instanceof KeyRingError || error instanceof SyntaxError)
      throw peopleErrors.sealedDataUnreadable();
    throw error;
  }
}

/** Null when nothing is known of the status (no key needed then): a dump tells only that. */
export function sealPersonStatus(
  keyRing: KeyRing | undefined,
  personId: string,
  status: PersonStatus,
): string | null {
  if (
    status.immigrationStatus === null &&
    status.statusDate === null &&
    status.asylumApplicationDate === null
  )
    return null;
  const value: PersonStatus = {
    immigrationStatus: status.immigrationStatus,
    statusDate: status.statusDate,
    asylumApplicationDate: status.asylumApplicationDate,
  };
  return sealJson(requireKeyRing(keyRing), value, statusContext(personId), statusBlock);
}

export function openPersonStatus(
  keyRing: KeyRing | undefined,
  personId: string,
  sealed: string | null,
): PersonStatus {
  if (sealed === null) return noStatus;
  const value = opened(keyRing, sealed, statusContext(personId)) as Partial<PersonStatus>;
  return {
    immigrationStatus: value.immigrationStatus ?? null,
    statusDate: value.statusDate ?? null,
    asylumApplicationDate: value.asylumApplicationDate ?? null,
  };
}

export function sealBarrierDetail(
  keyRing: KeyRing | undefined,
  barrierId: string,
  detail: BarrierDetail,
): string {
  return sealJson(
    requireKeyRing(keyRing),
    { category: detail.category, note: detail.note },
    barrierContext(barrierId),
    barrierBlock,
  );
}

export function openBarrierDetail(
  keyRing: KeyRing | undefined,
  barrierId: string,
  sealed: string,
): BarrierDetail {
  const value = opened(keyRing, sealed, barrierContext(barrierId)) as Partial<BarrierDetail>;
  if (typeof value.category !== 'string') throw peopleErrors.sealedDataUnreadable();
  return { category: value.category, note: value.note ?? null };
}

/** Whether a sealed value must be re-sealed by a key rotation. */
export function sealedUnderOtherKey(sealed: string, currentKeyId: string): boolean {
  return keyIdOfSealedText(sealed) !== currentKeyId;
}
