import { describe, expect, it } from 'vitest';
import { monthsBefore, pseudonymOf } from './retention.js';

describe('retention periods', () => {
  it('counts calendar months back, clamped to the end of a shorter month', () => {
    expect(monthsBefore('2026-12-03', 1)).toBe('2026-11-03');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
    expect(monthsBefore('2026-12-03', 60)).toBe('2021-12-03');
  });
  it('gives a pseudonym that holds nothing of the person', () => {
    expect(pseudonymOf('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b')).toBe('ANON 2E3F4A5B');
  });
});
