import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseloadViewFilters, readStoredFilters } from '../../contracts/caseload-work.js';

describe('readStoredFilters', () => {
  it('keeps the filters the caseload still accepts and drops the others', () => {
    expect(
      readStoredFilters({
        referent: 'me',
        sort: 'urgency',
        alerts: 'overdue',
        programId: 'not-a-uuid',
        enrolmentStatus: 'graduated',
        removedFilter: 'x',
      }),
    ).toEqual({ referent: 'me', sort: 'urgency', alerts: 'overdue' });
  });

  it('reads nothing from what is not an object', () => {
    for (const stored of [null, 'urgency', 42, ['me'], undefined])
      expect(readStoredFilters(stored)).toEqual({});
  });

  it('always answers filters the caseload accepts, whatever was stored', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        expect(caseloadViewFilters.safeParse(readStoredFilters(stored)).success).toBe(true);
      }),
    );
  });
});
