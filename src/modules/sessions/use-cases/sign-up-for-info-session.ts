import { z } from 'zod';
import { signupBody, signupConsentTextVersion } from '../../../contracts/session-signups.js';
import { defineUseCase } from '../../../core/use-case.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { signupRepository } from '../adapters/signup-repository.js';
import { sessionErrors } from '../errors.js';
import { enqueueSignupAcknowledgement } from '../signup-jobs.js';

/**
 * Anyone asks to join a public information session. The answer is the same whether the e-mail asked
 * before or not, so that the form reveals nothing about who signed up; only a first request is
 * written and acknowledged by e-mail. A filled honeypot (robots) is answered alike and dropped.
 */
export const signUpForInfoSession = defineUseCase(
  signupBody.extend({ seriesId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const received = { status: 'received' as const };
    if (input.website) return received;
    const repo = sessionsRepository(trx);
    const series = await repo.findSeries(input.seriesId);
    const type = series ? await repo.findType(series.sessionTypeId) : undefined;
    if (!series || !type || series.openness !== 'public' || series.status !== 'planned')
      throw sessionErrors.infoSessionNotFound();
    if (type.kind !== 'info_session' || type.audience !== 'beneficiaries')
      throw sessionErrors.infoSessionNotFound();
    // The public list shows only sessions with a date to come; a stale page cannot sign up for a past one.
    const meetings = await repo.meetingsOf(series.id);
    if (!meetings.some((m) => m.status === 'scheduled' && m.startsAt.getTime() > now.getTime()))
      throw sessionErrors.infoSessionNotFound();
    const id = newId();
    const written = await signupRepository(trx).insertPending({
      id,
      organizationId: series.organizationId,
      seriesId: series.id,
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email.toLowerCase(),
      phone: input.phone ?? null,
      preferredLanguage: input.preferredLanguage,
      consentTextVersion: signupConsentTextVersion,
      now,
    });
    if (written) await enqueueSignupAcknowledgement(trx, newId, id, now);
    await audit.record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: series.organizationId,
      action: 'session.signup_request',
      resourceType: 'session_signup_request',
      resourceId: written ? id : null,
      personId: null,
      requestId: ctx.requestId,
      details: { seriesId: series.id, repeated: !written, phone: input.phone !== undefined },
    });
    return received;
  },
);
