import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { dayInZone } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { findPersonByEmail, registerFromFrontDoor } from '../../people/api.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { signupRepository } from '../adapters/signup-repository.js';
import { enrolInSeries } from './enrol-participant.js';
import { sessionStaffRoles } from './session-access.js';
import { publishSessionEvent } from './session-timeline.js';
import { pendingRequestOf } from './signup-request-access.js';

/**
 * Accepting a sign-up, all or nothing: the person the organization already follows under this e-mail,
 * or a new file opened from the request; then the usual enrolment (a seat or the waitlist, the
 * invitation with the link once seated).
 */
export const acceptSignupRequest = defineUseCase(z.object({ requestId: z.uuid() }), async (scope) => {
  const { input, ctx, trx, now, newId, audit, timeline } = scope;
  const actor = requireActor(ctx);
  requireRole(actor, sessionStaffRoles);
  const request = await pendingRequestOf(trx, actor, input.requestId);
  // The consent is dated on the day it was given where the organization works, not in UTC.
  const zone = await organizationsApi(trx).timeZoneOf(actor.organizationId);
  const existing = await findPersonByEmail(trx, actor.organizationId, request.email);
  const personId =
    existing ??
    (
      await registerFromFrontDoor(
        { trx, now, newId, audit, timeline, requestId: ctx.requestId },
        {
          organizationId: actor.organizationId,
          givenName: request.givenName,
          familyName: request.familyName,
          email: request.email,
          phone: request.phone,
          preferredLanguage: request.preferredLanguage,
          consentGivenOn: dayInZone(request.consentGivenAt, zone),
          acceptedBy: actor.userId,
        },
      )
    ).id;
  const series = await sessionsRepository(trx).findSeries(request.seriesId);
  await publishSessionEvent(
    timeline,
    { enrolmentId: request.id, personId, participantOrganizationId: actor.organizationId },
    {
      kind: 'session.signup_requested',
      occurredAt: request.createdAt,
      resourceType: 'session_signup_request',
      resourceId: request.id,
      data: { title: series?.title ?? '' },
      recordedBy: actor.userId,
    },
  );
  const enrolment = await enrolInSeries({
    ...scope,
    input: { seriesId: request.seriesId, personId },
  });
  await signupRepository(trx).decide(request.id, {
    status: 'accepted',
    decidedBy: actor.userId,
    now,
    personId,
    enrolmentId: enrolment.id,
  });
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'session.signup_request.accept',
    resourceType: 'session_signup_request',
    resourceId: request.id,
    personId,
    requestId: ctx.requestId,
    details: { newPerson: existing === undefined, status: enrolment.status },
  });
  return {
    personId,
    enrolmentId: enrolment.id,
    status: enrolment.status,
    newPerson: existing === undefined,
  };
});
