import type { Executor } from '../../../core/db/types.js';
import { dayInZone } from '../../../core/time-zone.js';
import type { Deps } from '../../../core/use-case.js';
import { hashToken, newSecretToken } from '../../accounts/domain/tokens.js';
import { organizationsApi } from '../../organizations/api.js';
import { reminderContact } from '../../people/api.js';
import type { FollowUpRecord } from '../adapters/follow-ups-repository.js';
import { followUpsRepository } from '../adapters/follow-ups-repository.js';
import { type FollowUpFormLanguage, followUpFormLanguages, followUpLinkDays } from '../domain/vocabulary.js';
import { followUpMail } from '../follow-up-mail.js';

export { hashToken };

/** The public page that opens a follow-up form; the token is the only key and is stored hashed. */
export function followUpFormUrl(publicUrl: string, token: string) {
  return `${publicUrl.replace(/\/$/, '')}/suivi/${encodeURIComponent(token)}`;
}

/** Gregorian dates everywhere (the form shows them so): Latin digits in Arabic, Persian ones in Persian. */
const dateLocale: Record<FollowUpFormLanguage, string> = {
  fr: 'fr',
  en: 'en',
  ar: 'ar-u-nu-latn',
  uk: 'uk',
  es: 'es',
  fa: 'fa-u-ca-gregory',
};

const isFormLanguage = (value: string | null | undefined): value is FollowUpFormLanguage =>
  (followUpFormLanguages as readonly string[]).includes(value ?? '');

/**
 * Sends the person a new single-use link to the form in their language (the one asked, else their
 * preferred one when the form speaks it, else the organization's), valid 14 days. Undefined when the
 * person has no address or their file may not be used to write to them.
 */
export async function sendFollowUpLinkNow(
  db: Executor,
  deps: Pick<Deps, 'mailer' | 'publicUrl' | 'newId'>,
  followUp: FollowUpRecord,
  now: Date,
  asked: FollowUpFormLanguage | null,
): Promise<{ sentTo: string; expiresAt: Date; language: FollowUpFormLanguage } | undefined> {
  const contact = await reminderContact(db, followUp.personId, followUp.organizationId);
  if (!contact?.email || contact.restricted) return undefined;
  const organization = await organizationsApi(db).findOrganization(followUp.organizationId);
  const language: FollowUpFormLanguage =
    asked ??
    (isFormLanguage(contact.preferredLanguage)
      ? contact.preferredLanguage
      : organization?.defaultLocale === 'en'
        ? 'en'
        : 'fr');
  const { token, hash } = newSecretToken();
  const expiresAt = new Date(now.getTime() + followUpLinkDays * 86_400_000);
  const repo = followUpsRepository(db);
  await repo.insertLink({
    id: deps.newId(),
    followUpId: followUp.id,
    organizationId: followUp.organizationId,
    tokenHash: hash,
    language,
    sentTo: contact.email,
    now,
    expiresAt,
  });
  await repo.insertAttempt({
    id: deps.newId(),
    followUpId: followUp.id,
    organizationId: followUp.organizationId,
    channel: 'email',
    result: 'sent',
    note: null,
    recordedBy: null,
    at: now,
  });
  const lastDay = dayInZone(expiresAt, organization?.timeZone ?? 'UTC');
  const mail = followUpMail(language, {
    firstName: contact.givenName,
    organizationName: organization?.name ?? '',
    link: followUpFormUrl(deps.publicUrl, token),
    expiresOn: new Intl.DateTimeFormat(dateLocale[language], {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${lastDay}T12:00:00Z`)),
    months: followUp.months,
  });
  await deps.mailer.send({ to: contact.email, ...mail, organizationId: followUp.organizationId });
  return { sentTo: contact.email, expiresAt, language };
}
