import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialAttainment } from './credential-attainment.js';
import { addDays } from './dates.js';
import { answered, exitFact, jobSpell, outcomeRecord } from './records.fixture.js';
import type { CredentialFact } from './records.js';

const period = { from: '2026-01-01', to: '2026-12-31' };
const exit = exitFact({ on: '2026-06-30', outcome: 'job_search', verdict: 'not_positive' });
const trainee = (personId: string, credentials: CredentialFact[], over = {}) =>
  outcomeRecord({ personId, enteredOn: '2026-01-05', exit, inTraining: true, credentials, ...over });

describe('credential attainment (WIOA 6.3)', () => {
  it('counts a recognised credential from entry to one year after exit, both days included', () => {
    const records = [
      trainee('a', [{ obtainedOn: '2026-01-05', kind: 'degree' }]),
      trainee('b', [{ obtainedOn: '2027-06-30', kind: 'licence' }]),
      trainee('c', [{ obtainedOn: '2027-07-01', kind: 'certification' }]),
      trainee('d', [{ obtainedOn: '2026-01-04', kind: 'industry_certificate' }]),
      trainee('e', []),
    ];
    expect(credentialAttainment(records, { period }).members).toMatchObject({
      numerator: ['a', 'b'],
      denominator: ['a', 'b', 'c', 'd', 'e'],
    });
  });
  it('leaves out those not in training, and the exclusions', () => {
    const records = [
      outcomeRecord({
        personId: 'a',
        exit,
        inTraining: false,
        credentials: [{ obtainedOn: '2026-03-01', kind: 'degree' }],
      }),
      trainee('b', [{ obtainedOn: '2026-03-01', kind: 'degree' }], {
        exit: { ...exit, outcome: 'deceased' },
      }),
    ];
    expect(credentialAttainment(records, { period })).toMatchObject({
      numerator: 0,
      denominator: 0,
      excluded: 1,
    });
  });
  it('never counts a work-readiness certificate', () => {
    expect(
      credentialAttainment([trainee('a', [{ obtainedOn: '2026-03-01', kind: 'work_readiness' }])], { period })
        .numerator,
    ).toBe(0);
  });
  it('counts a secondary diploma only with employment or training within the year after exit', () => {
    const diploma: CredentialFact[] = [{ obtainedOn: '2026-03-01', kind: 'secondary_diploma' }];
    const records = [
      trainee('alone', diploma),
      trainee('job', diploma, { jobs: [jobSpell({ startsOn: '2027-06-30' })] }),
      trainee('late-job', diploma, { jobs: [jobSpell({ startsOn: '2027-07-01' })] }),
      trainee('training', diploma, { followUps: [answered('2026-12-01', { inTraining: true })] }),
      trainee('exit-job', diploma, { exit: { ...exit, outcome: 'permanent_contract' } }),
    ];
    expect(credentialAttainment(records, { period }).members.numerator).toEqual([
      'exit-job',
      'job',
      'training',
    ]);
  });
  it('a credential counts exactly when dated from entry to exit + 1 year', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 700 }), (d) => {
        const obtainedOn = addDays('2026-01-05', d);
        const m = credentialAttainment([trainee('a', [{ obtainedOn, kind: 'degree' }])], { period });
        return (m.numerator === 1) === (obtainedOn >= '2026-01-05' && obtainedOn <= '2027-06-30');
      }),
      { numRuns: 1000 },
    );
  });
});
