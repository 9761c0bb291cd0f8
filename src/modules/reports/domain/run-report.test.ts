import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exitFact } from '../../outcomes/domain/records.fixture.js';
import { enrolmentIndicators } from './enrolment-indicators.js';
import type { Figure, IndicatorContext, ReportRecord } from './indicator.js';
import { reportRecord } from './report-records.fixture.js';
import { type Catalogue, definitionProblems, runReport, suppressForFunder } from './run-report.js';
import type { ReportDefinition } from './template.js';

const catalogue: Catalogue = {
  enrolment: new Map(enrolmentIndicators.map((i) => [i.code, i])),
  fund: new Map(),
};
const context: IndicatorContext = {
  period: { from: '2026-01-01', to: '2026-12-31' },
  asOf: '2026-12-31',
  unit: 'person',
  rule: null,
};
const definition = (sections: ReportDefinition['sections']): ReportDefinition => ({
  name: { fr: 'Essai', en: 'Trial' },
  audience: { fr: '', en: '' },
  period: { kind: 'calendar_year', startMonth: 1 },
  language: 'en',
  sections,
});
const people = (count: number, over: Partial<ReportRecord> = {}, prefix = 'p') =>
  Array.from({ length: count }, (_, i) =>
    reportRecord({ ...over, personId: `${prefix}${String(i).padStart(3, '0')}` }),
  );
const count = (members: number): Figure => ({
  value: members,
  numerator: null,
  denominator: null,
  members: Array.from({ length: members }, (_, i) => `m${i}`),
  denominatorMembers: [],
});

describe('a definition is checked against the catalogue', () => {
  it('names unknown indicators and breakdowns an indicator does not accept', () => {
    const problems = definitionProblems(
      definition([
        { indicator: 'people_accompanied', breakdown: 'sex' },
        { indicator: 'no_such_thing', breakdown: null },
        { indicator: 'median_quarterly_earnings', breakdown: 'immigration_status' },
      ]),
      catalogue,
    );
    expect(problems.map((p) => [p.section, p.code])).toEqual([
      [1, 'REPORT_UNKNOWN_INDICATOR'],
      [2, 'REPORT_BREAKDOWN_NOT_ALLOWED'],
    ]);
  });
});

describe('staff read every figure with its breakdown', () => {
  it('breaks people accompanied down by sex, unknown last', () => {
    const records = [
      ...people(3, { person: { sex: 'female' } } as Partial<ReportRecord>, 'f'),
      ...people(2, {}, 'u'),
      ...people(1, { person: { sex: 'male' } } as Partial<ReportRecord>, 'm'),
    ].map((r, i) => ({
      ...r,
      person: { ...r.person, sex: i < 3 ? ('female' as const) : i === 5 ? ('male' as const) : null },
    }));
    const [section] = runReport(
      definition([{ indicator: 'people_accompanied', breakdown: 'sex' }]),
      { records, fund: null, context },
      catalogue,
      'staff',
    );
    expect(section?.total.value).toBe(6);
    expect(section?.rows.map((r) => [r.category, r.cell.value])).toEqual([
      ['female', 3],
      ['male', 1],
      ['unknown', 2],
    ]);
  });
});

describe('funders read aggregates with small cells hidden', () => {
  it('hides a group under the threshold and the one that would give it away by subtraction', () => {
    const shown = suppressForFunder('units', true, count(40), [
      { category: 'a', figure: count(25) },
      { category: 'b', figure: count(12) },
      { category: 'c', figure: count(3) },
    ]);
    expect(shown.total.value).toBe(40);
    expect(shown.rows.map((r) => r.cell.value)).toEqual([25, null, null]);
    expect(shown.rows[2]?.cell.suppressed).toBe(true);
  });

  it('hides a total under the threshold, and publishes zeros', () => {
    expect(suppressForFunder('units', true, count(4), []).total).toMatchObject({
      value: null,
      suppressed: true,
    });
    expect(suppressForFunder('units', true, count(0), []).total).toMatchObject({
      value: 0,
      suppressed: false,
    });
  });

  it('shows a rate only when both its counts are shown', () => {
    const rate = (numerator: number, denominator: number): Figure => ({
      value: denominator === 0 ? null : numerator / denominator,
      numerator,
      denominator,
      members: Array.from({ length: numerator }, (_, i) => `n${i}`),
      denominatorMembers: Array.from({ length: denominator }, (_, i) => `d${i}`),
    });
    const shown = suppressForFunder('rate', true, rate(30, 60), [
      { category: 'a', figure: rate(20, 40) },
      { category: 'b', figure: rate(10, 20) },
    ]);
    expect(shown.total.value).toBe(0.5);
    expect(shown.rows.map((r) => r.cell.value)).toEqual([0.5, 0.5]);
    const small = suppressForFunder('rate', true, rate(3, 60), []);
    expect(small.total.suppressed).toBe(true);
  });

  it('never lets a funder read a count between 1 and 9, on any table', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 8 }), (sizes) => {
        const total = sizes.reduce((s, n) => s + n, 0);
        const shown = suppressForFunder(
          'units',
          true,
          count(total),
          sizes.map((n, i) => ({ category: String(i), figure: count(n) })),
        );
        for (const cell of [shown.total, ...shown.rows.map((r) => r.cell)]) {
          if (cell.value !== null) expect(cell.value === 0 || cell.value >= 10).toBe(true);
        }
        // A single hidden cell would be recovered from the total by subtraction.
        const hidden = shown.rows.filter((r) => r.cell.value === null).length;
        if (shown.total.value !== null) expect(hidden === 1).toBe(false);
      }),
    );
  });

  it('runs a whole report for a funder with the same figures where they are large enough', () => {
    const records = [
      ...people(30, { exit: exitFact({ on: '2026-06-01', verdict: 'positive' }) }),
      ...people(
        20,
        { exit: exitFact({ on: '2026-06-01', verdict: 'not_positive', outcome: 'dropped_out' }) },
        'q',
      ),
    ];
    const sections = definition([
      { indicator: 'exits', breakdown: null },
      { indicator: 'positive_exit_rate', breakdown: null },
    ]);
    const staff = runReport(sections, { records, fund: null, context }, catalogue, 'staff');
    const funder = runReport(sections, { records, fund: null, context }, catalogue, 'funder');
    expect(funder.map((s) => s.total.value)).toEqual(staff.map((s) => s.total.value));
    expect(funder[1]?.total.value).toBe(0.6);
  });
});
