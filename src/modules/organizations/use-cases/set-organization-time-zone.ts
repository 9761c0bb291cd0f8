import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Role } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsRepository } from '../adapters/organizations-repository.js';
import { timeZoneName } from '../domain/time-zone-name.js';
import { organizationErrors } from '../errors.js';

/** Who sets the organization's time zone: its administrators. */
export const timeZoneAdminRoles: readonly Role[] = ['administrator'];

/**
 * Rewrites what another module keeps keyed by the organization's days (the session figures' summary,
 * `sessions/api.ts` `rebuildOrganizationsFigures`), in the transaction of the change, once the new
 * zone is written. Sessions depends on organizations, so organizations cannot import it: the
 * composition root (src/server/routes.ts, tests) hands it over.
 */
export type FollowTimeZone = (db: Executor, organizationIds: readonly string[]) => Promise<unknown>;

/**
 * An administrator sets the time zone in which the organization's times are shown, typed in forms,
 * e-mailed, printed and counted in days (agenda, reminders, tasks, session figures). Instants already
 * stored do not move: an appointment at 15:00 UTC reads 10:00 in Chicago, 16:00 in Paris; what is
 * summarised by the organization's days is recomputed on the new ones (`followZone`). Audited with
 * both zones.
 */
export const setOrganizationTimeZone = (followZone: FollowTimeZone) =>
  defineUseCase(z.object({ timeZone: timeZoneName }), async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, timeZoneAdminRoles);
    const repo = organizationsRepository(trx);
    const organization = await repo.findOrganization(actor.organizationId);
    if (!organization) throw organizationErrors.organizationNotFound();
    if (organization.timeZone !== input.timeZone) {
      await repo.setTimeZone(actor.organizationId, input.timeZone);
      await followZone(trx, [actor.organizationId]);
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: actor.organizationId,
        action: 'organization.time_zone_set',
        resourceType: 'organization',
        resourceId: actor.organizationId,
        requestId: ctx.requestId,
        details: { from: organization.timeZone, to: input.timeZone },
      });
    }
    const { defaultLocale: _ignored, ...summary } = organization;
    return { ...summary, timeZone: input.timeZone };
  });
