import type { KeyRing } from './key-ring.js';

/**
 * Small structured values (a person's immigration status and its dates, a barrier's category and
 * note) sealed as one text by the key ring, bound to their record (ADR 10).
 *
 * GCM does not hide the length of what it seals, and the length alone would tell an immigration status
 * or a barrier category apart ("health" is the only six-letter category). The JSON is therefore padded
 * with spaces, which JSON ignores, to a whole number of `blockSize` bytes: values of one block all
 * look alike; a long note reveals only its length to within a block.
 */
export function sealJson(keyRing: KeyRing, value: unknown, context: string, blockSize: number): string {
  if (!Number.isInteger(blockSize) || blockSize < 16)
    throw new Error('The block size must be 16 bytes or more.');
  const json = JSON.stringify(value);
  const length = Buffer.byteLength(json, 'utf8');
  const padded = Math.max(1, Math.ceil(length / blockSize)) * blockSize;
  return keyRing.sealText(json + ' '.repeat(padded - length), context);
}

/** Opens a value sealed by `sealJson` under the same context; a KeyRingError when it cannot. */
export function openJson(keyRing: KeyRing, sealed: string, context: string): unknown {
  return JSON.parse(keyRing.openText(sealed, context));
}
