import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, addYears, compareDates } from '../../../core/calendar.js';
import { type EligibilityFacts, immigrationStatuses } from '../../people/api.js';
import { type EligibilityRule, eligibilityRules, evaluateEligibility, evaluateRule } from './eligibility.js';

const baseFacts: EligibilityFacts = {
  personId: 'p',
  organizationId: 'o',
  birthDate: '2004-01-10',
  immigrationStatus: 'asylum_seeker',
  statusDate: null,
  asylumApplicationDate: '2025-12-01',
  arrivalDate: '2025-11-20',
  hasForeignDegree: false,
  residenceCountry: 'FR',
  residenceRegion: 'Occitanie',
  residenceCity: 'Toulouse',
  householdSize: 1,
  householdKey: 'h',
  countingKey: null,
};
const facts = (overrides: Partial<EligibilityFacts>): EligibilityFacts => ({ ...baseFacts, ...overrides });
const outcome = (rule: EligibilityRule, f: Partial<EligibilityFacts>, on: string) =>
  evaluateRule(rule, facts(f), on).outcome;

const under26: EligibilityRule = { kind: 'maxAge', years: 26, inclusive: false };
const moreThanSixMonths: EligibilityRule = {
  kind: 'minMonthsSinceAsylumApplication',
  months: 6,
  strict: true,
};
const ipr: EligibilityRule[] = [
  under26,
  {
    kind: 'anyOf',
    rules: [moreThanSixMonths, { kind: 'allowedStatuses', statuses: ['refugee', 'subsidiary_protection'] }],
  },
];

const isoDate = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('maximum age', () => {
  it('"under 26": 25 years and 364 days passes, exactly 26 fails', () => {
    expect(outcome(under26, { birthDate: '2000-06-15' }, '2026-06-14')).toBe('passed');
    expect(outcome(under26, { birthDate: '2000-06-15' }, '2026-06-15')).toBe('failed');
  });
  it('"26 or younger" still passes on the 26th birthday and fails at 27', () => {
    const rule: EligibilityRule = { kind: 'maxAge', years: 26, inclusive: true };
    expect(outcome(rule, { birthDate: '2000-06-15' }, '2026-06-15')).toBe('passed');
    expect(outcome(rule, { birthDate: '2000-06-15' }, '2027-06-15')).toBe('failed');
  });
  it('is unknown without a birth date', () => {
    expect(outcome(under26, { birthDate: null }, '2026-06-14')).toBe('unknown');
  });
  it('never makes an older person more eligible (monotonic in birth date)', () => {
    fc.assert(
      fc.property(
        isoDate,
        isoDate,
        isoDate,
        fc.integer({ min: 1, max: 100 }),
        fc.boolean(),
        (a, b, on, years, inclusive) => {
          const [older, younger] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
          fc.pre(compareDates(younger, on) <= 0);
          const rule: EligibilityRule = { kind: 'maxAge', years, inclusive };
          if (outcome(rule, { birthDate: older }, on) === 'passed') {
            expect(outcome(rule, { birthDate: younger }, on)).toBe('passed');
          }
        },
      ),
    );
  });
  it('flips exactly on the birthday that reaches the limit', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 90 }), (birth, years) => {
        const birthday = addYears(birth, years);
        fc.pre(!birth.endsWith('02-29'));
        const rule: EligibilityRule = { kind: 'maxAge', years, inclusive: false };
        expect(outcome(rule, { birthDate: birth }, addMonths(birthday, 0))).toBe('failed');
        const dayBefore = new Date(`${birthday}T00:00:00Z`);
        dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
        expect(outcome(rule, { birthDate: birth }, dayBefore.toISOString().slice(0, 10))).toBe('passed');
      }),
    );
  });
});

describe('months since the asylum application', () => {
  it('"more than 6 months": exactly 6 months fails, 6 months and a day passes', () => {
    expect(outcome(moreThanSixMonths, { asylumApplicationDate: '2026-01-15' }, '2026-07-15')).toBe('failed');
    expect(outcome(moreThanSixMonths, { asylumApplicationDate: '2026-01-15' }, '2026-07-16')).toBe('passed');
  });
  it('"6 months or more": exactly 6 months passes', () => {
    const rule: EligibilityRule = { kind: 'minMonthsSinceAsylumApplication', months: 6, strict: false };
    expect(outcome(rule, { asylumApplicationDate: '2026-01-15' }, '2026-07-15')).toBe('passed');
    expect(outcome(rule, { asylumApplicationDate: '2026-01-15' }, '2026-07-14')).toBe('failed');
  });
  it('handles month ends: filed on 31 August, six months are reached on the last day of February', () => {
    expect(outcome(moreThanSixMonths, { asylumApplicationDate: '2025-08-31' }, '2026-02-28')).toBe('failed');
    expect(outcome(moreThanSixMonths, { asylumApplicationDate: '2025-08-31' }, '2026-03-01')).toBe('passed');
  });
  it('fails for someone who is not an asylum seeker, and is unknown without the date', () => {
    expect(outcome(moreThanSixMonths, { immigrationStatus: 'refugee' }, '2026-07-16')).toBe('failed');
    expect(outcome(moreThanSixMonths, { asylumApplicationDate: null }, '2026-07-16')).toBe('unknown');
  });
  it('is monotonic in time: once passed, later dates pass too', () => {
    fc.assert(
      fc.property(
        isoDate,
        isoDate,
        isoDate,
        fc.integer({ min: 0, max: 36 }),
        fc.boolean(),
        (filed, a, b, months, strict) => {
          const [earlier, later] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
          const rule: EligibilityRule = { kind: 'minMonthsSinceAsylumApplication', months, strict };
          if (outcome(rule, { asylumApplicationDate: filed }, earlier) === 'passed') {
            expect(outcome(rule, { asylumApplicationDate: filed }, later)).toBe('passed');
          }
        },
      ),
    );
  });
});

describe('years since arrival', () => {
  const lessThanFive: EligibilityRule = { kind: 'maxYearsSinceArrival', years: 5, strict: true };
  it('"less than 5 years": the fifth anniversary is too late, the day before is fine', () => {
    expect(outcome(lessThanFive, { arrivalDate: '2021-09-01' }, '2026-08-31')).toBe('passed');
    expect(outcome(lessThanFive, { arrivalDate: '2021-09-01' }, '2026-09-01')).toBe('failed');
  });
  it('"5 years or less" still passes on the anniversary', () => {
    const rule: EligibilityRule = { kind: 'maxYearsSinceArrival', years: 5, strict: false };
    expect(outcome(rule, { arrivalDate: '2021-09-01' }, '2026-09-01')).toBe('passed');
    expect(outcome(rule, { arrivalDate: '2021-09-01' }, '2026-09-02')).toBe('failed');
  });
});

describe('statuses, degree and residence', () => {
  it('allows and excludes statuses', () => {
    const refugeesOnly: EligibilityRule = { kind: 'allowedStatuses', statuses: ['refugee'] };
    const notRefugees: EligibilityRule = { kind: 'excludedStatuses', statuses: ['refugee', 'asylum_seeker'] };
    for (const status of immigrationStatuses) {
      expect(outcome(refugeesOnly, { immigrationStatus: status }, '2026-01-01')).toBe(
        status === 'refugee' ? 'passed' : 'failed',
      );
      expect(outcome(notRefugees, { immigrationStatus: status }, '2026-01-01')).toBe(
        status === 'refugee' || status === 'asylum_seeker' ? 'failed' : 'passed',
      );
    }
    expect(outcome(refugeesOnly, { immigrationStatus: null }, '2026-01-01')).toBe('unknown');
  });
  it('requires a foreign degree', () => {
    const rule: EligibilityRule = { kind: 'foreignDegreeRequired' };
    expect(outcome(rule, { hasForeignDegree: true }, '2026-01-01')).toBe('passed');
    expect(outcome(rule, { hasForeignDegree: false }, '2026-01-01')).toBe('failed');
  });
  it('matches the place of residence without regard to accents or case', () => {
    const rule: EligibilityRule = { kind: 'residence', cities: ['Montréal'] };
    expect(outcome(rule, { residenceCity: 'montreal' }, '2026-01-01')).toBe('passed');
    expect(outcome(rule, { residenceCity: 'Québec' }, '2026-01-01')).toBe('failed');
    expect(outcome(rule, { residenceCity: null }, '2026-01-01')).toBe('unknown');
  });
});

describe('combinators and the verdict', () => {
  it('decides the Occitanie IPR cases', () => {
    const on = '2026-05-01';
    // 22, asylum application 7 months old.
    expect(
      evaluateEligibility(ipr, facts({ birthDate: '2004-03-02', asylumApplicationDate: '2025-10-01' }), on)
        .verdict,
    ).toBe('eligible');
    // 27: too old whatever the status.
    expect(
      evaluateEligibility(ipr, facts({ birthDate: '1999-01-01', asylumApplicationDate: '2025-10-01' }), on)
        .verdict,
    ).toBe('not_eligible');
    // Application only 3 months old, not yet protected.
    expect(evaluateEligibility(ipr, facts({ asylumApplicationDate: '2026-02-01' }), on).verdict).toBe(
      'not_eligible',
    );
    // Refugee: the protection branch passes.
    expect(
      evaluateEligibility(ipr, facts({ immigrationStatus: 'refugee', asylumApplicationDate: null }), on)
        .verdict,
    ).toBe('eligible');
    // Unknown birth date: incomplete, not refused.
    expect(
      evaluateEligibility(ipr, facts({ birthDate: null, immigrationStatus: 'refugee' }), on).verdict,
    ).toBe('incomplete');
  });

  it('anyOf is the OR and allOf the AND of their parts (passed > unknown > failed)', () => {
    const leaf = fc.constantFrom<EligibilityRule>(
      under26,
      moreThanSixMonths,
      { kind: 'allowedStatuses', statuses: ['refugee'] },
      { kind: 'foreignDegreeRequired' },
      { kind: 'residence', cities: ['Toulouse'] },
    );
    const someFacts = fc.record({
      birthDate: fc.option(isoDate, { nil: null }),
      immigrationStatus: fc.option(fc.constantFrom(...immigrationStatuses), { nil: null }),
      asylumApplicationDate: fc.option(isoDate, { nil: null }),
      hasForeignDegree: fc.boolean(),
      residenceCity: fc.option(fc.constantFrom('Toulouse', 'Albi'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(leaf, { minLength: 1, maxLength: 4 }), someFacts, isoDate, (rules, f, on) => {
        const parts = rules.map((r) => outcome(r, f, on));
        const any = outcome({ kind: 'anyOf', rules }, f, on);
        const all = outcome({ kind: 'allOf', rules }, f, on);
        expect(any).toBe(
          parts.includes('passed') ? 'passed' : parts.includes('unknown') ? 'unknown' : 'failed',
        );
        expect(all).toBe(
          parts.includes('failed') ? 'failed' : parts.includes('unknown') ? 'unknown' : 'passed',
        );
        const verdict = evaluateEligibility(rules, facts(f), on).verdict;
        expect(verdict).toBe(
          all === 'passed' ? 'eligible' : all === 'failed' ? 'not_eligible' : 'incomplete',
        );
      }),
    );
  });

  it('validates stored rules and rejects malformed ones', () => {
    expect(eligibilityRules.safeParse(ipr).success).toBe(true);
    expect(eligibilityRules.safeParse([{ kind: 'maxAge', years: -1, inclusive: false }]).success).toBe(false);
    expect(eligibilityRules.safeParse([{ kind: 'anyOf', rules: [] }]).success).toBe(false);
    expect(eligibilityRules.safeParse([{ kind: 'allowedStatuses', statuses: ['tourist'] }]).success).toBe(
      false,
    );
  });
});
