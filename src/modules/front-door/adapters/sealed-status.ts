import type { KeyRing } from '../../../core/crypto/key-ring.js';
import { openJson, sealJson } from '../../../core/crypto/sealed-json.js';
import { type FrontDoorStatus, frontDoorStatuses } from '../domain/vocabulary.js';

/**
 * The status a person gives at the front door is sealed like a file's (ADR 10): bound to its request,
 * padded so that every status looks the same size in a dump.
 */
const context = (requestId: string) => `front-door-status:${requestId}`;
const block = 64;

export function sealRequestStatus(keyRing: KeyRing, requestId: string, status: FrontDoorStatus): string {
  return sealJson(keyRing, { status }, context(requestId), block);
}

/** Null when unreadable or not one of the statuses: a status is never guessed. */
export function openRequestStatus(
  keyRing: KeyRing,
  requestId: string,
  sealed: string,
): FrontDoorStatus | null {
  try {
    const value = openJson(keyRing, sealed, context(requestId)) as { status?: unknown };
    return (frontDoorStatuses as readonly unknown[]).includes(value.status)
      ? (value.status as FrontDoorStatus)
      : null;
  } catch {
    return null;
  }
}
