import { sessionFiguresQuery } from '../../../contracts/sessions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { figuresRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { nextDay } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { programScopeOf } from '../../programs/api.js';
import { programErrors } from '../../programs/errors.js';
import { factsFromRecords } from '../adapters/figures-repository.js';
import { totalsFromSummary } from '../adapters/figures-summary-read.js';
import { figuresOfTotals, meetingFigures, sessionFigures } from '../domain/figures.js';
import { sessionErrors } from '../errors.js';

/**
 * Figures of the sessions whose meetings start in a period (`from` to `to` inclusive), from attendance
 * only: my organization's sessions, or a program's — every member's when my organization steers the
 * program, my organization's part otherwise. Aggregates only: no person is named, so funders may read them.
 * A period's figures are added up by the database from the summary tables kept with every write (a
 * year of a program sums a few rows per series and participant), and only the page of series asked
 * (`seriesPage`, by title) is sent; one series, shown meeting by meeting, is read from the records.
 * A meeting is in the period when it starts on one of its days in its organization's time zone.
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
    from: input.from,
    to: nextDay(input.to),
  };
  if (!input.seriesId) {
    const { totals, page } = await totalsFromSummary(trx, scope, now, {
      offset: (input.seriesPage - 1) * input.seriesPageSize,
      limit: input.seriesPageSize,
    });
    const names = await organizationNames(trx, page);
    return {
      ...figuresOfTotals(
        totals,
        page.map((s) => ({ ...s, seriesId: s.id, organizationName: names.get(s.organizationId) ?? '' })),
      ),
      byMeeting: [],
    };
  }
  // One series, meeting by meeting, from the records.
  const facts = await factsFromRecords(trx, scope, now);
  const only = facts.series[0];
  if (!only) throw sessionErrors.seriesNotFound();
  const names = await organizationNames(trx, [only]);
  return {
    ...sessionFigures(
      [{ ...only, seriesId: only.id, organizationName: names.get(only.organizationId) ?? '' }],
      facts.participants,
    ),
    byMeeting: meetingFigures(facts.heldBySeries.get(only.id) ?? [], only.enrolled),
  };
});

async function organizationNames(trx: Executor, series: readonly { organizationId: string }[]) {
  const organizations = await organizationsApi(trx).listOrganizations([
    ...new Set(series.map((s) => s.organizationId)),
  ]);
  return new Map(organizations.map((o) => [o.id, o.name]));
}
