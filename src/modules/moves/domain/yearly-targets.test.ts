import { describe, expect, it } from 'vitest';
import { yearlyHouseholdTargets } from './yearly-targets.js';

const row = (
  start: string,
  end: string,
  count: number,
  member: string | null = null,
  unit = 'household',
) => ({
  memberOrganizationId: member,
  periodStart: start,
  periodEnd: end,
  targetCount: count,
  unit,
});

describe('yearly household targets', () => {
  it("reads the program's calendar-year targets in households, a member's own row for a member", () => {
    const targets = [
      row('2025-01-01', '2025-12-31', 1160),
      row('2025-01-01', '2025-12-31', 400, 'cfiq'),
      row('2026-01-01', '2026-12-31', 1160),
      row('2026-01-01', '2026-06-30', 500),
      row('2024-01-01', '2024-12-31', 90, null, 'person'),
    ];
    expect(Object.fromEntries(yearlyHouseholdTargets(targets, null))).toEqual({ 2025: 1160, 2026: 1160 });
    expect(Object.fromEntries(yearlyHouseholdTargets(targets, 'cfiq'))).toEqual({ 2025: 400 });
    expect(yearlyHouseholdTargets([], null).size).toBe(0);
  });
});
