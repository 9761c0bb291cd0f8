import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { answered, exitFact, followUp, outcomeRecord } from './records.fixture.js';
import { retentionInRegion } from './retention-in-region.js';

const period = { from: '2026-01-01', to: '2026-06-30' };
const exit = exitFact({ on: '2026-03-15', outcome: 'moved_to_region', region: 'Abitibi' });
const at12 = (over: Parameters<typeof followUp>[0]) => followUp({ months: 12, dueOn: '2027-03-15', ...over });

describe('retention in the region (Québec)', () => {
  const records = [
    outcomeRecord({
      personId: 'stayed',
      exit,
      followUps: [answered('2027-03-20', { inRegion: true }, { months: 12, dueOn: '2027-03-15' })],
    }),
    outcomeRecord({
      personId: 'left',
      exit,
      followUps: [answered('2027-03-20', { inRegion: false }, { months: 12, dueOn: '2027-03-15' })],
    }),
    outcomeRecord({
      personId: 'silent',
      exit,
      followUps: [answered('2027-03-20', { inRegion: null }, { months: 12, dueOn: '2027-03-15' })],
    }),
    outcomeRecord({ personId: 'lost', exit, followUps: [at12({ status: 'unreachable' })] }),
    outcomeRecord({ personId: 'waiting', exit, followUps: [at12({ status: 'pending' })] }),
    outcomeRecord({ personId: 'no-row', exit }),
    outcomeRecord({ personId: 'called-off', exit, followUps: [at12({ status: 'cancelled' })] }),
    outcomeRecord({
      personId: 'six-only',
      exit,
      followUps: [answered('2026-09-20', { inRegion: true }, { months: 6, dueOn: '2026-09-15' })],
    }),
    outcomeRecord({
      personId: 'elsewhere',
      exit: { ...exit, outcome: 'permanent_contract' },
      followUps: [answered('2027-03-20', { inRegion: true }, { months: 12 })],
    }),
  ];
  it('due but unanswered and unreachable stay in the denominator as not retained; cancelled is excluded', () => {
    const m = retentionInRegion(records, { period, months: 12, asOf: '2027-04-30' });
    expect(m.members).toEqual({
      numerator: ['stayed'],
      denominator: ['left', 'lost', 'no-row', 'silent', 'six-only', 'stayed', 'waiting'],
      excluded: ['called-off'],
      unreachable: ['lost'],
    });
  });
  it('leaves follow-ups not yet due out of the denominator, counting the due date itself as due', () => {
    expect(
      retentionInRegion(records, { period, months: 12, asOf: '2027-03-14' }).members.denominator,
    ).toEqual([]);
    expect(retentionInRegion(records, { period, months: 12, asOf: '2027-03-15' }).members).toMatchObject({
      numerator: [],
      denominator: ['left', 'lost', 'no-row', 'silent', 'six-only', 'stayed', 'waiting'],
    });
    expect(retentionInRegion(records, { period, months: 6, asOf: '2026-10-01' }).members.numerator).toEqual([
      'six-only',
    ]);
  });
  it('counts households once', () => {
    const family = [
      outcomeRecord({ personId: 'a', householdKey: 'h', exit, followUps: [at12({ status: 'unreachable' })] }),
      outcomeRecord({
        personId: 'b',
        householdKey: 'h',
        exit,
        followUps: [answered('2027-03-16', { inRegion: true }, { months: 12 })],
      }),
    ];
    expect(
      retentionInRegion(family, { period, months: 12, asOf: '2027-12-31', unit: 'household' }),
    ).toMatchObject({
      numerator: 1,
      denominator: 1,
      unreachable: 0,
    });
  });
  it('an unreachable or pending follow-up is never retained, whenever the count is made', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('unreachable', 'pending'),
        fc.integer({ min: 0, max: 900 }),
        (status, d) => {
          const record = outcomeRecord({
            personId: 'a',
            exit,
            followUps: [at12({ status, answer: answered('2027-01-01', { inRegion: true }).answer })],
          });
          const m = retentionInRegion([record], { period, months: 12, asOf: addDays('2026-03-15', d) });
          return m.numerator === 0 && m.denominator === (addDays('2026-03-15', d) >= '2027-03-15' ? 1 : 0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
