import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Role } from '../../../core/auth/roles.js';
import { DEFAULT_TIME_ZONE } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { expectedContactsPerMonth, programEnrolmentSpans, programScopeOf } from '../../programs/api.js';
import { contactsRepository } from '../adapters/contacts-repository.js';
import { addDays, dayOf } from '../domain/contacts.js';
import { lastMonths, monthBounds, monthlyContactFigures } from '../domain/monthly-contacts.js';
import { followUpErrors } from '../errors.js';

/** Who reads the intensity of accompaniment: figures only, so funders too. */
export const intensityRoles: readonly Role[] = ['program_referent', 'coordinator', 'director', 'funder'];

/**
 * Contacts per person per calendar month for a program's enrolments, the current month to date.
 * Those who steer the program count every member organization's people; a member its own.
 */
export const programIntensity = defineUseCase(
  z.object({ programId: z.uuid(), months: z.number().int().min(1).max(24).default(6) }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, intensityRoles);
    const scope = await programScopeOf(trx, actor, input.programId);
    if (!scope) throw followUpErrors.programNotFound();
    // The viewer's month to date; each contact is dated on its organization's day.
    const organizations = organizationsApi(trx);
    const today = await organizations.todayOf(actor.organizationId, now);
    const months = lastMonths(today, input.months);
    const period = { from: monthBounds(months[0]!).from, to: today };
    const organizationIds = scope.steers ? undefined : [actor.organizationId];
    const [spans, expected] = await Promise.all([
      programEnrolmentSpans(trx, input.programId, organizationIds, period),
      expectedContactsPerMonth(trx, [input.programId]),
    ]);
    const followedBy = [...new Set(spans.map((s) => s.organizationId))];
    const enrolled = new Set(spans.map((s) => `${s.organizationId}:${s.personId}`));
    const zones = new Map(
      (await organizations.listOrganizations(followedBy)).map((o) => [o.id, o.timeZone] as const),
    );
    // A day wider than UTC's on each side holds every zone's days of the period.
    const contacts = (
      await contactsRepository(trx).contactsOf(followedBy, {
        from: new Date(`${addDays(period.from, -1)}T00:00:00Z`),
        before: new Date(`${addDays(today, 2)}T00:00:00Z`),
      })
    )
      .map((c) => ({
        key: `${c.organizationId}:${c.personId}`,
        day: dayOf(c.occurredAt, zones.get(c.organizationId) ?? DEFAULT_TIME_ZONE),
      }))
      .filter((c) => enrolled.has(c.key) && c.day >= period.from && c.day <= period.to);
    const expectedContacts = expected.get(input.programId) ?? null;
    const figures = monthlyContactFigures(
      months,
      spans.map((s) => ({
        key: `${s.organizationId}:${s.personId}`,
        enrolledOn: s.enrolledOn,
        endedOn: s.endedOn,
      })),
      contacts,
      expectedContacts,
      today,
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'program.intensity_read',
      resourceType: 'program',
      resourceId: input.programId,
      requestId: ctx.requestId,
      details: { months: months.length, organizations: followedBy.length },
    });
    return {
      expectedContactsPerMonth: expectedContacts,
      scope: scope.steers ? ('program' as const) : ('organization' as const),
      today,
      months: figures,
    };
  },
);
