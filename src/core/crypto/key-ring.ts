import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Authenticated encryption at rest (AES-256-GCM) with several live keys, so that keys can be rotated
 * without downtime: new data is sealed under the current key, older data stays readable under the key
 * id stored beside it until it is re-encrypted (see docs/adr/0008-documents-encrypted-at-rest.md).
 */
export interface SealedBlob {
  keyId: string;
  /** 96 bits, random for every blob: GCM must never see the same nonce twice under one key. */
  nonce: Buffer;
  /** The ciphertext followed by the 128-bit authentication tag. */
  ciphertext: Buffer;
}

export interface KeyRing {
  readonly currentKeyId: string;
  readonly keyIds: readonly string[];
  /**
   * `context` (e.g. the record's id) is authenticated but not stored in the blob: a blob copied onto
   * another record, or given another key id, fails to open.
   */
  seal(plaintext: Buffer, context: string): SealedBlob;
  open(blob: SealedBlob, context: string): Buffer;
  /** A sealed value as one text, for short secrets kept in a text column. */
  sealText(plaintext: string, context: string): string;
  openText(sealed: string, context: string): string;
}

export class KeyRingError extends Error {
  constructor(
    readonly reason: 'unknown_key' | 'tampered' | 'malformed',
    message: string,
  ) {
    super(message);
    this.name = 'KeyRingError';
  }
}

const nonceLength = 12;
const tagLength = 16;
const keyIdPattern = /^[A-Za-z0-9_-]{1,32}$/;
const textPrefix = 'enc1';

export function createKeyRing(keys: readonly { id: string; key: Buffer }[]): KeyRing {
  if (keys.length === 0) throw new Error('A key ring needs at least one key.');
  const byId = new Map<string, Buffer>();
  for (const { id, key } of keys) {
    if (!keyIdPattern.test(id)) throw new Error(`Key id "${id}" must be 1 to 32 letters, digits, - or _.`);
    if (key.length !== 32) throw new Error(`Key "${id}" must be 32 bytes (AES-256), not ${key.length}.`);
    if (byId.has(id)) throw new Error(`Key id "${id}" appears twice.`);
    byId.set(id, key);
  }
  const current = keys[0]!;
  const additionalData = (keyId: string, context: string) => Buffer.from(`${keyId}\u0000${context}`, 'utf8');

  const ring: KeyRing = {
    currentKeyId: current.id,
    keyIds: keys.map((k) => k.id),
    seal(plaintext, context) {
      const nonce = randomBytes(nonceLength);
      const cipher = createCipheriv('aes-256-gcm', current.key, nonce, { authTagLength: tagLength });
      cipher.setAAD(additionalData(current.id, context));
      const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
      return { keyId: current.id, nonce, ciphertext };
    },
    open(blob, context) {
      const key = byId.get(blob.keyId);
      if (!key) throw new KeyRingError('unknown_key', `No key "${blob.keyId}" in the key ring.`);
      if (blob.nonce.length !== nonceLength || blob.ciphertext.length < tagLength) {
        throw new KeyRingError('malformed', 'The encrypted value is truncated.');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, blob.nonce, { authTagLength: tagLength });
      decipher.setAAD(additionalData(blob.keyId, context));
      decipher.setAuthTag(blob.ciphertext.subarray(blob.ciphertext.length - tagLength));
      try {
        return Buffer.concat([
          decipher.update(blob.ciphertext.subarray(0, blob.ciphertext.length - tagLength)),
          decipher.final(),
        ]);
      } catch {
        throw new KeyRingError('tampered', 'The encrypted value was altered or sealed under another key.');
      }
    },
    sealText(plaintext, context) {
      const blob = ring.seal(Buffer.from(plaintext, 'utf8'), context);
      return [
        textPrefix,
        blob.keyId,
        blob.nonce.toString('base64url'),
        blob.ciphertext.toString('base64url'),
      ].join('.');
    },
    openText(sealed, context) {
      const parts = sealed.split('.');
      if (parts.length !== 4 || parts[0] !== textPrefix) {
        throw new KeyRingError('malformed', 'The value is not an encrypted text.');
      }
      const [, keyId, nonce, ciphertext] = parts as [string, string, string, string];
      return ring
        .open(
          { keyId, nonce: Buffer.from(nonce, 'base64url'), ciphertext: Buffer.from(ciphertext, 'base64url') },
          context,
        )
        .toString('utf8');
    },
  };
  return ring;
}

/** Whether a text column holds a value sealed by `sealText` (and not, say, a secret written before encryption). */
export function isSealedText(value: string): boolean {
  return value.startsWith(`${textPrefix}.`);
}

/** The key id of a value sealed by `sealText`, to find what a rotation must re-encrypt. */
export function keyIdOfSealedText(value: string): string | null {
  return isSealedText(value) ? (value.split('.')[1] ?? null) : null;
}

/**
 * Parses `ENCRYPTION_KEYS`: comma-separated `id:base64-of-32-bytes` entries, the first one current.
 * Errors never echo key material.
 */
export function parseKeyRingSpec(spec: string): KeyRing {
  const entries = spec
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const keys = entries.map((entry, index) => {
    const separator = entry.indexOf(':');
    if (separator <= 0) throw new Error(`Entry ${index + 1} of ENCRYPTION_KEYS is not "id:base64key".`);
    const id = entry.slice(0, separator);
    const key = Buffer.from(entry.slice(separator + 1), 'base64');
    return { id, key };
  });
  return createKeyRing(keys);
}

/** A fresh `id:base64` entry for ENCRYPTION_KEYS (printed by the command line, never logged). */
export function newKeyEntry(id: string): string {
  if (!keyIdPattern.test(id)) throw new Error(`Key id "${id}" must be 1 to 32 letters, digits, - or _.`);
  return `${id}:${randomBytes(32).toString('base64')}`;
}
