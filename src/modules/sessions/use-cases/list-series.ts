import { listSeriesRoute, type sessionKinds } from '../../../contracts/sessions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { sessionsReadRepository } from '../adapters/sessions-read-repository.js';
import { sessionStaffRoles } from './session-access.js';

const input =
  listSeriesRoute.query ??
  (() => {
    throw new Error('listSeriesRoute has a query');
  })();

/** Sessions the organization runs or may enrol in: its own, its consortia's, public ones; next first. */
export const listSeries = defineUseCase(input, async ({ input, ctx, trx, now }) => {
  const actor = requireActor(ctx);
  requireRole(actor, sessionStaffRoles);
  const { rows, total } = await sessionsReadRepository(trx).seriesOpenTo(
    actor.organizationId,
    actor.consortiumIds,
    input,
    now,
  );
  const names = new Map(
    (await organizationsApi(trx).listOrganizations([...new Set(rows.map((r) => r.organizationId))])).map(
      (o) => [o.id, o.name],
    ),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      organizationId: r.organizationId,
      organizationName: names.get(r.organizationId) ?? '',
      kind: r.kind as (typeof sessionKinds)[number],
      audience: r.audience,
      mode: r.mode,
      language: r.language,
      openness: r.openness,
      status: r.status,
      capacity: r.capacity,
      enrolled: r.enrolled,
      waitlisted: r.waitlisted,
      firstMeetingAt: r.firstMeetingAt ? new Date(r.firstMeetingAt).toISOString() : null,
      lastMeetingAt: r.lastMeetingAt ? new Date(r.lastMeetingAt).toISOString() : null,
      meetings: r.meetings,
      grantsAttestation: r.attestationRule !== null,
    })),
    page: input.page,
    pageSize: input.pageSize,
    total,
  };
});
