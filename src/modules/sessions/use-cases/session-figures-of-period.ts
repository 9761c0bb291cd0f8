import { sessionFiguresQuery } from '../../../contracts/sessions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { figuresRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { programScopeOf } from '../../programs/api.js';
import { programErrors } from '../../programs/errors.js';
import { figuresRows } from '../adapters/figures-repository.js';
import { type HeldMeetingFacts, meetingFigures, sessionFigures } from '../domain/figures.js';
import { sessionErrors } from '../errors.js';

/**
 * Figures of the sessions whose meetings start in a period (`from` to `to` inclusive), from attendance
 * only: my organization's sessions, or a program's — every member's when my organization steers the
 * program, my organization's part otherwise. Aggregates only: no person is named, so funders may read them.
 */
export const sessionFiguresOfPeriod = defineUseCase(sessionFiguresQuery, async ({ input, ctx, trx, now }) => {
  const actor = requireActor(ctx);
  requireRole(actor, figuresRoles);
  let organizationId: string | null = actor.organizationId;
  if (input.programId) {
    const program = await programScopeOf(trx, actor, input.programId);
    if (!program) throw programErrors.programNotFound();
    if (program.steers) organizationId = null;
  }
  const rows = await figuresRows(
    trx,
    {
      organizationId,
      programId: input.programId ?? null,
      seriesId: input.seriesId ?? null,
      from: new Date(`${input.from}T00:00:00Z`),
      to: new Date(Date.parse(`${input.to}T00:00:00Z`) + 86_400_000),
    },
    now,
  );
  if (input.seriesId && rows.series.length === 0) throw sessionErrors.seriesNotFound();
  const enrolled = new Map(rows.enrolled.map((e) => [e.seriesId, e.n]));
  const attestations = new Map(rows.attestations.map((a) => [a.seriesId, a.n]));
  const marks = new Map(rows.meetingMarks.map((m) => [m.meetingId, m]));
  const heldBySeries = new Map<string, HeldMeetingFacts[]>();
  for (const m of rows.meetings) {
    const marked = marks.get(m.id);
    const facts: HeldMeetingFacts = {
      meetingId: m.id,
      startsAt: m.startsAt.toISOString(),
      minutes: m.minutes,
      attendedMinutes: marked?.attendedMinutes ?? 0,
      marks: marked?.marks ?? 0,
      noShows: marked?.noShows ?? 0,
    };
    const list = heldBySeries.get(m.seriesId);
    if (list) list.push(facts);
    else heldBySeries.set(m.seriesId, [facts]);
  }
  const organizations = await organizationsApi(trx).listOrganizations([
    ...new Set(rows.series.map((s) => s.organizationId)),
  ]);
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  const figures = sessionFigures(
    rows.series.map((s) => ({
      seriesId: s.id,
      title: s.title,
      organizationName: names.get(s.organizationId) ?? '',
      capacity: s.capacity,
      enrolled: enrolled.get(s.id) ?? 0,
      heldMeetings: heldBySeries.get(s.id) ?? [],
      attestationsIssued: attestations.get(s.id) ?? 0,
    })),
    rows.participants,
  );
  const only = input.seriesId ? rows.series[0] : undefined;
  return {
    ...figures,
    byMeeting: only ? meetingFigures(heldBySeries.get(only.id) ?? [], enrolled.get(only.id) ?? 0) : [],
  };
});
