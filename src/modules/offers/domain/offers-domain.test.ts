import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contractTypes,
  contractTypesByCountry,
  fixedTermContracts,
  openEndedContracts,
} from './contract-types.js';
import { type OfferTerms, offerRefusals } from './offer-rules.js';
import { effectiveOfferStatus, offerMoveRefusal, settableOfferStatuses } from './offer-status.js';
import { parsePayAmount, payRefusal } from './pay.js';

const terms = (over: Partial<OfferTerms> = {}): OfferTerms => ({
  country: 'FR',
  contractType: 'cdi',
  contractMonths: null,
  hoursPerWeek: 35,
  pay: { minCents: 180_000, maxCents: 220_000, period: 'month' },
  language: { language: 'fr', scale: 'cefr', level: 'B1' },
  startsOn: null,
  expiresOn: null,
  ...over,
});

describe('contract types', () => {
  it('gives each country its own, every type belongs to one, and none is both fixed-term and open-ended', () => {
    const used = new Set(Object.values(contractTypesByCountry).flat());
    for (const type of contractTypes) expect(used.has(type)).toBe(true);
    for (const type of openEndedContracts) expect(fixedTermContracts.has(type)).toBe(false);
  });
});

describe('offerRefusals', () => {
  it('accepts a coherent offer in each country', () => {
    expect(offerRefusals(terms())).toEqual([]);
    expect(
      offerRefusals(
        terms({
          country: 'US',
          contractType: 'permanent',
          pay: { minCents: 1850, maxCents: 2200, period: 'hour' },
          language: null,
        }),
      ),
    ).toEqual([]);
    expect(
      offerRefusals(
        terms({
          country: 'CA',
          contractType: 'temporary',
          contractMonths: 6,
          language: { language: 'fr', scale: 'nclc', level: '7' },
        }),
      ),
    ).toEqual([]);
  });

  it('names the field of each incoherence', () => {
    expect(offerRefusals(terms({ country: 'US', contractType: 'cdi' }))).toContainEqual({
      code: 'contract_not_in_country',
      field: 'contractType',
    });
    expect(offerRefusals(terms({ contractType: 'cdd' }))).toEqual([
      { code: 'contract_length_missing', field: 'contractMonths' },
    ]);
    expect(offerRefusals(terms({ contractMonths: 6 }))).toEqual([
      { code: 'contract_length_not_fixed_term', field: 'contractMonths' },
    ]);
    expect(offerRefusals(terms({ hoursPerWeek: 0.5 }))).toEqual([
      { code: 'hours_out_of_range', field: 'hoursPerWeek' },
    ]);
    expect(offerRefusals(terms({ hoursPerWeek: 61 }))).toEqual([
      { code: 'hours_out_of_range', field: 'hoursPerWeek' },
    ]);
    expect(offerRefusals(terms({ pay: { minCents: 3, maxCents: 2, period: 'hour' } }))).toEqual([
      { code: 'pay_min_above_max', field: 'pay' },
    ]);
    expect(offerRefusals(terms({ pay: { minCents: 3, maxCents: null, period: null } }))).toEqual([
      { code: 'pay_period_missing', field: 'pay' },
    ]);
    expect(offerRefusals(terms({ language: { language: 'fr', scale: 'cefr', level: 'B3' } }))).toEqual([
      { code: 'language_level_unknown', field: 'language.level' },
    ]);
    expect(offerRefusals(terms({ language: { language: 'en', scale: 'clb', level: '13' } }))).toEqual([
      { code: 'language_level_unknown', field: 'language.level' },
    ]);
  });
});

describe('pay', () => {
  it('reads amounts as counselors type them, exactly, in cents', () => {
    expect(parsePayAmount('1766,92')).toBe(176_692);
    expect(parsePayAmount('1 766,92 €')).toBe(176_692);
    expect(parsePayAmount('1.766,92')).toBe(176_692);
    expect(parsePayAmount('1,766.92')).toBe(176_692);
    expect(parsePayAmount('$18.50')).toBe(1850);
    expect(parsePayAmount('18,5')).toBe(1850);
    expect(parsePayAmount('1,500')).toBe(150_000);
    expect(parsePayAmount('52000 CAD')).toBe(5_200_000);
    for (const bad of ['', 'abc', '12,345,67', '1.2.3', '-5', '18.5055', '1.500,5,5'])
      expect(parsePayAmount(bad)).toBeNull();
  });

  it('reads back any amount written with two decimals, with or without thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (cents) => {
        const units = Math.floor(cents / 100);
        const decimals = String(cents % 100).padStart(2, '0');
        expect(parsePayAmount(`${units}.${decimals}`)).toBe(cents);
        expect(parsePayAmount(`${units.toLocaleString('fr-FR')},${decimals}`)).toBe(cents);
        expect(parsePayAmount(`${units.toLocaleString('en-US')}.${decimals}`)).toBe(cents);
      }),
    );
  });

  it('refuses a range that does not read', () => {
    expect(payRefusal({ minCents: null, maxCents: null, period: null })).toBeNull();
    expect(payRefusal({ minCents: null, maxCents: null, period: 'hour' })).toBe('amount_missing');
    expect(payRefusal({ minCents: 1.5, maxCents: null, period: 'hour' })).toBe('not_whole_cents');
    expect(payRefusal({ minCents: -1, maxCents: null, period: 'hour' })).toBe('not_whole_cents');
  });
});

describe('offer status', () => {
  const day = fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('shows an open offer past its closing date as expired, and nothing else changes by date', () => {
    expect(effectiveOfferStatus('open', '2026-12-01', '2026-12-03')).toBe('expired');
    expect(effectiveOfferStatus('open', '2026-12-03', '2026-12-03')).toBe('open');
    expect(effectiveOfferStatus('filled', '2026-12-01', '2026-12-03')).toBe('filled');
    fc.assert(
      fc.property(
        fc.constantFrom(...settableOfferStatuses),
        fc.option(day, { nil: null }),
        day,
        (stored, expiresOn, today) => {
          const shown = effectiveOfferStatus(stored, expiresOn, today);
          expect(shown === 'expired').toBe(stored === 'open' && expiresOn !== null && expiresOn < today);
        },
      ),
    );
  });

  it('refuses a move to the status shown, and reopening after the closing date', () => {
    expect(offerMoveRefusal('open', 'open', null, '2026-12-03')).toBe('same_status');
    expect(offerMoveRefusal('expired', 'open', '2026-12-01', '2026-12-03')).toBe('closing_date_passed');
    expect(offerMoveRefusal('expired', 'closed', '2026-12-01', '2026-12-03')).toBeNull();
    expect(offerMoveRefusal('filled', 'open', null, '2026-12-03')).toBeNull();
  });
});
