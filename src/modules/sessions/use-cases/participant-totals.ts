import type { Executor } from '../../../core/db/types.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { type AttendanceTotals, attendanceTotals } from '../domain/attendance.js';

/**
 * A participant's totals in a series on a date. A meeting whose time has passed without a roll call
 * counts as held with the mark missing; meetings still ahead are counted apart.
 */
export async function participantTotals(
  db: Executor,
  seriesId: string,
  enrolmentId: string,
  now: Date,
): Promise<{ totals: AttendanceTotals; meetingsToCome: number }> {
  const repo = sessionsRepository(db);
  const [meetings, marks] = await Promise.all([
    repo.meetingsOf(seriesId),
    repo.marksOfEnrolment(enrolmentId),
  ]);
  const byMeeting = new Map(marks.map((m) => [m.meetingId, m]));
  const past = (m: { startsAt: Date }) => m.startsAt.getTime() <= now.getTime();
  const totals = attendanceTotals(
    meetings.map((m) => {
      const mark = byMeeting.get(m.id);
      return {
        status: m.status === 'scheduled' && past(m) ? ('held' as const) : m.status,
        scheduledMinutes: m.durationMinutes,
        record: mark ? { mark: mark.mark, minutesMissed: mark.minutesMissed, live: mark.live } : undefined,
      };
    }),
  );
  return { totals, meetingsToCome: meetings.filter((m) => m.status === 'scheduled' && !past(m)).length };
}
