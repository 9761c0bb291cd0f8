import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractTypes, contractTypesByCountry } from '../../offers/domain/contract-types.js';
import {
  addDays,
  type ContractDates,
  contractEnd,
  contractStateOn,
  contractsEndingWithin,
  daysBetween,
  earlyEndRefusal,
  endAlert,
  placementTermsRefusals,
  plannedEndAfterRenewals,
  renewalRefusal,
  suspensionRefusal,
} from './contract-rules.js';

const cddi = (over: Partial<ContractDates> = {}): ContractDates => ({
  contractType: 'siae_insertion',
  startsOn: '2026-01-05',
  plannedEndOn: '2026-07-04',
  renewals: [],
  suspensions: [],
  endedEarlyOn: null,
  ...over,
});

const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2024-01-01', n));

describe('day arithmetic', () => {
  it('crosses months, leap days and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the change to summer time
  });
  it('adding then counting gives the days back', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -2000, max: 2000 }), (d, n) => daysBetween(d, addDays(d, n)) === n),
    );
  });
});

describe('the end of a contract', () => {
  it('is its planned end, moved by the latest renewal, or the day it ended early', () => {
    expect(contractEnd(cddi())).toBe('2026-07-04');
    const renewed = cddi({
      renewals: [
        { newEndOn: '2027-01-04', decidedOn: '2026-12-01' },
        { newEndOn: '2026-12-31', decidedOn: '2026-06-20' },
      ],
    });
    expect(plannedEndAfterRenewals(renewed)).toBe('2027-01-04');
    expect(contractEnd({ ...renewed, endedEarlyOn: '2026-09-30' })).toBe('2026-09-30');
    expect(contractEnd(cddi({ contractType: 'cdi', plannedEndOn: null }))).toBeNull();
    expect(contractEnd(cddi({ contractType: 'cdi', plannedEndOn: null, endedEarlyOn: '2026-03-01' }))).toBe(
      '2026-03-01',
    );
  });

  it('is not moved by a suspension (L1243-6): the suspended days are not worked', () => {
    const suspended = cddi({ suspensions: [{ fromOn: '2026-03-02', toOn: '2026-03-13' }] });
    expect(contractEnd(suspended)).toBe('2026-07-04');
    expect(contractStateOn(suspended, '2026-01-04')).toBe('not_started');
    expect(contractStateOn(suspended, '2026-03-01')).toBe('running');
    expect(contractStateOn(suspended, '2026-03-02')).toBe('suspended');
    expect(contractStateOn(suspended, '2026-03-13')).toBe('suspended');
    expect(contractStateOn(suspended, '2026-07-04')).toBe('running');
    expect(contractStateOn(suspended, '2026-07-05')).toBe('ended');
  });

  it('never comes before the start nor after the latest planned end (property)', () => {
    fc.assert(
      fc.property(
        day,
        fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 4 }),
        fc.option(fc.integer({ min: 0, max: 900 })),
        (start, steps, early) => {
          const plannedEndOn = addDays(start, steps[0] ?? 30);
          let end = plannedEndOn;
          const renewals = steps.slice(1).map((s) => {
            end = addDays(end, s);
            return { newEndOn: end, decidedOn: start };
          });
          const contract = cddi({
            startsOn: start,
            plannedEndOn,
            renewals: [...renewals].reverse(),
            endedEarlyOn: early === null ? null : addDays(start, early),
          });
          const result = contractEnd(contract) as string;
          return result >= start && result <= end && (early !== null || result === end);
        },
      ),
    );
  });
});

describe('end alerts', () => {
  it('alert from the window’s first day to the term itself, not after nor when ended early or open-ended', () => {
    const contract = cddi({ plannedEndOn: '2026-07-04' });
    expect(endAlert(contract, '2026-06-03', 30)).toBeNull();
    expect(endAlert(contract, '2026-06-04', 30)).toEqual({ endsOn: '2026-07-04', daysLeft: 30 });
    expect(endAlert(contract, '2026-07-04', 30)).toEqual({ endsOn: '2026-07-04', daysLeft: 0 });
    expect(endAlert(contract, '2026-07-05', 30)).toBeNull();
    expect(endAlert({ ...contract, endedEarlyOn: '2026-06-10' }, '2026-06-20', 30)).toBeNull();
    expect(endAlert(cddi({ contractType: 'cdi', plannedEndOn: null }), '2026-06-20', 30)).toBeNull();
    // A renewal moves the alert to the new term.
    const renewed = { ...contract, renewals: [{ newEndOn: '2026-12-31', decidedOn: '2026-06-15' }] };
    expect(endAlert(renewed, '2026-06-20', 30)).toBeNull();
    expect(endAlert(renewed, '2026-12-01', 30)).toEqual({ endsOn: '2026-12-31', daysLeft: 30 });
  });

  it('exhaustively: alerts exactly when 0 ≤ days left ≤ window', () => {
    for (let window = 1; window <= 60; window++)
      for (let offset = -5; offset <= 70; offset++) {
        const today = addDays('2026-07-04', -offset);
        const alert = endAlert(cddi(), today, window);
        expect(alert !== null).toBe(offset >= 0 && offset <= window);
      }
  });

  it('lists the contracts ending within the window, soonest first (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -40, max: 120 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 90 }),
        (offsets, window) => {
          const today = '2026-05-01';
          const contracts = offsets.map((o) =>
            cddi({ startsOn: '2025-06-01', plannedEndOn: addDays(today, o) }),
          );
          const ending = contractsEndingWithin(contracts, today, window);
          const expected = offsets.filter((o) => o >= 0 && o <= window).length;
          return (
            ending.length === expected &&
            ending.every((c, i) => i === 0 || (ending[i - 1] as { endsOn: string }).endsOn <= c.endsOn) &&
            ending.every((c) => c.daysLeft === daysBetween(today, c.endsOn))
          );
        },
      ),
    );
  });
});

describe('the terms of a hire', () => {
  const terms = {
    country: 'FR' as const,
    contractType: 'siae_insertion' as const,
    startsOn: '2026-01-05',
    plannedEndOn: '2026-07-04',
    hoursPerWeek: 26,
    wageCents: 1_182,
    wagePeriod: 'hour' as const,
  };
  it('accepts a coherent insertion contract, a CDI and an American permanent job', () => {
    expect(placementTermsRefusals(terms)).toEqual([]);
    expect(placementTermsRefusals({ ...terms, contractType: 'cdi', plannedEndOn: null })).toEqual([]);
    expect(
      placementTermsRefusals({ ...terms, country: 'US', contractType: 'permanent', plannedEndOn: null }),
    ).toEqual([]);
  });
  it('names the field of each incoherence', () => {
    const codes = (over: Partial<typeof terms> | Record<string, unknown>) =>
      placementTermsRefusals({ ...terms, ...over }).map((r) => `${r.code}@${r.field}`);
    expect(codes({ country: 'US' })).toEqual(['contract_not_in_country@contractType']);
    expect(codes({ plannedEndOn: null })).toEqual(['planned_end_required@plannedEndOn']);
    expect(codes({ contractType: 'cdi' })).toEqual(['planned_end_not_allowed@plannedEndOn']);
    expect(codes({ plannedEndOn: '2026-01-04' })).toEqual(['end_before_start@plannedEndOn']);
    expect(codes({ plannedEndOn: '2028-01-05' })).toEqual(['beyond_legal_length@plannedEndOn']);
    expect(codes({ plannedEndOn: '2028-01-04' })).toEqual([]);
    expect(codes({ contractType: 'cdd', plannedEndOn: '2027-07-05' })).toEqual([
      'beyond_legal_length@plannedEndOn',
    ]);
    expect(codes({ contractType: 'cdd', plannedEndOn: '2027-07-04' })).toEqual([]);
    expect(codes({ hoursPerWeek: 61 })).toEqual(['hours_out_of_range@hoursPerWeek']);
    expect(codes({ wagePeriod: null })).toEqual(['wage_period_missing@wage.period']);
    expect(codes({ wageCents: null })).toEqual(['wage_missing@wage.cents']);
  });
  it('requires a planned end of every fixed-term contract and refuses one on open-ended ones, in every country', () => {
    for (const country of ['FR', 'US', 'CA'] as const)
      for (const contractType of contractTypesByCountry[country]) {
        const withEnd = placementTermsRefusals({
          ...terms,
          country,
          contractType,
          plannedEndOn: '2026-03-31',
        });
        const withoutEnd = placementTermsRefusals({ ...terms, country, contractType, plannedEndOn: null });
        expect(withEnd.length === 0 || withoutEnd.length === 0).toBe(true);
      }
    expect(contractTypes.length).toBeGreaterThan(0);
  });
});

describe('legal changes', () => {
  it('renews a fixed-term contract to a later term decided while it runs, within the law', () => {
    expect(renewalRefusal(cddi(), { newEndOn: '2027-01-04', decidedOn: '2026-06-15' })).toBeNull();
    expect(renewalRefusal(cddi(), { newEndOn: '2026-07-04', decidedOn: '2026-06-15' })?.code).toBe(
      'new_end_not_later',
    );
    expect(renewalRefusal(cddi(), { newEndOn: '2027-01-04', decidedOn: '2026-07-05' })?.code).toBe(
      'decided_after_end',
    );
    expect(renewalRefusal(cddi(), { newEndOn: '2028-01-05', decidedOn: '2026-06-15' })?.code).toBe(
      'beyond_legal_length',
    );
    expect(
      renewalRefusal(cddi({ contractType: 'cdi', plannedEndOn: null }), {
        newEndOn: '2027-01-04',
        decidedOn: '2026-06-15',
      })?.code,
    ).toBe('not_fixed_term');
    expect(
      renewalRefusal(cddi({ endedEarlyOn: '2026-03-01' }), {
        newEndOn: '2027-01-04',
        decidedOn: '2026-02-15',
      })?.code,
    ).toBe('contract_ended');
    const twiceRenewedCdd = cddi({
      contractType: 'cdd',
      plannedEndOn: '2026-03-31',
      renewals: [
        { newEndOn: '2026-06-30', decidedOn: '2026-03-01' },
        { newEndOn: '2026-09-30', decidedOn: '2026-06-01' },
      ],
    });
    expect(renewalRefusal(twiceRenewedCdd, { newEndOn: '2026-12-31', decidedOn: '2026-09-01' })?.code).toBe(
      'too_many_renewals',
    );
  });

  it('never lets a renewal shorten a contract nor take it past its legal length (property)', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: -100, max: 800 }),
        (start, length, more) => {
          const contract = cddi({ startsOn: start, plannedEndOn: addDays(start, length) });
          const newEndOn = addDays(start, length + more);
          const refusal = renewalRefusal(contract, { newEndOn, decidedOn: start });
          if (refusal === null)
            return newEndOn > (contract.plannedEndOn as string) && daysBetween(start, newEndOn) < 731;
          return true;
        },
      ),
    );
  });

  it('suspends within the contract, without overlapping another suspension', () => {
    const contract = cddi({ suspensions: [{ fromOn: '2026-03-02', toOn: '2026-03-13' }] });
    expect(suspensionRefusal(contract, { fromOn: '2026-04-01', toOn: '2026-04-10' })).toBeNull();
    expect(suspensionRefusal(contract, { fromOn: '2026-03-13', toOn: '2026-03-20' })?.code).toBe(
      'overlaps_suspension',
    );
    expect(suspensionRefusal(contract, { fromOn: '2026-01-01', toOn: '2026-01-10' })?.code).toBe(
      'outside_contract',
    );
    expect(suspensionRefusal(contract, { fromOn: '2026-07-01', toOn: '2026-07-10' })?.code).toBe(
      'outside_contract',
    );
    expect(suspensionRefusal(contract, { fromOn: '2026-04-10', toOn: '2026-04-01' })?.code).toBe(
      'end_before_start',
    );
    expect(
      suspensionRefusal(cddi({ endedEarlyOn: '2026-05-01' }), { fromOn: '2026-04-01', toOn: '2026-04-10' })
        ?.code,
    ).toBe('contract_ended');
  });

  it('accepted suspensions never overlap one another (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 170 }), fc.integer({ min: 0, max: 20 })), {
          maxLength: 15,
        }),
        (asked) => {
          let contract = cddi();
          for (const [from, length] of asked) {
            const suspension = {
              fromOn: addDays('2026-01-05', from),
              toOn: addDays('2026-01-05', from + length),
            };
            if (suspensionRefusal(contract, suspension) === null)
              contract = { ...contract, suspensions: [...contract.suspensions, suspension] };
          }
          const sorted = [...contract.suspensions].sort((a, b) => (a.fromOn < b.fromOn ? -1 : 1));
          return sorted.every((s, i) => i === 0 || (sorted[i - 1] as { toOn: string }).toOn < s.fromOn);
        },
      ),
    );
  });

  it('ends a contract early between its start and the day before its term, once', () => {
    expect(earlyEndRefusal(cddi(), '2026-01-05')).toBeNull();
    expect(earlyEndRefusal(cddi(), '2026-07-03')).toBeNull();
    expect(earlyEndRefusal(cddi(), '2026-07-04')?.code).toBe('not_before_end');
    expect(earlyEndRefusal(cddi(), '2026-01-04')?.code).toBe('before_start');
    expect(earlyEndRefusal(cddi({ endedEarlyOn: '2026-02-01' }), '2026-03-01')?.code).toBe('contract_ended');
    expect(earlyEndRefusal(cddi({ contractType: 'cdi', plannedEndOn: null }), '2030-01-01')).toBeNull();
  });
});
