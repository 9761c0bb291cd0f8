import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConsentRecord, consentCovers, isConsentInForce } from './consent.js';

const partner = '11111111-1111-4111-8111-111111111111';
const other = '22222222-2222-4222-8222-222222222222';
const consent = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  purpose: 'sharing_with_partners',
  partnerOrganizationIds: [partner],
  givenOn: '2026-01-10',
  expiresOn: '2026-12-31',
  revokedOn: null,
  ...over,
});
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('consent in force', () => {
  it('starts on the day it is given and lasts through its expiry day', () => {
    expect(isConsentInForce(consent(), '2026-01-09')).toBe(false);
    expect(isConsentInForce(consent(), '2026-01-10')).toBe(true);
    expect(isConsentInForce(consent(), '2026-12-31')).toBe(true);
    expect(isConsentInForce(consent(), '2027-01-01')).toBe(false);
  });

  it('ends on the day it is revoked', () => {
    const revoked = consent({ revokedOn: '2026-03-01' });
    expect(isConsentInForce(revoked, '2026-02-28')).toBe(true);
    expect(isConsentInForce(revoked, '2026-03-01')).toBe(false);
  });

  it('without expiry stays in force until revoked', () => {
    expect(isConsentInForce(consent({ expiresOn: null }), '2039-01-01')).toBe(true);
  });

  it('is never in force on or after a revocation, whatever the dates', () => {
    fc.assert(
      fc.property(isoDate, isoDate, isoDate, (givenOn, revokedOn, onDate) => {
        const c = consent({ givenOn, revokedOn, expiresOn: null });
        if (onDate >= revokedOn) expect(isConsentInForce(c, onDate)).toBe(false);
        if (onDate < givenOn) expect(isConsentInForce(c, onDate)).toBe(false);
      }),
    );
  });
});

describe('consent coverage', () => {
  it('covers only its purpose and the partners it names', () => {
    const consents = [consent()];
    expect(consentCovers(consents, 'sharing_with_partners', partner, '2026-06-01')).toBe(true);
    expect(consentCovers(consents, 'sharing_with_partners', other, '2026-06-01')).toBe(false);
    expect(consentCovers(consents, 'contacting_employers', partner, '2026-06-01')).toBe(false);
  });

  it('without a partner asked, any consent in force for the purpose counts', () => {
    expect(
      consentCovers([consent({ partnerOrganizationIds: [] })], 'sharing_with_partners', null, '2026-06-01'),
    ).toBe(true);
  });

  it('is covered when one of several consents is in force', () => {
    const consents = [consent({ revokedOn: '2026-02-01' }), consent({ givenOn: '2026-05-01' })];
    expect(consentCovers(consents, 'sharing_with_partners', partner, '2026-03-01')).toBe(false);
    expect(consentCovers(consents, 'sharing_with_partners', partner, '2026-06-01')).toBe(true);
  });
});
