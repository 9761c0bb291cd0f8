import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConsentReader,
  type ConsentRecord,
  consentCovers,
  consentSections,
  consentState,
  coveredSections,
  isConsentInForce,
  namesReader,
  sectionsAllowed,
  sharedUntil,
} from './consent.js';

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

const consortium = '33333333-3333-4333-8333-333333333333';
const member = (organizationId: string, consortia: string[] = []): ConsentReader => ({
  organizationId,
  memberOfConsortiumIds: consortia,
});
const sharing = (over: Partial<ConsentRecord> & { id?: string } = {}) => ({
  id: 'c1',
  ...consent({ covers: ['identity', 'plan'] }),
  ...over,
});
const sectionSet = fc.subarray([...consentSections]);

describe('consent state, as the file shows it', () => {
  it('is not yet in force, in force, expired after its last day, or revoked from its day', () => {
    expect(consentState(consent(), '2026-01-09')).toBe('not_yet_in_force');
    expect(consentState(consent(), '2026-12-31')).toBe('in_force');
    expect(consentState(consent(), '2027-01-01')).toBe('expired');
    expect(consentState(consent({ revokedOn: '2026-03-01' }), '2026-03-01')).toBe('revoked');
  });

  it('says revoked rather than expired when it was withdrawn before it ran out', () => {
    expect(consentState(consent({ revokedOn: '2026-03-01' }), '2027-06-01')).toBe('revoked');
  });

  it('agrees with isConsentInForce on every date', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.option(isoDate),
        fc.option(isoDate),
        isoDate,
        (givenOn, expiresOn, revokedOn, on) => {
          const c = consent({ givenOn, expiresOn, revokedOn });
          expect(consentState(c, on) === 'in_force').toBe(isConsentInForce(c, on));
          if (expiresOn !== null && on > expiresOn) expect(consentState(c, on)).not.toBe('in_force');
        },
      ),
    );
  });
});

describe('partners named by a consent', () => {
  it('names an organization directly, or as a member of a consortium it names', () => {
    expect(namesReader(consent(), member(partner))).toBe(true);
    expect(namesReader(consent(), member(other))).toBe(false);
    const byConsortium = consent({ partnerOrganizationIds: [], partnerConsortiumIds: [consortium] });
    expect(namesReader(byConsortium, member(other, [consortium]))).toBe(true);
    expect(namesReader(byConsortium, member(other))).toBe(false);
  });

  it('covers a member of a consortium named by id only when its membership is passed (coordinators are not members)', () => {
    const byConsortium = [consent({ partnerOrganizationIds: [], partnerConsortiumIds: [consortium] })];
    expect(consentCovers(byConsortium, 'sharing_with_partners', other, '2026-06-01')).toBe(false);
    expect(
      consentCovers(byConsortium, 'sharing_with_partners', member(other, [consortium]), '2026-06-01'),
    ).toBe(true);
  });

  it('covers a section only when it lists it; a consent without sections shares the identity (migration 0065)', () => {
    const c = [consent({ covers: ['identity', 'plan'] })];
    expect(consentCovers(c, 'sharing_with_partners', partner, '2026-06-01', 'plan')).toBe(true);
    expect(consentCovers(c, 'sharing_with_partners', partner, '2026-06-01', 'documents')).toBe(false);
    expect(coveredSections(consent())).toEqual(['identity']);
    expect(coveredSections(consent({ covers: ['documents', 'unknown', 'identity'] }))).toEqual([
      'identity',
      'documents',
    ]);
  });
});

describe('sections a partner reads', () => {
  it('gives each section with the consent that allows it, the first of the file when several do', () => {
    const first = sharing({ id: 'first', covers: ['identity', 'plan'] });
    const second = sharing({ id: 'second', covers: ['plan', 'documents'] });
    const allowed = sectionsAllowed([first, second], member(partner), '2026-06-01');
    expect([...allowed].map(([s, c]) => [s, c.id])).toEqual([
      ['identity', 'first'],
      ['plan', 'first'],
      ['documents', 'second'],
    ]);
  });

  it('gives nothing for another purpose, another partner, before the start, from the revocation, after expiry', () => {
    const none = (c: ConsentRecord, on = '2026-06-01', reader = member(partner)) =>
      sectionsAllowed([sharing(c)], reader, on).size;
    expect(none(sharing({ purpose: 'contacting_employers' }))).toBe(0);
    expect(none(sharing(), '2026-06-01', member(other))).toBe(0);
    expect(none(sharing(), '2026-01-09')).toBe(0);
    expect(none(sharing({ revokedOn: '2026-06-01' }))).toBe(0);
    expect(none(sharing({ revokedOn: '2026-06-02' }))).toBe(2);
    expect(none(sharing(), '2026-12-31')).toBe(2);
    expect(none(sharing(), '2027-01-01')).toBe(0);
  });

  it('never gives a section no consent in force covers, nor one to a partner no consent names', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            covers: sectionSet,
            named: fc.boolean(),
            byConsortium: fc.boolean(),
            givenOn: isoDate,
            expiresOn: fc.option(isoDate),
            revokedOn: fc.option(isoDate),
          }),
          { maxLength: 5 },
        ),
        fc.boolean(),
        isoDate,
        (drawn, isMember, on) => {
          const consents = drawn.map((d, i) =>
            sharing({
              id: `c${i}`,
              covers: d.covers,
              partnerOrganizationIds: d.named && !d.byConsortium ? [partner] : [other],
              partnerConsortiumIds: d.named && d.byConsortium ? [consortium] : [],
              givenOn: d.givenOn,
              expiresOn: d.expiresOn,
              revokedOn: d.revokedOn,
            }),
          );
          const reader = member(partner, isMember ? [consortium] : []);
          for (const [section, allowing] of sectionsAllowed(consents, reader, on)) {
            expect(allowing.covers).toContain(section);
            expect(isConsentInForce(allowing, on)).toBe(true);
            expect(namesReader(allowing, reader)).toBe(true);
            expect(consentCovers(consents, 'sharing_with_partners', reader, on, section)).toBe(true);
          }
          for (const section of consentSections)
            if (!sectionsAllowed(consents, reader, on).has(section))
              expect(consentCovers(consents, 'sharing_with_partners', reader, on, section)).toBe(false);
        },
      ),
    );
  });

  it('is shared until the latest expiry, or until revoked when one has none', () => {
    expect(sharedUntil([consent({ expiresOn: '2026-05-01' }), consent({ expiresOn: '2026-09-01' })])).toBe(
      '2026-09-01',
    );
    expect(sharedUntil([consent({ expiresOn: '2026-05-01' }), consent({ expiresOn: null })])).toBeNull();
  });
});
