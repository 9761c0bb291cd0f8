import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedByToday, monthlyContactFigures } from './monthly-contacts.js';

/**
 * The month under way is compared with what is expected so far: on the 3rd nobody can have had two
 * contacts "this month" yet, and the program page must not say everyone is below.
 */
describe('the expectation of the month under way', () => {
  const span = (key: string) => ({ key, enrolledOn: '2026-01-01', endedOn: null });

  it('is prorated to today in the current month and whole in a month that is over', () => {
    expect(expectedByToday('2026-12', '2026-12-03', 2)).toBe(0);
    expect(expectedByToday('2026-12', '2026-12-16', 2)).toBe(1);
    expect(expectedByToday('2026-12', '2026-12-31', 2)).toBe(2);
    expect(expectedByToday('2026-11', '2026-12-03', 2)).toBe(2);
    expect(expectedByToday('2026-11', undefined, 2)).toBe(2);
  });

  it('counts nobody below on the 3rd, and those without a contact by the middle of the month', () => {
    const spans = [span('a'), span('b')];
    const contacts = [{ key: 'a', day: '2026-12-02' }];
    const early = monthlyContactFigures(['2026-12'], spans, contacts, 2, '2026-12-03');
    expect(early[0]!.belowExpected).toBe(0);
    const middle = monthlyContactFigures(['2026-12'], spans, contacts, 2, '2026-12-16');
    expect(middle[0]!.belowExpected).toBe(1);
  });

  it('never expects more than the month asks, nor more as the month goes on backwards', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 30 }), (expected, day) => {
        const today = `2026-12-${String(day).padStart(2, '0')}`;
        const tomorrow = `2026-12-${String(day + 1).padStart(2, '0')}`;
        const now = expectedByToday('2026-12', today, expected);
        expect(now).toBeLessThanOrEqual(expected);
        expect(now).toBeLessThanOrEqual(expectedByToday('2026-12', tomorrow, expected));
      }),
    );
  });
});
