import { describe, expect, it } from 'vitest';
import {
  financeableSteps,
  financingSum,
  formatDays,
  formatDuration,
  formatMoneyCents,
  jurisdictionName,
  matchesOccupation,
  occupationLabel,
  searchedOccupationKeys,
  stepLabel,
} from './recognition-format.js';

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('recognition wording', () => {
  it('names a jurisdiction: a state with its country, a country alone, an unknown subdivision by its code', () => {
    expect(jurisdictionName('US-KY', 'en-US')).toBe('Kentucky (United States)');
    expect(jurisdictionName('CA-QC', 'fr-CA')).toBe('Québec (Canada)');
    expect(jurisdictionName('CA-QC', 'en-CA')).toBe('Quebec (Canada)');
    expect(jurisdictionName('FR', 'fr-FR')).toBe('France');
    expect(jurisdictionName('US-ZZ', 'en-US')).toBe('US-ZZ (United States)');
  });

  it('gives a duration in days, weeks or months as people say them', () => {
    expect(formatDuration(10, 'en-US')).toBe('10 days');
    expect(formatDuration(42, 'en-US')).toBe('6 weeks');
    expect(nbsp(formatDuration(180, 'fr-FR'))).toBe('6 mois');
    expect(formatDuration(1, 'en-US')).toBe('1 day');
  });

  it('writes money from integer cents with its currency', () => {
    expect(formatMoneyCents(240_000, 'USD', 'en-US')).toBe('$2,400.00');
    expect(nbsp(formatMoneyCents(123_456, 'EUR', 'fr-FR'))).toBe('1 234,56 €');
    expect(nbsp(formatMoneyCents(5, 'CAD', 'fr-CA'))).toBe('0,05 $');
  });

  it('writes a median to one decimal at most', () => {
    expect(formatDays(12.5, 'en-US')).toBe('12.5');
    expect(formatDays(30, 'fr-FR')).toBe('30');
  });

  it('labels an occupation by its title, or its scheme and code', () => {
    expect(occupationLabel({ scheme: 'onet', code: '29-1141.00', title: 'Registered Nurses' })).toBe(
      'Registered Nurses',
    );
    expect(occupationLabel({ scheme: 'onet', code: '29-1141.00', title: null })).toBe('O*NET-SOC 29-1141.00');
  });

  it('chooses the step label in the interface language', () => {
    const step = { labelFr: 'Examen NCLEX-RN', labelEn: 'NCLEX-RN exam' };
    expect(stepLabel(step, 'fr')).toBe('Examen NCLEX-RN');
    expect(stepLabel(step, 'en')).toBe('NCLEX-RN exam');
  });

  it('finds a pathway by the searched ESCO occupation or one of its national codes', () => {
    const keys = searchedOccupationKeys('esco-nurse', [
      { scheme: 'onet', code: '29-1141.00' },
      { scheme: 'rome', code: 'J1506' },
    ]);
    expect(matchesOccupation({ scheme: 'esco', code: 'esco-nurse' }, keys)).toBe(true);
    expect(matchesOccupation({ scheme: 'onet', code: '29-1141' }, keys)).toBe(true);
    expect(matchesOccupation({ scheme: 'rome', code: 'j1506' }, keys)).toBe(true);
    expect(matchesOccupation({ scheme: 'noc', code: '31301' }, keys)).toBe(false);
    expect(matchesOccupation({ scheme: 'onet', code: '29-1141.01' }, keys)).toBe(false);
  });

  it('offers for financing only steps not yet financed, still to do, costed in the fund’s currency, and sums them', () => {
    const step = (id: string, patch: object = {}) => ({
      id,
      status: 'not_started',
      actualCostCents: null,
      typicalCostCents: 20_000,
      currency: 'USD',
      financing: null,
      ...patch,
    });
    const steps = [
      step('exam'),
      step('course', { actualCostCents: 220_000 }),
      step('financed', { financing: { applicationId: 'a' } }),
      step('waived', { status: 'waived' }),
      step('free', { typicalCostCents: null }),
      step('euros', { currency: 'EUR' }),
    ];
    expect(financeableSteps(steps, 'USD').map((s) => s.id)).toEqual(['exam', 'course']);
    expect(financingSum(steps, new Set(['exam', 'course']))).toBe(240_000);
    expect(financingSum(steps, new Set())).toBe(0);
  });
});
