import { z } from 'zod';
import { requireRole } from '../../../core/auth/actor.js';
import { programAdminRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { addDays } from '../../outcomes/domain/dates.js';
import { type SubscriptionRow, subscriptionsRepository } from '../adapters/subscriptions-repository.js';
import { periodContaining } from '../domain/report-period.js';
import { reportErrors } from '../errors.js';
import { reportAccess, resolveTemplate } from './report-access.js';
import { reportFileFormats } from './report-file.js';

export const subscriptionCadences = ['monthly', 'quarterly'] as const;
export type Cadence = (typeof subscriptionCadences)[number];

export const periodKindOf = (cadence: Cadence) => (cadence === 'monthly' ? 'month' : 'quarter');

/** The first day of the month (or quarter) after the one containing `day`: when its report is sent. */
export function nextRunAfter(cadence: Cadence, day: string): string {
  return addDays(periodContaining(periodKindOf(cadence), day).to, 1);
}

export function presentSubscription(s: SubscriptionRow) {
  return {
    id: s.id,
    programId: s.programId,
    template: s.templateRef,
    cadence: s.cadence,
    recipients: s.recipients,
    format: s.format,
    language: s.language,
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
    nextRunOn: s.nextRunOn,
    lastRunOn: s.lastRunOn,
    active: s.active,
  };
}

const programInput = z.object({ programId: z.uuid() });

export const createSubscriptionInput = programInput.extend({
  template: z.string().regex(/^[a-z0-9_-]{2,60}$/i),
  cadence: z.enum(subscriptionCadences),
  recipients: z.array(z.uuid()).min(1).max(50),
  format: z.enum(reportFileFormats).default('pdf'),
  language: z.enum(['fr', 'en']),
});

/**
 * Sends a program's report every month or quarter to staff of the caller's organization (a funder is
 * a staff account with the funder role; never an outside address, since reports hold people). The
 * first run is the first day of the next period, for the period just ended.
 */
export const createReportSubscription = defineUseCase(
  createSubscriptionInput,
  async ({ input, ctx, trx, now, newId, audit }) => {
    const access = await reportAccess(trx, ctx, input.programId, now);
    requireRole(access.actor, programAdminRoles);
    const template = await resolveTemplate(trx, access, input.template);
    const staff = new Set(
      (await organizationsApi(trx).staffOfOrganization(access.actor.organizationId)).map((m) => m.userId),
    );
    const recipients = [...new Set(input.recipients)];
    if (recipients.some((id) => !staff.has(id))) throw reportErrors.recipientNotStaff();
    const row = {
      id: newId(),
      organizationId: access.actor.organizationId,
      programId: access.program.id,
      templateRef: template.ref,
      cadence: input.cadence,
      recipients,
      format: input.format,
      language: input.language,
      createdBy: access.actor.userId,
      createdAt: now,
      nextRunOn: nextRunAfter(input.cadence, access.today),
    };
    await subscriptionsRepository(trx).insert(row);
    await audit.record({
      actorUserId: access.actor.userId,
      organizationId: access.actor.organizationId,
      subjectOrganizationId: access.program.organizationId,
      action: 'reports.subscription_created',
      resourceType: 'report_subscription',
      resourceId: row.id,
      requestId: ctx.requestId,
      details: { template: template.ref, cadence: input.cadence, recipients: recipients.length },
    });
    return presentSubscription({ ...row, lastRunOn: null, active: true });
  },
);

/** The caller's organization's subscriptions to the program's reports, cancelled ones included. */
export const listReportSubscriptions = defineUseCase(programInput, async ({ input, ctx, trx, now }) => {
  const access = await reportAccess(trx, ctx, input.programId, now);
  requireRole(access.actor, programAdminRoles);
  const items = await subscriptionsRepository(trx).ofProgram(access.program.id, access.actor.organizationId);
  return { items: items.map(presentSubscription) };
});

/** Stops a subscription: no further message is sent (files already queued are kept until they expire). */
export const cancelReportSubscription = defineUseCase(
  programInput.extend({ subscriptionId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const access = await reportAccess(trx, ctx, input.programId, now);
    requireRole(access.actor, programAdminRoles);
    const repo = subscriptionsRepository(trx);
    const subscription = await repo.find(input.subscriptionId, access.actor.organizationId);
    if (!subscription || subscription.programId !== access.program.id)
      throw reportErrors.subscriptionNotFound();
    if (subscription.active)
      await repo.cancel(subscription.id, subscription.organizationId, access.actor.userId, now);
    await audit.record({
      actorUserId: access.actor.userId,
      organizationId: access.actor.organizationId,
      subjectOrganizationId: access.program.organizationId,
      action: 'reports.subscription_cancelled',
      resourceType: 'report_subscription',
      resourceId: subscription.id,
      requestId: ctx.requestId,
      details: { template: subscription.templateRef },
    });
  },
);
