import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractTypes, contractTypesByCountry } from '../../offers/domain/contract-types.js';
import {
  type Assessment,
  type AssessmentFacts,
  assessmentRefusals,
  daysBetween,
  missedHoursRefusals,
  scheduleRefusals,
  signatureRefusals,
} from './immersion-rules.js';
import { immersionStatuses, immersionStatusOf, missingSignatures } from './immersion-status.js';
import { immersionOutcomes, type Signatory, signatories } from './vocabulary.js';

/** Every subset of the four signatories. */
const subsets: Signatory[][] = Array.from({ length: 16 }, (_, mask) =>
  signatories.filter((_, i) => mask & (1 << i)),
);
const day = (offset: number) => new Date(Date.UTC(2026, 2, 10 + offset)).toISOString().slice(0, 10);
const codes = (refusals: { code: string }[]) => refusals.map((r) => r.code);

describe('immersion status', () => {
  it('follows signatures and dates, for every subset of signatures and every day around the immersion', () => {
    const seen = new Set<string>();
    for (const signed of subsets)
      for (const assessed of [false, true])
        for (let offset = -3; offset <= 10; offset += 1) {
          const facts = { startsOn: day(0), endsOn: day(4), signed, assessed };
          const today = day(offset);
          const status = immersionStatusOf(facts, today);
          seen.add(status);
          const complete = signed.length === 4;
          if (assessed) expect(status).toBe('assessed');
          else if (!complete) expect(status).toBe(offset < 0 ? 'awaiting_signatures' : 'signatures_late');
          else if (offset < 0) expect(status).toBe('signed');
          else if (offset <= 4) expect(status).toBe('in_progress');
          else expect(status).toBe('to_assess');
        }
    expect([...seen].sort()).toEqual([...immersionStatuses].sort());
  });

  it('names the signatures missing, in the agreement’s order', () => {
    expect(missingSignatures([])).toEqual(['person', 'employer', 'tutor', 'counselor']);
    expect(missingSignatures(['counselor', 'person'])).toEqual(['employer', 'tutor']);
    for (const signed of subsets) expect(missingSignatures(signed).length + signed.length).toBe(4);
  });
});

describe('schedule', () => {
  it('counts days both included and refuses an end before the start or hours that cannot fit', () => {
    expect(daysBetween('2026-03-10', '2026-03-10')).toBe(1);
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(4);
    expect(scheduleRefusals({ startsOn: day(0), endsOn: day(4), plannedHours: 35 })).toEqual([]);
    expect(codes(scheduleRefusals({ startsOn: day(4), endsOn: day(0), plannedHours: 35 }))).toEqual([
      'ends_before_start',
    ]);
    expect(codes(scheduleRefusals({ startsOn: day(0), endsOn: day(0), plannedHours: 25 }))).toEqual([
      'hours_exceed_days',
    ]);
    expect(scheduleRefusals({ startsOn: day(0), endsOn: day(0), plannedHours: 24 })).toEqual([]);
  });
});

describe('missed hours', () => {
  const facts = {
    startsOn: day(0),
    endsOn: day(4),
    plannedHours: 35,
    missedMinutes: 0,
    assessed: false,
    today: day(2),
  };

  it('takes a day of the immersion that has come, and refuses the others', () => {
    expect(missedHoursRefusals(facts, { onDay: day(0), minutes: 60 })).toEqual([]);
    expect(missedHoursRefusals(facts, { onDay: day(2), minutes: 60 })).toEqual([]);
    expect(codes(missedHoursRefusals(facts, { onDay: day(3), minutes: 60 }))).toEqual(['day_in_future']);
    expect(codes(missedHoursRefusals(facts, { onDay: day(-1), minutes: 60 }))).toEqual([
      'day_outside_immersion',
    ]);
    expect(codes(missedHoursRefusals({ ...facts, today: day(9) }, { onDay: day(5), minutes: 60 }))).toEqual([
      'day_outside_immersion',
    ]);
    expect(codes(missedHoursRefusals({ ...facts, assessed: true }, { onDay: day(1), minutes: 60 }))).toEqual([
      'assessed',
    ]);
  });

  it('never lets the total exceed the planned hours (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.array(fc.integer({ min: 15, max: 1440 }), { maxLength: 30 }),
        (plannedHours, entries) => {
          let missedMinutes = 0;
          for (const minutes of entries) {
            const refusals = missedHoursRefusals(
              { ...facts, today: day(4), plannedHours, missedMinutes },
              { onDay: day(1), minutes },
            );
            const fits = missedMinutes + minutes <= plannedHours * 60;
            expect(codes(refusals).includes('more_than_planned')).toBe(!fits);
            if (refusals.length === 0) missedMinutes += minutes;
            expect(missedMinutes).toBeLessThanOrEqual(plannedHours * 60);
          }
        },
      ),
    );
  });
});

describe('assessment', () => {
  const facts = (over: Partial<AssessmentFacts> = {}): AssessmentFacts => ({
    startsOn: day(0),
    endsOn: day(4),
    plannedHours: 35,
    missedMinutes: 0,
    signed: [...signatories],
    assessed: false,
    country: 'FR',
    today: day(6),
    ...over,
  });
  const assessment = (over: Partial<Assessment> = {}): Assessment => ({
    outcome: 'completed',
    assessedOn: day(5),
    endedWithJobOffer: false,
    jobContractType: null,
    ...over,
  });

  it('accepts the three outcomes where they fit', () => {
    expect(assessmentRefusals(facts(), assessment())).toEqual([]);
    expect(
      assessmentRefusals(
        facts({ missedMinutes: 120 }),
        assessment({ outcome: 'partially_completed', assessedOn: day(2) }),
      ),
    ).toEqual([]);
    expect(
      assessmentRefusals(facts({ signed: [] }), assessment({ outcome: 'did_not_show', assessedOn: day(0) })),
    ).toEqual([]);
    expect(
      assessmentRefusals(facts(), assessment({ endedWithJobOffer: true, jobContractType: 'siae_insertion' })),
    ).toEqual([]);
  });

  it('is consistent for every outcome, subset of signatures, missed hours, date and job offer (exhaustive)', () => {
    const contractChoices = [null, 'cdi', 'permanent'] as const;
    for (const outcome of immersionOutcomes)
      for (const signed of subsets)
        for (const missedMinutes of [0, 60, 35 * 60])
          for (let offset = -1; offset <= 7; offset += 1)
            for (const endedWithJobOffer of [false, true])
              for (const jobContractType of contractChoices)
                for (const assessed of [false, true]) {
                  const f = facts({ signed, missedMinutes, assessed });
                  const a = assessment({
                    outcome,
                    assessedOn: day(offset),
                    endedWithJobOffer,
                    jobContractType,
                  });
                  const found = codes(assessmentRefusals(f, a));
                  if (assessed) {
                    expect(found).toEqual(['already_assessed']);
                    continue;
                  }
                  const expected: string[] = [];
                  if (offset < 0) expected.push('assessed_before_start');
                  else if (offset > 6) expected.push('assessed_in_future');
                  const attended = outcome !== 'did_not_show';
                  if (attended && signed.length < 4) expected.push('not_signed');
                  if (outcome === 'completed' && offset < 4) expected.push('completed_before_end');
                  if (outcome === 'completed' && missedMinutes > 0)
                    expected.push('completed_with_missed_hours');
                  if (outcome === 'partially_completed' && missedMinutes === 0)
                    expected.push('partial_without_missed_hours');
                  if (outcome === 'partially_completed' && missedMinutes >= 35 * 60)
                    expected.push('partial_with_every_hour_missed');
                  if (outcome === 'did_not_show' && endedWithJobOffer)
                    expected.push('job_offer_without_immersion');
                  if (endedWithJobOffer && jobContractType === null)
                    expected.push('job_offer_without_contract_type');
                  if (endedWithJobOffer && jobContractType === 'permanent')
                    expected.push('contract_type_of_another_country');
                  if (!endedWithJobOffer && jobContractType !== null)
                    expected.push('contract_type_without_job_offer');
                  expect(
                    found,
                    JSON.stringify({
                      outcome,
                      signed,
                      missedMinutes,
                      offset,
                      endedWithJobOffer,
                      jobContractType,
                    }),
                  ).toEqual(expected);
                }
  });

  it('takes any contract type of the employer’s country with a job offer, and no other (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('FR' as const, 'US' as const, 'CA' as const),
        fc.constantFrom(...contractTypes),
        (country, jobContractType) => {
          const refusals = assessmentRefusals(
            facts({ country }),
            assessment({ endedWithJobOffer: true, jobContractType }),
          );
          expect(refusals.length === 0).toBe(contractTypesByCountry[country].includes(jobContractType));
        },
      ),
    );
  });
});

describe('signatures', () => {
  const now = new Date('2026-03-10T10:00:00Z');
  it('takes each signatory once, never in the future, never once assessed', () => {
    for (const signed of subsets)
      for (const signatory of signatories) {
        const found = codes(
          signatureRefusals({ signed, assessed: false }, { signatory, signedAt: now }, now),
        );
        expect(found).toEqual(signed.includes(signatory) ? ['already_signed'] : []);
      }
    expect(
      codes(
        signatureRefusals(
          { signed: [], assessed: false },
          { signatory: 'person', signedAt: new Date('2026-03-11T10:00:00Z') },
          now,
        ),
      ),
    ).toEqual(['signed_in_future']);
    expect(
      codes(signatureRefusals({ signed: [], assessed: true }, { signatory: 'person', signedAt: now }, now)),
    ).toEqual(['assessed']);
  });
});
