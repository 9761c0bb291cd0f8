import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followUpSituation } from './follow-up-situation.js';
import { answered, followUp, outcomeRecord } from './records.fixture.js';
import { followUpStatuses } from './vocabulary.js';

describe('situation at each follow-up moment', () => {
  const records = [
    outcomeRecord({
      personId: 'a',
      followUps: [
        answered('2026-07-01', { employed: true, sameEmployer: true }, { months: 3, dueOn: '2026-06-30' }),
      ],
    }),
    outcomeRecord({
      personId: 'b',
      followUps: [
        answered('2026-07-02', { employed: true, sameEmployer: false }, { months: 3, dueOn: '2026-06-30' }),
      ],
    }),
    outcomeRecord({
      personId: 'c',
      followUps: [answered('2026-07-03', { employed: true }, { months: 3, dueOn: '2026-06-30' })],
    }),
    outcomeRecord({
      personId: 'd',
      followUps: [answered('2026-07-04', { employed: false }, { months: 3, dueOn: '2026-06-30' })],
    }),
    outcomeRecord({
      personId: 'e',
      followUps: [followUp({ months: 3, dueOn: '2026-06-30', status: 'unreachable' })],
    }),
    outcomeRecord({
      personId: 'f',
      followUps: [followUp({ months: 3, dueOn: '2026-06-30', status: 'pending' })],
    }),
    outcomeRecord({
      personId: 'g',
      followUps: [followUp({ months: 3, dueOn: '2026-06-30', status: 'cancelled' })],
    }),
    outcomeRecord({
      personId: 'h',
      followUps: [followUp({ months: 3, dueOn: '2026-08-01', status: 'pending' })],
    }),
  ];
  it('counts due, answered, unreachable and pending; shares over the answers', () => {
    const [three, six] = followUpSituation(records, { asOf: '2026-07-31' });
    expect(three).toMatchObject({
      months: 3,
      due: 6,
      answered: 4,
      unreachable: 1,
      pending: 1,
      notYetDue: 1,
      employedShare: 0.75,
      sameEmployerShare: 0.5,
    });
    expect(three!.members.employed).toEqual(['enrolment-a', 'enrolment-b', 'enrolment-c']);
    expect(six).toMatchObject({
      months: 6,
      due: 0,
      answered: 0,
      employedShare: null,
      sameEmployerShare: null,
    });
  });
  it('an answer after asOf is not known yet', () => {
    const [three] = followUpSituation(records, { asOf: '2026-07-02', moments: [3] });
    expect(three).toMatchObject({ due: 6, answered: 2, pending: 3, unreachable: 1 });
  });
  it('every follow-up not cancelled is in exactly one of answered, unreachable, pending, not yet due', () => {
    const fact = fc.record({
      months: fc.constantFrom(3, 6, 12, 18),
      due: fc.integer({ min: 0, max: 60 }),
      status: fc.constantFrom(...followUpStatuses),
      employed: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(fact, { maxLength: 4 }), { maxLength: 15 }),
        fc.integer({ min: 0, max: 60 }),
        (people, asOfDay) => {
          const day = (n: number) => `2026-07-${String((n % 28) + 1).padStart(2, '0')}`;
          const recs = people.map((facts, i) =>
            outcomeRecord({
              personId: `p${i}`,
              followUps: facts.map((f) =>
                f.status === 'answered'
                  ? answered(day(f.due), { employed: f.employed }, { months: f.months, dueOn: day(f.due) })
                  : followUp({ months: f.months, dueOn: day(f.due), status: f.status }),
              ),
            }),
          );
          return followUpSituation(recs, { asOf: day(asOfDay) }).every((moment) => {
            const total = people
              .flat()
              .filter((f) => f.months === moment.months && f.status !== 'cancelled').length;
            return (
              moment.answered + moment.unreachable + moment.pending === moment.due &&
              moment.due + moment.notYetDue === total &&
              (moment.employedShare === null || (moment.employedShare >= 0 && moment.employedShare <= 1))
            );
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
