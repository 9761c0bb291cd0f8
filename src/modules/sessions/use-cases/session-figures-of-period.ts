import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { figuresRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { figuresRows } from '../adapters/sessions-read-repository.js';
import { sessionFigures } from '../domain/figures.js';

/** My organization's sessions in a period (meetings starting from `from` to `to` inclusive), from attendance only. */
export const sessionFiguresOfPeriod = defineUseCase(
  z.object({ from: z.iso.date(), to: z.iso.date(), programId: z.uuid().optional() }),
  async ({ input, ctx, trx, now }) => {
    const actor = requireActor(ctx);
    requireRole(actor, figuresRoles);
    const from = new Date(`${input.from}T00:00:00Z`);
    const to = new Date(Date.parse(`${input.to}T00:00:00Z`) + 86_400_000);
    const rows = await figuresRows(trx, actor.organizationId, from, to, input.programId);
    const enrolled = new Map(rows.enrolled.map((e) => [e.seriesId, e.n]));
    const attestations = new Map(rows.attestations.map((a) => [a.seriesId, a.n]));
    // Grouped once by series: filtering every list for every series is quadratic (5,000 sessions took
    // over a minute in `npm run bench`).
    const heldBySeries = groupBy(
      // A meeting in the past without a roll call still counts as held: its participants were not marked present.
      rows.meetings.filter((m) => m.status === 'held' || m.startsAt.getTime() <= now.getTime()),
      (m) => m.seriesId,
    );
    const marksBySeries = groupBy(rows.marks, (m) => m.seriesId);
    return sessionFigures(
      rows.series.map((s) => ({
        seriesId: s.id,
        title: s.title,
        capacity: s.capacity,
        enrolled: enrolled.get(s.id) ?? 0,
        heldMeetings: (heldBySeries.get(s.id) ?? []).map((m) => ({ meetingId: m.id, minutes: m.minutes })),
        marks: (marksBySeries.get(s.id) ?? []).map((m) => ({
          meetingId: m.meetingId,
          participantId: m.enrolmentId,
          record: { mark: m.mark, minutesMissed: m.minutesMissed, live: m.live },
        })),
        attestationsIssued: attestations.get(s.id) ?? 0,
      })),
    );
  },
);

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
