import { describe, expect, it } from 'vitest';
import { exitFact } from '../../outcomes/domain/records.fixture.js';
import { dataQuality } from './data-quality.js';
import { reportRecord } from './report-records.fixture.js';

const period = { from: '2026-01-01', to: '2026-12-31' };

describe('what lowers a report’s reliability', () => {
  it('lists the people with a missing fact, an end without exit, or a follow-up overdue', () => {
    const findings = dataQuality(
      [
        reportRecord({ personId: 'a', person: { birthYear: 1990, sex: 'female' }, nationality: 'SY' }),
        reportRecord({
          personId: 'b',
          endedOn: '2026-04-01',
          person: { birthYear: 1990, sex: 'male' },
          nationality: 'AF',
        }),
        reportRecord({
          personId: 'c',
          person: { birthYear: 1985, sex: 'male' },
          nationality: 'UA',
          exit: exitFact({ on: '2026-02-01' }),
          followUps: [{ months: 3, dueOn: '2026-05-01', status: 'pending', answeredOn: null, answer: null }],
        }),
        // Not accompanied in the period: none of its gaps lowers this report.
        reportRecord({ personId: 'd', enteredOn: '2024-01-01', exit: exitFact({ on: '2025-01-01' }) }),
      ],
      period,
      '2026-12-31',
    );
    expect(findings).toEqual([
      { check: 'ended_without_exit', personIds: ['b'] },
      { check: 'follow_up_overdue', personIds: ['c'] },
    ]);
  });

  it('does not count a follow-up not yet due, nor one done', () => {
    const findings = dataQuality(
      [
        reportRecord({
          personId: 'c',
          person: { birthYear: 1985, sex: 'male' },
          nationality: 'UA',
          exit: exitFact({ on: '2026-10-01' }),
          followUps: [
            { months: 3, dueOn: '2027-01-01', status: 'pending', answeredOn: null, answer: null },
            { months: 1, dueOn: '2026-11-01', status: 'unreachable', answeredOn: null, answer: null },
          ],
        }),
      ],
      period,
      '2026-12-31',
    );
    expect(findings).toEqual([]);
  });
});
