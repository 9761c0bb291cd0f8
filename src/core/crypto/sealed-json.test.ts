import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyRing, KeyRingError } from './key-ring.js';
import { openJson, sealJson } from './sealed-json.js';

const ring = createKeyRing([{ id: 'k1', key: randomBytes(32) }]);

describe('sealed JSON', () => {
  it('opens what it sealed, bound to its context', () => {
    const value = { immigrationStatus: 'refugee', statusDate: '2024-03-01', asylumApplicationDate: null };
    const sealed = sealJson(ring, value, 'person-status:1', 64);
    expect(sealed).not.toContain('refugee');
    expect(openJson(ring, sealed, 'person-status:1')).toEqual(value);
    expect(() => openJson(ring, sealed, 'person-status:2')).toThrow(KeyRingError);
  });

  it('gives values of one block the same length, whatever they say', () => {
    const categories = ['health', 'housing', 'administrative', 'other', 'child_care'];
    const lengths = new Set(
      categories.map((category) => sealJson(ring, { category, note: null }, 'barrier:1', 256).length),
    );
    expect(lengths.size).toBe(1);
    const statuses = ['refugee', 'subsidiary_protection', 'other', 'asylum_seeker'];
    const statusLengths = new Set(
      statuses.map(
        (immigrationStatus) =>
          sealJson(
            ring,
            { immigrationStatus, statusDate: '2020-01-01', asylumApplicationDate: null },
            'p:1',
            128,
          ).length,
      ),
    );
    expect(statusLengths.size).toBe(1);
  });

  it('property: any JSON value round-trips, and the sealed length is a whole number of blocks', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(16, 64, 256), (value, block) => {
        const sealed = sealJson(ring, value, 'ctx', block);
        expect(openJson(ring, sealed, 'ctx')).toEqual(JSON.parse(JSON.stringify(value)));
        const ciphertext = Buffer.from(sealed.split('.')[3]!, 'base64url');
        expect((ciphertext.length - 16) % block).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});
