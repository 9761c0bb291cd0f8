import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { developmentEncryptionKeys, loadConfig } from '../config.js';
import {
  createKeyRing,
  isSealedText,
  KeyRingError,
  keyIdOfSealedText,
  newKeyEntry,
  parseKeyRingSpec,
} from './key-ring.js';

const keyA = { id: 'a', key: randomBytes(32) };
const keyB = { id: 'b', key: randomBytes(32) };

function reasonOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof KeyRingError) return error.reason;
    throw error;
  }
  return 'opened';
}

function flipByte(buffer: Buffer, index: number): Buffer {
  const copy = Buffer.from(buffer);
  copy[index] = copy[index]! ^ 0x01;
  return copy;
}

describe('key ring', () => {
  const ring = createKeyRing([keyA]);
  const plaintext = Buffer.from('Diplôme d’ingénieur, Université de Kyiv');

  it('opens what it sealed, under the current key, with a fresh 96-bit nonce each time', () => {
    const first = ring.seal(plaintext, 'doc-1');
    const second = ring.seal(plaintext, 'doc-1');
    expect(first.keyId).toBe('a');
    expect(first.nonce).toHaveLength(12);
    expect(first.nonce.equals(second.nonce)).toBe(false);
    expect(first.ciphertext.equals(second.ciphertext)).toBe(false);
    expect(first.ciphertext.includes(plaintext)).toBe(false);
    expect(ring.open(first, 'doc-1').equals(plaintext)).toBe(true);
  });

  it('detects a change of the ciphertext, the tag, the nonce, the key id or the record', () => {
    const blob = ring.seal(plaintext, 'doc-1');
    const tagStart = blob.ciphertext.length - 16;
    expect(reasonOf(() => ring.open({ ...blob, ciphertext: flipByte(blob.ciphertext, 0) }, 'doc-1'))).toBe(
      'tampered',
    );
    expect(
      reasonOf(() => ring.open({ ...blob, ciphertext: flipByte(blob.ciphertext, tagStart) }, 'doc-1')),
    ).toBe('tampered');
    expect(reasonOf(() => ring.open({ ...blob, nonce: flipByte(blob.nonce, 5) }, 'doc-1'))).toBe('tampered');
    expect(reasonOf(() => ring.open(blob, 'doc-2'))).toBe('tampered');
    expect(reasonOf(() => ring.open({ ...blob, keyId: 'z' }, 'doc-1'))).toBe('unknown_key');
    expect(reasonOf(() => ring.open({ ...blob, ciphertext: blob.ciphertext.subarray(0, 10) }, 'doc-1'))).toBe(
      'malformed',
    );
  });

  it('refuses a blob relabelled with another live key id, and a ring with the wrong key', () => {
    const both = createKeyRing([keyB, keyA]);
    const underB = both.seal(plaintext, 'doc-1');
    expect(reasonOf(() => both.open({ ...underB, keyId: 'a' }, 'doc-1'))).toBe('tampered');
    const sealedByA = ring.seal(plaintext, 'doc-1');
    expect(reasonOf(() => both.open({ ...sealedByA, keyId: 'b' }, 'doc-1'))).toBe('tampered');
    const impostor = createKeyRing([{ id: 'a', key: randomBytes(32) }]);
    expect(reasonOf(() => impostor.open(sealedByA, 'doc-1'))).toBe('tampered');
  });

  it('rotates: blobs of the old key stay readable, new ones are sealed under the new key', () => {
    const old = ring.seal(plaintext, 'doc-1');
    const rotated = createKeyRing([keyB, keyA]);
    expect(rotated.currentKeyId).toBe('b');
    expect(rotated.open(old, 'doc-1').equals(plaintext)).toBe(true);
    const fresh = rotated.seal(plaintext, 'doc-1');
    expect(fresh.keyId).toBe('b');
    expect(reasonOf(() => ring.open(fresh, 'doc-1'))).toBe('unknown_key');
  });

  it('seals short secrets as one text, marked so that clear values are recognised', () => {
    const sealed = ring.sealText('JBSWY3DPEHPK3PXP', 'user-1');
    expect(isSealedText(sealed)).toBe(true);
    expect(isSealedText('JBSWY3DPEHPK3PXP')).toBe(false);
    expect(keyIdOfSealedText(sealed)).toBe('a');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(ring.openText(sealed, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(reasonOf(() => ring.openText(sealed, 'user-2'))).toBe('tampered');
    expect(reasonOf(() => ring.openText('JBSWY3DPEHPK3PXP', 'user-1'))).toBe('malformed');
  });

  it('property: any bytes and any context round-trip, and any single flipped bit is detected', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2048 }),
        fc.string({ maxLength: 40 }),
        fc.nat(),
        (bytes, context, position) => {
          const input = Buffer.from(bytes);
          const blob = ring.seal(input, context);
          expect(ring.open(blob, context).equals(input)).toBe(true);
          const index = position % blob.ciphertext.length;
          expect(
            reasonOf(() => ring.open({ ...blob, ciphertext: flipByte(blob.ciphertext, index) }, context)),
          ).toBe('tampered');
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('key ring configuration', () => {
  it('parses id:base64 entries, the first one current, and rejects bad keys without echoing them', () => {
    const spec = `${newKeyEntry('k2026')}, ${newKeyEntry('k2025')}`;
    const ring = parseKeyRingSpec(spec);
    expect(ring.currentKeyId).toBe('k2026');
    expect(ring.keyIds).toEqual(['k2026', 'k2025']);
    expect(() => parseKeyRingSpec('short:c2hvcnQ=')).toThrow(/32 bytes/);
    expect(() => parseKeyRingSpec('nokey')).toThrow(/id:base64key/);
    expect(() => parseKeyRingSpec('')).toThrow(/at least one key/);
    const entry = newKeyEntry('dup');
    expect(() => parseKeyRingSpec(`${entry},${entry}`)).toThrow(/twice/);
    try {
      parseKeyRingSpec('bad id:c2hvcnQ=');
    } catch (error) {
      expect((error as Error).message).not.toContain('c2hvcnQ');
    }
  });

  it('requires real keys in production and has a marked development default otherwise', () => {
    expect(loadConfig({}).ENCRYPTION_KEYS).toBe(developmentEncryptionKeys);
    const secret = 'a-production-secret-that-is-long-enough-0123';
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret })).toThrow(/ENCRYPTION_KEYS/);
    const keys = newKeyEntry('k1');
    expect(
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret, ENCRYPTION_KEYS: keys }).ENCRYPTION_KEYS,
    ).toBe(keys);
    expect(() => loadConfig({ ENCRYPTION_KEYS: 'k1:AAAA' })).toThrow(/ENCRYPTION_KEYS/);
  });
});
