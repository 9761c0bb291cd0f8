import { followUpAnswerBody, followUpTokenParam } from '../../../contracts/outcomes.js';
import type { Executor } from '../../../core/db/types.js';
import { dayInZone } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { currencyOfCountry } from '../../offers/domain/pay.js';
import { organizationsApi } from '../../organizations/api.js';
import { reminderContact } from '../../people/api.js';
import { enrolmentsOfPeople } from '../../programs/api.js';
import { exitsRepository } from '../adapters/exits-repository.js';
import { followUpsRepository } from '../adapters/follow-ups-repository.js';
import type { FollowUpFormLanguage } from '../domain/vocabulary.js';
import { outcomeErrors } from '../errors.js';
import { normalizedAnswer } from './follow-up-access.js';
import { hashToken } from './follow-up-link.js';
import { publishFollowUpAnswered } from './follow-up-timeline.js';

/**
 * The link is the only key: unknown, used, expired, or its follow-up already answered or cancelled,
 * all answer the same 404, so that a guess learns nothing.
 */
async function openLink(db: Executor, token: string, now: Date, lock: boolean) {
  const repo = followUpsRepository(db);
  const link = await repo.linkByHash(hashToken(token), lock);
  if (!link || link.usedAt || link.expiresAt.getTime() <= now.getTime()) throw outcomeErrors.linkInvalid();
  const followUp = await repo.find(link.followUpId, link.organizationId, lock);
  if (!followUp || followUp.status === 'answered' || followUp.status === 'cancelled')
    throw outcomeErrors.linkInvalid();
  return { link, followUp };
}

/**
 * What the form shows: the first name only, who asks, the moment, whether to ask about the region, and
 * the currency of the organization's country, in which the pay bands are worded.
 */
export const publicFollowUpForm = defineUseCase(followUpTokenParam, async ({ input, trx, now }) => {
  const { link, followUp } = await openLink(trx, input.token, now, false);
  const [organization, contact, enrolments, exits] = await Promise.all([
    organizationsApi(trx).findOrganization(followUp.organizationId),
    reminderContact(trx, followUp.personId, followUp.organizationId),
    enrolmentsOfPeople(trx, followUp.organizationId, [followUp.personId]),
    exitsRepository(trx).currentExitsOf([followUp.enrolmentId]),
  ]);
  if (!contact || contact.restricted) throw outcomeErrors.linkInvalid();
  const enrolment = enrolments.find((e) => e.id === followUp.enrolmentId);
  const language = link.language as FollowUpFormLanguage;
  return {
    organizationName: organization?.name ?? '',
    programName: (language === 'fr' ? enrolment?.programNameFr : enrolment?.programNameEn) ?? '',
    firstName: contact.givenName,
    months: followUp.months,
    language,
    asksRegion: exits[0]?.outcome === 'moved_to_region',
    currency: currencyOf(organization?.country),
    expiresAt: link.expiresAt.toISOString(),
  };
});

function currencyOf(country: string | undefined): string | null {
  return country && Object.hasOwn(currencyOfCountry, country)
    ? currencyOfCountry[country as keyof typeof currencyOfCountry]
    : null;
}

/** The person's answer: written once, the link used up in the same transaction. */
export const answerPublicFollowUp = defineUseCase(
  followUpTokenParam.extend({ answer: followUpAnswerBody }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const { link, followUp } = await openLink(trx, input.token, now, true);
    const organization = await organizationsApi(trx).findOrganization(followUp.organizationId);
    const answeredOn = dayInZone(now, organization?.timeZone ?? 'UTC');
    const repo = followUpsRepository(trx);
    await repo.markLinkUsed(link.id, now);
    await repo.update(
      followUp.id,
      {
        status: 'answered',
        answeredOn,
        answeredVia: 'form',
        answer: normalizedAnswer(input.answer),
        recordedBy: null,
      },
      now,
    );
    await repo.insertAttempt({
      id: newId(),
      followUpId: followUp.id,
      organizationId: followUp.organizationId,
      channel: 'form',
      result: 'answered',
      note: null,
      recordedBy: null,
      at: now,
    });
    await publishFollowUpAnswered(timeline, followUp, answeredOn, null);
    await audit.record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: followUp.organizationId,
      action: 'exit_follow_up.answer_form',
      resourceType: 'exit_follow_up',
      resourceId: followUp.id,
      personId: followUp.personId,
      requestId: ctx.requestId,
      details: { months: followUp.months, language: link.language },
    });
    return { ok: true as const };
  },
);
