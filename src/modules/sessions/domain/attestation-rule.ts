import { z } from 'zod';
import type { AttendanceTotals } from './attendance.js';

/**
 * When a session grants an attestation: attended hours ÷ scheduled hours at or above a share, given
 * as a whole percentage so that the comparison is exact (80 % passes at exactly 20 % absence).
 * Only live attendance is ever credited (see attendance.ts), so the rule has no "recordings" switch.
 */
export const attestationRule = z.object({
  minAttendancePercent: z.number().int().min(1).max(100),
  /** All meetings must have been held and marked before a decision: no attestation on a partial record. */
  requireCompleteRollCall: z.boolean().default(true),
});
export type AttestationRule = z.infer<typeof attestationRule>;

export type AttestationDecision =
  | { outcome: 'granted'; attendedMinutes: number; scheduledMinutes: number }
  | { outcome: 'refused'; attendedMinutes: number; scheduledMinutes: number; missingMinutes: number }
  | { outcome: 'pending'; reason: 'no_meeting_held' | 'roll_call_incomplete' | 'meetings_to_come' };

export function decideAttestation(
  rule: AttestationRule,
  totals: AttendanceTotals,
  meetingsStillToCome: number,
): AttestationDecision {
  if (meetingsStillToCome > 0) return { outcome: 'pending', reason: 'meetings_to_come' };
  if (totals.scheduledMinutes === 0) return { outcome: 'pending', reason: 'no_meeting_held' };
  if (rule.requireCompleteRollCall && totals.unmarkedMeetings > 0)
    return { outcome: 'pending', reason: 'roll_call_incomplete' };
  const { attendedMinutes, scheduledMinutes } = totals;
  // attended / scheduled ≥ percent / 100, in integers.
  if (attendedMinutes * 100 >= scheduledMinutes * rule.minAttendancePercent) {
    return { outcome: 'granted', attendedMinutes, scheduledMinutes };
  }
  const needed = Math.ceil((scheduledMinutes * rule.minAttendancePercent) / 100);
  return { outcome: 'refused', attendedMinutes, scheduledMinutes, missingMinutes: needed - attendedMinutes };
}
