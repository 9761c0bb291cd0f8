import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { immigrationStatuses, statusesOfCountry } from './immigration-status.js';

describe('immigration statuses per country', () => {
  it('offers a US team US statuses, never the Québec certificate nor subsidiary protection', () => {
    const us = statusesOfCountry('US');
    expect(us).toEqual(
      expect.arrayContaining([
        'refugee',
        'asylee',
        'special_immigrant_visa',
        'parolee',
        'temporary_protected_status',
      ]),
    );
    expect(us).not.toContain('csq_holder_abroad');
    expect(us).not.toContain('subsidiary_protection');
  });

  it('offers France its protection statuses and Québec its certificate, each not the other’s', () => {
    expect(statusesOfCountry('FR')).toEqual(
      expect.arrayContaining(['subsidiary_protection', 'residence_permit']),
    );
    expect(statusesOfCountry('FR')).not.toContain('csq_holder_abroad');
    expect(statusesOfCountry('FR')).not.toContain('parolee');
    expect(statusesOfCountry('CA')).toEqual(
      expect.arrayContaining(['csq_holder_abroad', 'protected_person']),
    );
    expect(statusesOfCountry('CA')).not.toContain('subsidiary_protection');
  });

  it('offers every status elsewhere and keeps a recorded status in the list', () => {
    expect(statusesOfCountry('DE')).toEqual(immigrationStatuses);
    expect(statusesOfCountry(null)).toEqual(immigrationStatuses);
    fc.assert(
      fc.property(
        fc.constantFrom('US', 'FR', 'CA', 'BE'),
        fc.constantFrom(...immigrationStatuses),
        (country, recorded) => {
          const offered = statusesOfCountry(country, recorded);
          expect(offered).toContain(recorded);
          expect(new Set(offered).size).toBe(offered.length);
        },
      ),
    );
  });
});
