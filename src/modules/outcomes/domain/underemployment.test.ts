import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exitFact, jobSpell, outcomeRecord } from './records.fixture.js';
import { jobRunningOn, statusOf, underemploymentAt, underemploymentBeforeAfter } from './underemployment.js';

describe('underemployment', () => {
  it('is a job level below the qualification level; unknown levels are reported apart', () => {
    expect(statusOf(1, 4)).toBe('underemployed');
    expect(statusOf(3, 4)).toBe('underemployed');
    expect(statusOf(4, 4)).toBe('matched');
    expect(statusOf(4, 3)).toBe('matched');
    expect(statusOf(null, 3)).toBe('levels_unknown');
    expect(statusOf(3, null)).toBe('levels_unknown');
  });
  it('reads the job running on the day, the latest started when several', () => {
    const jobs = [
      jobSpell({ startsOn: '2026-01-01', endsOn: '2026-12-31', jobSkillLevel: 1 }),
      jobSpell({ startsOn: '2026-06-01', endsOn: null, jobSkillLevel: 3 }),
    ];
    expect(jobRunningOn(jobs, '2025-12-31')).toBeNull();
    expect(jobRunningOn(jobs, '2026-01-01')?.jobSkillLevel).toBe(1);
    expect(jobRunningOn(jobs, '2026-05-31')?.jobSkillLevel).toBe(1);
    expect(jobRunningOn(jobs, '2026-06-01')?.jobSkillLevel).toBe(3);
    expect(jobRunningOn([jobs[0]!], '2026-12-31')?.jobSkillLevel).toBe(1);
    expect(jobRunningOn([jobs[0]!], '2027-01-01')).toBeNull();
  });
  it('counts persons once on a day, the job’s own person level first, the person’s facts otherwise', () => {
    const records = [
      outcomeRecord({
        personId: 'engineer',
        person: { qualificationSkillLevel: 4 },
        jobs: [jobSpell({ startsOn: '2026-02-01', jobSkillLevel: 1 })],
      }),
      outcomeRecord({
        personId: 'engineer',
        enrolmentId: 'second',
        enteredOn: '2026-06-01',
        person: { qualificationSkillLevel: 4 },
      }),
      outcomeRecord({
        personId: 'nurse',
        jobs: [jobSpell({ startsOn: '2026-02-01', jobSkillLevel: 3, personSkillLevel: 3 })],
      }),
      outcomeRecord({ personId: 'unknown', jobs: [jobSpell({ startsOn: '2026-02-01', jobSkillLevel: 2 })] }),
      outcomeRecord({ personId: 'searching', person: { qualificationSkillLevel: 2 } }),
    ];
    expect(underemploymentAt(records, '2026-07-01')).toEqual({
      employed: 3,
      knownLevels: 2,
      underemployed: 1,
      rate: 0.5,
      members: {
        not_employed: ['searching'],
        levels_unknown: ['unknown'],
        underemployed: ['engineer'],
        matched: ['nurse'],
      },
    });
    expect(underemploymentAt(records, '2026-01-31')).toMatchObject({ employed: 0, rate: null });
  });
  it('compares the job at entry with the job at asOf, or at exit', () => {
    const record = outcomeRecord({
      personId: 'a',
      person: { qualificationSkillLevel: 3, jobAtEntrySkillLevel: 1 },
      exit: exitFact({ on: '2026-06-30' }),
      jobs: [
        jobSpell({ startsOn: '2026-06-01', endsOn: '2026-12-31', jobSkillLevel: 2 }),
        jobSpell({ startsOn: '2027-01-01', jobSkillLevel: 3 }),
      ],
    });
    const atAsOf = underemploymentBeforeAfter([record], { asOf: '2027-03-01' });
    expect(atAsOf.before.members.underemployed).toEqual(['a']);
    expect(atAsOf.after.members.matched).toEqual(['a']);
    const atExit = underemploymentBeforeAfter([record], { asOf: '2027-03-01', after: 'exit' });
    expect(atExit.after.members.underemployed).toEqual(['a']);
    const noJobAtEntry = underemploymentBeforeAfter(
      [{ ...record, person: { ...record.person, jobAtEntrySkillLevel: null } }],
      { asOf: '2027-03-01' },
    );
    expect(noJobAtEntry.before).toMatchObject({ employed: 0, rate: null });
  });
  it('partitions persons, and the rate is underemployed over those with known levels', () => {
    const level = fc.option(fc.integer({ min: 1, max: 4 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), level, level), { maxLength: 30 }), (people) => {
        const records = people.map(([employed, job, person], i) =>
          outcomeRecord({
            personId: `p${i}`,
            person: { qualificationSkillLevel: person },
            jobs: employed ? [jobSpell({ startsOn: '2026-01-01', jobSkillLevel: job })] : [],
          }),
        );
        const u = underemploymentAt(records, '2026-06-01');
        const all = Object.values(u.members).flat();
        return (
          all.length === people.length &&
          new Set(all).size === people.length &&
          u.employed === people.filter(([e]) => e).length &&
          u.underemployed === people.filter(([e, j, p]) => e && j !== null && p !== null && j < p).length &&
          (u.rate === null ? u.knownLevels === 0 : u.rate === u.underemployed / u.knownLevels)
        );
      }),
      { numRuns: 1000 },
    );
  });
});
