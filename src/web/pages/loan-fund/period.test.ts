import { describe, expect, it } from 'vitest';
import { lastMonthEnd } from './period.js';

describe('the period proposed for closing', () => {
  it('is the last day of the previous month, across years and leap days', () => {
    expect(lastMonthEnd('2026-06-01')).toBe('2026-05-31');
    expect(lastMonthEnd('2026-06-30')).toBe('2026-05-31');
    expect(lastMonthEnd('2026-01-15')).toBe('2025-12-31');
    expect(lastMonthEnd('2024-03-10')).toBe('2024-02-29');
    expect(lastMonthEnd('2026-03-10')).toBe('2026-02-28');
  });
});
