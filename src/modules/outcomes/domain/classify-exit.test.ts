import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type OccupationFootprint, sameField } from '../../recognition/domain/employed-in-field.js';
import {
  classifyExit,
  classifyExitOn,
  contractLengthComparedTo,
  type ExitToClassify,
  ruleInForce,
} from './classify-exit.js';
import { addDays, addMonths } from './dates.js';
import { ruleVersion } from './records.fixture.js';
import { exitOutcomes, familyOf } from './vocabulary.js';

const cdd = (
  start: string | null,
  end: string | null,
  over: Partial<ExitToClassify> = {},
): ExitToClassify => ({
  outcome: 'fixed_term_contract',
  contractStartOn: start,
  contractEndOn: end,
  ...over,
});
const moreThan6 = ruleVersion({ fixedTermComparison: 'more_than', fixedTermMinimumMonths: 6 });
const atLeast6 = ruleVersion({ fixedTermComparison: 'at_least', fixedTermMinimumMonths: 6 });

describe('contract length in calendar months, the last day included', () => {
  it('15 January to 14 July is exactly six months, to 15 July more, to 13 July less', () => {
    expect(contractLengthComparedTo('2026-01-15', '2026-07-14', 6)).toBe(0);
    expect(contractLengthComparedTo('2026-01-15', '2026-07-15', 6)).toBe(1);
    expect(contractLengthComparedTo('2026-01-15', '2026-07-13', 6)).toBe(-1);
    expect(contractLengthComparedTo('2026-01-01', '2026-06-30', 6)).toBe(0);
  });
  it('clamps at month ends as the calendar does', () => {
    // 31 August + 6 months = 28 February, so exactly 6 months ends on the 27th.
    expect(contractLengthComparedTo('2025-08-31', '2026-02-27', 6)).toBe(0);
    expect(contractLengthComparedTo('2025-08-31', '2026-02-28', 6)).toBe(1);
    expect(contractLengthComparedTo('2023-08-31', '2024-02-28', 6)).toBe(0);
  });
});

describe('classifyExit', () => {
  it('a CDD of exactly six months is not positive under "more than 6" and positive under "at least 6"', () => {
    const exact = cdd('2026-01-15', '2026-07-14');
    expect(classifyExit(moreThan6, exact)).toEqual({
      verdict: 'not_positive',
      reason: 'contract_too_short',
      ruleVersion: 1,
    });
    expect(classifyExit(atLeast6, exact)).toEqual({
      verdict: 'positive',
      reason: 'positive_outcome',
      ruleVersion: 1,
    });
    const oneDayMore = cdd('2026-01-15', '2026-07-15');
    expect(classifyExit(moreThan6, oneDayMore).verdict).toBe('positive');
    expect(classifyExit(atLeast6, oneDayMore).verdict).toBe('positive');
    const oneDayLess = cdd('2026-01-15', '2026-07-13');
    expect(classifyExit(atLeast6, oneDayLess)).toMatchObject({
      verdict: 'not_positive',
      reason: 'contract_too_short',
    });
  });
  it('a fixed-term exit without its dates, or with an end before its start, has an unknown length', () => {
    for (const exit of [
      cdd(null, '2026-12-31'),
      cdd('2026-01-01', null),
      cdd(null, null),
      cdd('2026-05-01', '2026-04-30'),
    ])
      expect(classifyExit(moreThan6, exit)).toMatchObject({
        verdict: 'not_positive',
        reason: 'contract_length_unknown',
      });
  });
  it('without a threshold, a fixed-term outcome needs no dates; a permanent one never needs them', () => {
    expect(classifyExit(ruleVersion({ fixedTermMinimumMonths: null }), cdd(null, null)).verdict).toBe(
      'positive',
    );
    expect(
      classifyExit(moreThan6, { outcome: 'permanent_contract', contractStartOn: null, contractEndOn: null })
        .verdict,
    ).toBe('positive');
  });
  it('an exclusion is excluded, whatever else the rule says', () => {
    const rule = ruleVersion({ positiveOutcomes: ['deceased'] });
    expect(classifyExit(rule, { outcome: 'deceased', contractStartOn: null, contractEndOn: null })).toEqual({
      verdict: 'excluded',
      reason: 'excluded_outcome',
      ruleVersion: 1,
    });
  });
  it('an outcome outside the positive list is not positive', () => {
    expect(
      classifyExit(moreThan6, { outcome: 'job_search', contractStartOn: null, contractEndOn: null }),
    ).toMatchObject({
      verdict: 'not_positive',
      reason: 'outcome_not_positive',
    });
  });
  it('no rule: no verdict', () => {
    expect(classifyExit(null, cdd('2026-01-01', '2027-01-01'))).toEqual({
      verdict: 'no_rule',
      reason: 'no_rule',
      ruleVersion: null,
    });
  });
  it('at or above the qualification level when the rule asks (St. Louis); unknown levels do not count', () => {
    const rule = ruleVersion({ requireQualificationLevel: true });
    const cdi = (job: number | null, person: number | null): ExitToClassify => ({
      outcome: 'permanent_contract',
      contractStartOn: null,
      contractEndOn: null,
      jobSkillLevel: job,
      personSkillLevel: person,
    });
    expect(classifyExit(rule, cdi(3, 3)).verdict).toBe('positive');
    expect(classifyExit(rule, cdi(4, 3)).verdict).toBe('positive');
    expect(classifyExit(rule, cdi(2, 3))).toMatchObject({
      verdict: 'not_positive',
      reason: 'below_qualification_level',
    });
    expect(classifyExit(rule, cdi(null, 3))).toMatchObject({
      verdict: 'not_positive',
      reason: 'skill_level_unknown',
    });
    expect(classifyExit(rule, cdi(3, null))).toMatchObject({
      verdict: 'not_positive',
      reason: 'skill_level_unknown',
    });
    // Training is not held to a job's level.
    expect(
      classifyExit(rule, { outcome: 'qualifying_training', contractStartOn: null, contractEndOn: null })
        .verdict,
    ).toBe('positive');
  });
  it('with a credential when the rule asks (Louisville)', () => {
    const rule = ruleVersion({ requireCredential: true });
    const cdi = { outcome: 'permanent_contract', contractStartOn: null, contractEndOn: null } as const;
    expect(classifyExit(rule, { ...cdi, credentialObtained: true }).verdict).toBe('positive');
    expect(classifyExit(rule, { ...cdi, credentialObtained: false })).toMatchObject({
      reason: 'credential_missing',
    });
    expect(classifyExit(rule, cdi)).toMatchObject({ reason: 'credential_missing' });
  });
  describe('employed in the field of a credential obtained (Louisville)', () => {
    const rule = ruleVersion({ requireEmployedInField: true });
    const nurse: OccupationFootprint = {
      escoIds: ['esco-nurse'],
      iscoUnits: ['2221'],
      codes: ['onet:29-1141.00'],
    };
    const cdi = (over: Partial<ExitToClassify>): ExitToClassify => ({
      outcome: 'permanent_contract',
      contractStartOn: null,
      contractEndOn: null,
      ...over,
    });
    const none: OccupationFootprint = { escoIds: [], iscoUnits: [], codes: [] };
    it('decides every combination of credential, job and field, one reason each', () => {
      const cases: [string, Partial<ExitToClassify>, string][] = [
        ['same ESCO occupation', { jobOccupation: { ...none, escoIds: ['esco-nurse'] } }, 'positive_outcome'],
        ['same ISCO unit group', { jobOccupation: { ...none, iscoUnits: ['2221'] } }, 'positive_outcome'],
        [
          'same national code',
          { jobOccupation: { ...none, codes: ['onet:29-1141.00'] } },
          'positive_outcome',
        ],
        [
          'another field',
          { jobOccupation: { escoIds: ['esco-cook'], iscoUnits: ['5120'], codes: ['onet:35-2014.00'] } },
          'not_in_field',
        ],
        [
          'ISCO major group only in common',
          { jobOccupation: { ...none, iscoUnits: ['2222'] } },
          'not_in_field',
        ],
        ['a job without an occupation', { jobOccupation: none }, 'field_unknown'],
        ['no job named', { jobOccupation: null }, 'field_unknown'],
        ['no job given', {}, 'field_unknown'],
      ];
      for (const [what, job, reason] of cases)
        expect(
          classifyExit(rule, cdi({ credentialObtained: true, credentialOccupations: [nurse], ...job })),
          what,
        ).toMatchObject({ reason, verdict: reason === 'positive_outcome' ? 'positive' : 'not_positive' });
      const job = { jobOccupation: nurse };
      // No credential at all: missing, before the field is looked at.
      expect(classifyExit(rule, cdi({ ...job }))).toMatchObject({ reason: 'credential_missing' });
      expect(
        classifyExit(rule, cdi({ ...job, credentialObtained: false, credentialOccupations: [] })),
      ).toMatchObject({ reason: 'credential_missing' });
      expect(classifyExit(rule, cdi({ jobOccupation: null }))).toMatchObject({
        reason: 'credential_missing',
      });
      // A credential typed on the exit names no occupation: its field is unknown.
      expect(classifyExit(rule, cdi({ ...job, credentialObtained: true }))).toMatchObject({
        reason: 'field_unknown',
      });
      expect(
        classifyExit(rule, cdi({ ...job, credentialObtained: true, credentialOccupations: [none] })),
      ).toMatchObject({ reason: 'field_unknown' });
      // A recognised credential is a credential, even when the flag was not set by the caller.
      expect(classifyExit(rule, cdi({ ...job, credentialOccupations: [nurse] }))).toMatchObject({
        verdict: 'positive',
      });
      // One credential in the field among others is enough.
      const cook = { escoIds: ['esco-cook'], iscoUnits: ['5120'], codes: [] };
      expect(classifyExit(rule, cdi({ ...job, credentialOccupations: [cook, none, nurse] }))).toMatchObject({
        verdict: 'positive',
      });
      // Training is not held to a job's field; exclusions and lists still decide first.
      const training = {
        outcome: 'qualifying_training',
        contractStartOn: null,
        contractEndOn: null,
      } as const;
      expect(classifyExit(rule, training)).toMatchObject({ verdict: 'positive' });
      expect(classifyExit(rule, { ...training, outcome: 'deceased' })).toMatchObject({ verdict: 'excluded' });
      expect(classifyExit(rule, cdi({ outcome: 'job_search' }))).toMatchObject({
        reason: 'outcome_not_positive',
      });
      // The other clauses keep their order: a short contract is too short before it is out of the field.
      expect(
        classifyExit(rule, {
          outcome: 'fixed_term_contract',
          contractStartOn: '2026-01-01',
          contractEndOn: '2026-02-01',
        }),
      ).toMatchObject({ reason: 'contract_too_short' });
      expect(
        classifyExit(
          ruleVersion({ requireEmployedInField: true, requireQualificationLevel: true }),
          cdi(job),
        ),
      ).toMatchObject({ reason: 'skill_level_unknown' });
      // Without the setting, the field is never read (older versions read as false).
      expect(classifyExit(ruleVersion(), cdi({ jobOccupation: none }))).toMatchObject({
        verdict: 'positive',
      });
      expect(
        classifyExit(ruleVersion({ requireCredential: true }), cdi({ credentialOccupations: [nurse] })),
      ).toMatchObject({ verdict: 'positive' });
    });

    const values = (prefix: string) =>
      fc.subarray([`${prefix}1`, `${prefix}2`, `${prefix}3`], { maxLength: 2 });
    const footprint = fc.record({ escoIds: values('e'), iscoUnits: values('i'), codes: values('c') });
    const known = (o: OccupationFootprint | null | undefined) =>
      !!o && o.escoIds.length + o.iscoUnits.length + o.codes.length > 0;
    it('an employment exit is positive exactly when its job shares an occupation with a credential obtained', () => {
      fc.assert(
        fc.property(
          fc.option(footprint, { nil: null }),
          fc.array(footprint, { maxLength: 3 }),
          fc.boolean(),
          fc.constantFrom(...exitOutcomes),
          (job, credentials, typed, outcome) => {
            const exit: ExitToClassify = {
              outcome,
              contractStartOn: '2026-01-01',
              contractEndOn: '2027-06-30',
              credentialObtained: typed,
              jobOccupation: job,
              credentialOccupations: credentials,
            };
            const all = ruleVersion({
              requireEmployedInField: true,
              positiveOutcomes: [...exitOutcomes],
              exclusions: [],
            });
            const result = classifyExit(all, exit);
            const inField = !!job && credentials.some((c) => sameField(job, c));
            if (familyOf(outcome) !== 'employment') return result.verdict === 'positive';
            const held = typed || credentials.length > 0;
            const expected = !held
              ? 'credential_missing'
              : !known(job) || !credentials.some(known)
                ? 'field_unknown'
                : inField
                  ? 'positive_outcome'
                  : 'not_in_field';
            // Without the setting, the same exit is positive whatever its field.
            const without = classifyExit(
              ruleVersion({ positiveOutcomes: [...exitOutcomes], exclusions: [] }),
              exit,
            );
            return result.reason === expected && without.verdict === 'positive';
          },
        ),
        { numRuns: 2000 },
      );
    });
    it('a further credential never turns a positive exit into a negative one', () => {
      fc.assert(
        fc.property(footprint, fc.array(footprint, { maxLength: 3 }), footprint, (job, credentials, more) => {
          const exit = cdi({ jobOccupation: job, credentialOccupations: credentials });
          const before = classifyExit(rule, exit).verdict;
          const after = classifyExit(rule, {
            ...exit,
            credentialOccupations: [...credentials, more],
          }).verdict;
          return before !== 'positive' || after === 'positive';
        }),
        { numRuns: 1000 },
      );
    });
  });
  it('the threshold is one day apart between > and ≥, for any start and length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2020-01-01', n)),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: -40, max: 40 }),
        (start, months, shift) => {
          const exactEnd = addDays(addMonths(start, months), -1);
          const end = addDays(exactEnd, shift);
          if (end < start) return true;
          const exit = cdd(start, end);
          const strict = classifyExit(
            ruleVersion({ fixedTermMinimumMonths: months, fixedTermComparison: 'more_than' }),
            exit,
          );
          const loose = classifyExit(
            ruleVersion({ fixedTermMinimumMonths: months, fixedTermComparison: 'at_least' }),
            exit,
          );
          return (
            (strict.verdict === 'positive') === shift > 0 && (loose.verdict === 'positive') === shift >= 0
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
  it('every outcome gets exactly one verdict, consistent with the rule’s lists', () => {
    const outcome = fc.constantFrom(...exitOutcomes);
    fc.assert(
      fc.property(
        fc.subarray([...exitOutcomes]),
        fc.subarray([...exitOutcomes]),
        outcome,
        fc.boolean(),
        fc.boolean(),
        (positives, exclusions, chosen, requireLevel, requireCredential) => {
          const rule = ruleVersion({
            positiveOutcomes: positives,
            exclusions,
            requireQualificationLevel: requireLevel,
            requireCredential,
          });
          const result = classifyExit(rule, {
            outcome: chosen,
            contractStartOn: '2026-01-01',
            contractEndOn: '2027-01-01',
            jobSkillLevel: 2,
            personSkillLevel: 2,
            credentialObtained: true,
          });
          if (exclusions.includes(chosen)) return result.verdict === 'excluded';
          if (!positives.includes(chosen)) return result.verdict === 'not_positive';
          return result.verdict === 'positive' && result.ruleVersion === 1;
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('rule versions', () => {
  const v1 = ruleVersion({ fixedTermComparison: 'more_than' }, 1, '2025-01-01');
  const v2 = ruleVersion({ fixedTermComparison: 'at_least' }, 2, '2026-07-01');
  it('the version in force is the latest effective on or before the day', () => {
    expect(ruleInForce([v2, v1], '2024-12-31')).toBeNull();
    expect(ruleInForce([v2, v1], '2025-01-01')).toBe(v1);
    expect(ruleInForce([v2, v1], '2026-06-30')).toBe(v1);
    expect(ruleInForce([v2, v1], '2026-07-01')).toBe(v2);
    expect(ruleInForce([], '2026-07-01')).toBeNull();
    const sameDay = ruleVersion({}, 3, '2026-07-01');
    expect(ruleInForce([sameDay, v2, v1], '2026-08-01')).toBe(sameDay);
  });
  it('an exit dated before a new version keeps the old one', () => {
    const exact = cdd('2026-01-01', '2026-06-30');
    expect(classifyExitOn([v1, v2], '2026-06-30', exact)).toMatchObject({
      verdict: 'not_positive',
      ruleVersion: 1,
    });
    expect(classifyExitOn([v1, v2], '2026-07-01', exact)).toMatchObject({
      verdict: 'positive',
      ruleVersion: 2,
    });
    expect(classifyExitOn([v1, v2], '2024-06-30', exact)).toMatchObject({
      verdict: 'no_rule',
      ruleVersion: null,
    });
  });
  it('the version in force never takes effect after the day, and none in between is later', () => {
    const version = fc
      .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 2000 }))
      .map(([n, d]) => ruleVersion({}, n, addDays('2022-01-01', d)));
    fc.assert(
      fc.property(fc.array(version, { maxLength: 8 }), fc.integer({ min: 0, max: 2200 }), (versions, d) => {
        const on = addDays('2022-01-01', d);
        const found = ruleInForce(versions, on);
        const eligible = versions.filter((v) => v.effectiveFrom <= on);
        if (found === null) return eligible.length === 0;
        return found.effectiveFrom <= on && eligible.every((v) => v.effectiveFrom <= found.effectiveFrom);
      }),
      { numRuns: 1000 },
    );
  });
});
