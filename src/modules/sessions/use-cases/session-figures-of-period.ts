import { sessionFiguresQuery } from '../../../contracts/sessions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { figuresRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { programScopeOf } from '../../programs/api.js';
import { programErrors } from '../../programs/errors.js';
import { factsFromRecords, factsFromSummary } from '../adapters/figures-repository.js';
import { meetingFigures, sessionFigures } from '../domain/figures.js';
import { sessionErrors } from '../errors.js';

/**
 * Figures of the sessions whose meetings start in a period (`from` to `to` inclusive), from attendance
 * only: my organization's sessions, or a program's — every member's when my organization steers the
 * program, my organization's part otherwise. Aggregates only: no person is named, so funders may read them.
 * A period's figures are read from the summary tables kept with every write (a year of a program sums
 * a few rows per series and participant); one series, shown meeting by meeting, from the records.
 * The series come a page at a time (`seriesPage`, by title); the totals cover them all.
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
  const scope = {
    organizationId,
    programId: input.programId ?? null,
    seriesId: input.seriesId ?? null,
    from: new Date(`${input.from}T00:00:00Z`),
    to: new Date(Date.parse(`${input.to}T00:00:00Z`) + 86_400_000),
  };
  const facts = input.seriesId
    ? await factsFromRecords(trx, scope, now)
    : await factsFromSummary(trx, scope, now);
  if (input.seriesId && facts.series.length === 0) throw sessionErrors.seriesNotFound();
  const pageStart = (input.seriesPage - 1) * input.seriesPageSize;
  const page = facts.series.slice(pageStart, pageStart + input.seriesPageSize);
  const organizations = await organizationsApi(trx).listOrganizations([
    ...new Set(page.map((s) => s.organizationId)),
  ]);
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  const totals = sessionFigures(
    facts.series.map((s) => ({ ...s, seriesId: s.id, organizationName: '' })),
    facts.participants,
  );
  const { bySeries } = sessionFigures(
    page.map((s) => ({ ...s, seriesId: s.id, organizationName: names.get(s.organizationId) ?? '' })),
    [],
  );
  const only = input.seriesId ? facts.series[0] : undefined;
  return {
    ...totals,
    bySeries,
    byMeeting: only ? meetingFigures(facts.heldBySeries.get(only.id) ?? [], only.enrolled) : [],
  };
});
