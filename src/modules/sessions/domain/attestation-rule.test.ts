import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AttendanceRecord, attendanceTotals, type MeetingAttendance } from './attendance.js';
import { type AttestationRule, decideAttestation } from './attestation-rule.js';

const eighty: AttestationRule = { minAttendancePercent: 80, requireCompleteRollCall: true };
const present: AttendanceRecord = { mark: 'present', minutesMissed: 0, live: true };
const absent: AttendanceRecord = { mark: 'unexcused_absence', minutesMissed: 0, live: true };
const held = (scheduledMinutes: number, record?: AttendanceRecord): MeetingAttendance => ({
  status: 'held',
  scheduledMinutes,
  record,
});
const decide = (meetings: MeetingAttendance[], rule = eighty, toCome = 0) =>
  decideAttestation(rule, attendanceTotals(meetings), toCome);

describe('the 80 % attestation rule (Québec: absence may not exceed 20 % of the hours)', () => {
  it('grants at exactly 20 % absence: 2 of 10 three-hour meetings missed', () => {
    const meetings = Array.from({ length: 10 }, (_, i) => held(180, i < 2 ? absent : present));
    expect(decide(meetings)).toEqual({ outcome: 'granted', attendedMinutes: 1440, scheduledMinutes: 1800 });
  });

  it('refuses at 20.1 % absence, saying how many minutes are missing', () => {
    // 1,000 minutes scheduled; 201 missed by arriving late to one meeting.
    const meetings = [held(500, present), held(500, { mark: 'late', minutesMissed: 201, live: true })];
    expect(decide(meetings)).toEqual({
      outcome: 'refused',
      attendedMinutes: 799,
      scheduledMinutes: 1000,
      missingMinutes: 1,
    });
  });

  it('credits late arrivals and early departures for the minutes actually attended', () => {
    const meetings = [
      held(120, { mark: 'late', minutesMissed: 15, live: true }),
      held(120, { mark: 'left_early', minutesMissed: 30, live: true }),
    ];
    expect(attendanceTotals(meetings).attendedMinutes).toBe(195);
  });

  it('never credits a recording, even for a full presence', () => {
    const meetings = [held(180, present), held(180, { ...present, live: false })];
    expect(decide(meetings)).toMatchObject({
      outcome: 'refused',
      attendedMinutes: 180,
      scheduledMinutes: 360,
    });
  });

  it('counts a cancelled meeting against no one', () => {
    const meetings: MeetingAttendance[] = [
      ...Array.from({ length: 4 }, () => held(180, present)),
      { status: 'cancelled', scheduledMinutes: 180 },
      held(180, absent),
    ];
    // 4 of 5 held meetings attended: exactly 80 %.
    expect(decide(meetings)).toMatchObject({ outcome: 'granted', scheduledMinutes: 900 });
  });

  it('counts excused and unexcused absences apart (as PMM does), both as absence', () => {
    const totals = attendanceTotals([
      held(60, present),
      held(60, { mark: 'excused_absence', minutesMissed: 0, live: true }),
      held(60, absent),
    ]);
    expect(totals).toMatchObject({
      excusedAbsences: 1,
      unexcusedAbsences: 1,
      attendedMinutes: 60,
      scheduledMinutes: 180,
    });
  });

  it('waits for the last meeting and for a complete roll call before deciding', () => {
    expect(decide([held(60, present)], eighty, 1)).toEqual({
      outcome: 'pending',
      reason: 'meetings_to_come',
    });
    expect(decide([held(60, present), held(60)])).toEqual({
      outcome: 'pending',
      reason: 'roll_call_incomplete',
    });
    expect(decide([])).toEqual({ outcome: 'pending', reason: 'no_meeting_held' });
    // A rule that does not require a full roll call counts an unmarked meeting as an absence.
    expect(
      decide([held(60, present), held(60)], { minAttendancePercent: 50, requireCompleteRollCall: false }),
    ).toMatchObject({
      outcome: 'granted',
    });
  });

  it('follows a correction: the decision is recomputed from the corrected marks', () => {
    const before = [held(100, present), held(100, absent)];
    expect(decide(before).outcome).toBe('refused');
    const corrected = [held(100, present), held(100, { mark: 'late', minutesMissed: 40, live: true })];
    expect(decide(corrected)).toMatchObject({ outcome: 'granted', attendedMinutes: 160 });
  });

  it('agrees with exact rational arithmetic for any attendance and any threshold', () => {
    const record = fc.oneof(
      fc.constant(undefined),
      fc.record({
        mark: fc.constantFrom(
          'present',
          'late',
          'left_early',
          'excused_absence',
          'unexcused_absence' as const,
        ),
        minutesMissed: fc.nat({ max: 30 }),
        live: fc.boolean(),
      }),
    );
    const meeting = fc.record({
      status: fc.constantFrom('held', 'held', 'cancelled', 'scheduled' as const),
      scheduledMinutes: fc.integer({ min: 30, max: 240 }),
      record,
    });
    fc.assert(
      fc.property(
        fc.array(meeting, { maxLength: 30 }),
        fc.integer({ min: 1, max: 100 }),
        (meetings, percent) => {
          const totals = attendanceTotals(meetings as MeetingAttendance[]);
          const decision = decideAttestation(
            { minAttendancePercent: percent, requireCompleteRollCall: false },
            totals,
            0,
          );
          if (totals.scheduledMinutes === 0) {
            expect(decision.outcome).toBe('pending');
            return;
          }
          const share = BigInt(totals.attendedMinutes) * 100n;
          const needed = BigInt(totals.scheduledMinutes) * BigInt(percent);
          expect(decision.outcome).toBe(share >= needed ? 'granted' : 'refused');
          expect(totals.attendedMinutes).toBeLessThanOrEqual(totals.scheduledMinutes);
          if (decision.outcome === 'refused') {
            // Attending the missing minutes would be exactly enough.
            expect((totals.attendedMinutes + decision.missingMinutes) * 100).toBeGreaterThanOrEqual(
              totals.scheduledMinutes * percent,
            );
            expect((totals.attendedMinutes + decision.missingMinutes - 1) * 100).toBeLessThan(
              totals.scheduledMinutes * percent,
            );
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
