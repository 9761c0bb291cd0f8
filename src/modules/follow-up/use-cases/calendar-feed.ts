import { z } from 'zod';
import { calendarFeedToken } from '../../../contracts/calendar-feed.js';
import { type Actor, requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Role } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { hashToken, newSecretToken } from '../../accounts/domain/tokens.js';
import { calendarFeedsRepository } from '../adapters/calendar-feeds-repository.js';
import { followUpErrors } from '../errors.js';
import { feedOf } from './calendar-feed-content.js';
import { followUpRoles } from './follow-up-access.js';

const feedUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/$/, '')}/api/calendar-feed.ics?token=${token}`;

const statusOf = (row: { createdAt: Date; lastReadAt: Date | null } | undefined) => ({
  active: row !== undefined,
  createdAt: row ? row.createdAt.toISOString() : null,
  lastReadAt: row?.lastReadAt ? row.lastReadAt.toISOString() : null,
});

const auditFeed = (actor: Actor, requestId: string, action: string) => ({
  actorUserId: actor.userId,
  organizationId: actor.organizationId,
  subjectOrganizationId: actor.organizationId,
  action,
  resourceType: 'calendar_feed',
  resourceId: actor.userId,
  requestId,
});

/** Whether I have a subscription URL (the URL itself is shown once, when created). */
export const calendarFeedStatus = defineUseCase(z.object({}), async ({ ctx, trx }) => {
  const actor = requireActor(ctx);
  requireRole(actor, followUpRoles);
  return statusOf(await calendarFeedsRepository(trx).find(actor.organizationId, actor.userId));
});

/** A new secret URL for my agenda; any previous one stops working in the same transaction. */
export const createCalendarFeed = defineUseCase(z.object({}), async ({ ctx, trx, now, audit, deps }) => {
  const actor = requireActor(ctx);
  requireRole(actor, followUpRoles);
  const repo = calendarFeedsRepository(trx);
  const replaced = (await repo.find(actor.organizationId, actor.userId)) !== undefined;
  const { token, hash } = newSecretToken();
  await repo.replace(actor.organizationId, actor.userId, hash, now);
  await audit.record({
    ...auditFeed(actor, ctx.requestId, replaced ? 'calendar_feed.regenerate' : 'calendar_feed.create'),
  });
  return { ...statusOf({ createdAt: now, lastReadAt: null }), url: feedUrl(deps.publicUrl, token) };
});

export const revokeCalendarFeed = defineUseCase(z.object({}), async ({ ctx, trx, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, followUpRoles);
  if (await calendarFeedsRepository(trx).remove(actor.organizationId, actor.userId))
    await audit.record(auditFeed(actor, ctx.requestId, 'calendar_feed.revoke'));
});

/**
 * The feed, for whoever holds the token (a calendar application): no session. A revoked or replaced
 * token, or one whose owner left the organization or lost a follow-up role, answers 404, the same as
 * a token that never existed. Each read is audited (who, how many appointments; no names).
 */
export const readCalendarFeed = defineUseCase(
  z.object({ token: calendarFeedToken }),
  async ({ input, ctx, trx, now, audit, deps }) => {
    const repo = calendarFeedsRepository(trx);
    const feed = await repo.byTokenHash(hashToken(input.token));
    if (!feed) throw followUpErrors.calendarFeedNotFound();
    const content = await feedOf(trx, deps.publicUrl, feed, now);
    if (!content || !followUpRoles.includes(content.role as Role))
      throw followUpErrors.calendarFeedNotFound();
    await repo.markRead(feed.organizationId, feed.userId, now);
    await audit.record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: feed.organizationId,
      action: 'calendar_feed.read',
      resourceType: 'calendar_feed',
      resourceId: feed.userId,
      requestId: ctx.requestId,
      details: { appointments: content.appointments },
    });
    return { filename: 'passerelle-agenda.ics', body: content.ics };
  },
);
