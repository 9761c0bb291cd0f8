import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conveningCounts, seatsLeft } from './convening-counts.js';
import { attendanceMarks, partnerKinds } from './vocabulary.js';

describe('conveningCounts', () => {
  it('counts registrations, presences and absences, by kind of partner with "none" last', () => {
    const counts = conveningCounts([
      { partnerKind: 'employer', attendance: 'present' },
      { partnerKind: null, attendance: 'absent' },
      { partnerKind: 'public_body', attendance: null },
      { partnerKind: 'employer', attendance: 'absent' },
      { partnerKind: 'public_body', attendance: 'present' },
    ]);
    expect(counts).toEqual({
      registered: 5,
      present: 2,
      absent: 2,
      unmarked: 1,
      byPartnerKind: [
        { kind: 'public_body', registered: 2, present: 1 },
        { kind: 'employer', registered: 2, present: 1 },
        { kind: 'none', registered: 1, present: 0 },
      ],
    });
  });

  it('adds up: the kinds sum to the totals, and present + absent + unmarked = registered', () => {
    const registration = fc.record({
      partnerKind: fc.constantFrom(...partnerKinds, null),
      attendance: fc.constantFrom(...attendanceMarks, null),
    });
    fc.assert(
      fc.property(fc.array(registration, { maxLength: 60 }), (registrations) => {
        const c = conveningCounts(registrations);
        expect(c.present + c.absent + c.unmarked).toBe(c.registered);
        expect(c.byPartnerKind.reduce((n, k) => n + k.registered, 0)).toBe(c.registered);
        expect(c.byPartnerKind.reduce((n, k) => n + k.present, 0)).toBe(c.present);
      }),
    );
  });

  it('leaves seats as null without a capacity and never below zero', () => {
    expect(seatsLeft(null, 40)).toBeNull();
    expect(seatsLeft(100, 40)).toBe(60);
    expect(seatsLeft(30, 40)).toBe(0);
  });
});
