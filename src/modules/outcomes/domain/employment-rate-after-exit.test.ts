import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, quarterAfter } from './dates.js';
import { defaultExclusions, employmentRateAfterExit } from './employment-rate-after-exit.js';
import { answered, exitFact, followUp, jobSpell, outcomeRecord } from './records.fixture.js';

const period = { from: '2026-01-01', to: '2026-03-31' };
// Exit on 31 March (last day of Q1): Q2 after exit is July–September.
const exit = exitFact({ on: '2026-03-31', outcome: 'job_search', verdict: 'not_positive' });

describe('employment rate in the quarter after exit (WIOA 6.1)', () => {
  it('takes Q2 after exit from the quarter containing the exit, its last day included', () => {
    const inQ3 = outcomeRecord({
      personId: 'a',
      exit,
      jobs: [jobSpell({ startsOn: '2026-09-30', endsOn: '2026-12-31' })],
    });
    const inQ2only = outcomeRecord({
      personId: 'b',
      exit,
      jobs: [jobSpell({ startsOn: '2026-04-01', endsOn: '2026-06-30' })],
    });
    const fromQ4 = outcomeRecord({ personId: 'c', exit, jobs: [jobSpell({ startsOn: '2026-10-01' })] });
    const m = employmentRateAfterExit([inQ3, inQ2only, fromQ4], { period, quarter: 2 });
    expect(m.members).toMatchObject({ numerator: ['a'], denominator: ['a', 'b', 'c'] });
    expect(
      employmentRateAfterExit([inQ3, inQ2only, fromQ4], { period, quarter: 4 }).members.numerator,
    ).toEqual(['c']);
    // An exit on 1 April moves Q2 to October–December.
    const april = { ...fromQ4, exit: { ...exit, on: '2026-04-01' } };
    expect(
      employmentRateAfterExit([april], { period: { from: '2026-04-01', to: '2026-04-01' }, quarter: 2 })
        .numerator,
    ).toBe(1);
  });
  it('counts only unsubsidized employment', () => {
    const subsidised = outcomeRecord({
      personId: 'a',
      exit,
      jobs: [jobSpell({ startsOn: '2026-07-01', unsubsidized: false })],
    });
    expect(employmentRateAfterExit([subsidised], { period, quarter: 2 })).toMatchObject({
      numerator: 0,
      denominator: 1,
    });
  });
  it('counts a follow-up answered within the quarter saying employed, not one answered outside it', () => {
    const within = outcomeRecord({
      personId: 'a',
      exit,
      followUps: [answered('2026-09-30', { employed: true })],
    });
    const after = outcomeRecord({
      personId: 'b',
      exit,
      followUps: [answered('2026-10-01', { employed: true })],
    });
    const notEmployed = outcomeRecord({
      personId: 'c',
      exit,
      followUps: [answered('2026-08-01', { employed: false })],
    });
    expect(
      employmentRateAfterExit([within, after, notEmployed], { period, quarter: 2 }).members.numerator,
    ).toEqual(['a']);
  });
  it('never counts an unreachable follow-up as a success, and reports the unreachable', () => {
    const unreachable = outcomeRecord({
      personId: 'a',
      exit,
      followUps: [
        followUp({
          status: 'unreachable',
          dueOn: '2026-09-30',
          answeredOn: '2026-08-01',
          answer: answered('2026-08-01', { employed: true }).answer,
        }),
      ],
    });
    const m = employmentRateAfterExit([unreachable], { period, quarter: 2 });
    expect(m).toMatchObject({ numerator: 0, denominator: 1, unreachable: 1 });
  });
  it('takes the exclusions out of the denominator', () => {
    const records = defaultExclusions.map((outcome, i) =>
      outcomeRecord({
        personId: `x${i}`,
        exit: { ...exit, outcome },
        jobs: [jobSpell({ startsOn: '2026-07-01' })],
      }),
    );
    expect(employmentRateAfterExit(records, { period, quarter: 2 })).toMatchObject({
      numerator: 0,
      denominator: 0,
      excluded: 4,
      rate: null,
    });
    expect(employmentRateAfterExit(records, { period, quarter: 2, exclusions: [] })).toMatchObject({
      numerator: 4,
      denominator: 4,
    });
  });
  it('Youth: training counts as well', () => {
    const training = outcomeRecord({ personId: 'a', exit: { ...exit, outcome: 'qualifying_training' } });
    const saysTraining = outcomeRecord({
      personId: 'b',
      exit,
      followUps: [answered('2026-08-01', { inTraining: true })],
    });
    expect(employmentRateAfterExit([training, saysTraining], { period, quarter: 2 }).numerator).toBe(0);
    expect(
      employmentRateAfterExit([training, saysTraining], { period, quarter: 2, youth: true }).numerator,
    ).toBe(2);
  });
  it('counts a household once', () => {
    const records = [
      outcomeRecord({ personId: 'a', householdKey: 'h', exit }),
      outcomeRecord({ personId: 'b', householdKey: 'h', exit, jobs: [jobSpell({ startsOn: '2026-08-01' })] }),
    ];
    expect(employmentRateAfterExit(records, { period, quarter: 2, unit: 'household' })).toMatchObject({
      numerator: 1,
      denominator: 1,
    });
  });
  it('a job covering any day of the quarter counts, one ending the day before never does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: -200, max: 200 }),
        fc.integer({ min: 0, max: 300 }),
        (e, s, length) => {
          const on = addDays('2026-01-01', e);
          const startsOn = addDays(quarterAfter(on, 2).start, s);
          const endsOn = addDays(startsOn, length);
          const q = quarterAfter(on, 2);
          const record = outcomeRecord({
            personId: 'a',
            exit: { ...exit, on },
            jobs: [jobSpell({ startsOn, endsOn })],
          });
          const m = employmentRateAfterExit([record], {
            period: { from: '2026-01-01', to: '2027-12-31' },
            quarter: 2,
          });
          return (m.numerator === 1) === (startsOn <= q.end && endsOn >= q.start);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
