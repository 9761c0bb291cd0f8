import type { Executor } from '../../../core/db/types.js';
import { AppError } from '../../../core/errors.js';
import { mobileNumberE164 } from '../../../core/sms/phone-number.js';
import { dayInZone } from '../../../core/time-zone.js';
import type { Deps } from '../../../core/use-case.js';
import { hashToken, newSecretToken } from '../../accounts/domain/tokens.js';
import { organizationsApi } from '../../organizations/api.js';
import { reminderContact } from '../../people/api.js';
import type { FollowUpRecord } from '../adapters/follow-ups-repository.js';
import { followUpsRepository } from '../adapters/follow-ups-repository.js';
import { type FollowUpFormLanguage, followUpFormLanguages, followUpLinkDays } from '../domain/vocabulary.js';
import { followUpMail } from '../follow-up-mail.js';
import { followUpSms } from '../follow-up-sms.js';

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

/** How a follow-up link reached the person: by e-mail, by text, or both (the same link in each). */
export type FollowUpLinkChannel = 'email' | 'sms';

export interface FollowUpLinkSent {
  /** Where it went, the e-mail address first: what the link's row keeps as `sent_to`. */
  sentTo: string;
  channels: { channel: FollowUpLinkChannel; to: string }[];
  /** The person has a mobile number but the provider refused the text or did not answer (the e-mail went). */
  smsFailed: boolean;
  expiresAt: Date;
  language: FollowUpFormLanguage;
}

/**
 * Sends the person a new single-use link to the form in their language (the one asked, else their
 * preferred one when the form speaks it, else the organization's), valid 14 days: by e-mail when
 * their file has an address, and by text when it has a mobile number (read in the organization's
 * country) and texts are sent — through a provider, or to the development outbox outside production
 * (`deps.sms.delivery`). One link per sending, the same in both; one attempt recorded per channel
 * that carried it. Undefined when there is nowhere to send it or the person's file may not be used
 * to write to them. When the text was the only way and the provider failed, `SMS_NOT_SENT` is thrown
 * before anything is written.
 */
export async function sendFollowUpLinkNow(
  db: Executor,
  deps: Pick<Deps, 'mailer' | 'sms' | 'publicUrl' | 'newId'>,
  followUp: FollowUpRecord,
  now: Date,
  asked: FollowUpFormLanguage | null,
): Promise<FollowUpLinkSent | undefined> {
  const contact = await reminderContact(db, followUp.personId, followUp.organizationId);
  if (!contact || contact.restricted) return undefined;
  const organization = await organizationsApi(db).findOrganization(followUp.organizationId);
  const mobile =
    deps.sms.delivery === 'disabled' ? null : mobileNumberE164(contact.phone, organization?.country);
  if (!contact.email && !mobile) return undefined;
  const language: FollowUpFormLanguage =
    asked ??
    (isFormLanguage(contact.preferredLanguage)
      ? contact.preferredLanguage
      : organization?.defaultLocale === 'en'
        ? 'en'
        : 'fr');
  const { token, hash } = newSecretToken();
  const expiresAt = new Date(now.getTime() + followUpLinkDays * 86_400_000);
  const lastDay = dayInZone(expiresAt, organization?.timeZone ?? 'UTC');
  const link = followUpFormUrl(deps.publicUrl, token);
  const expiresOn = new Intl.DateTimeFormat(dateLocale[language], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${lastDay}T12:00:00Z`));
  const organizationName = organization?.name ?? '';
  const channels: FollowUpLinkSent['channels'] = [];
  let smsFailed = false;
  if (contact.email) {
    const mail = followUpMail(language, {
      firstName: contact.givenName,
      organizationName,
      link,
      expiresOn,
      months: followUp.months,
    });
    await deps.mailer.send({ to: contact.email, ...mail, organizationId: followUp.organizationId });
    channels.push({ channel: 'email', to: contact.email });
  }
  // A provider's failure is borne when the e-mail went; when the text was the only way, nothing has
  // left and nothing is written.
  if (mobile) {
    try {
      await deps.sms.send({
        to: mobile,
        text: followUpSms(language, { firstName: contact.givenName, organizationName, link, expiresOn }),
        organizationId: followUp.organizationId,
      });
      channels.push({ channel: 'sms', to: mobile });
    } catch (error) {
      if (!contact.email || !(error instanceof AppError) || error.code !== 'SMS_NOT_SENT') throw error;
      smsFailed = true;
    }
  }
  const sentTo = channels.map((c) => c.to).join(', ');
  const repo = followUpsRepository(db);
  await repo.insertLink({
    id: deps.newId(),
    followUpId: followUp.id,
    organizationId: followUp.organizationId,
    tokenHash: hash,
    language,
    sentTo,
    now,
    expiresAt,
  });
  for (const { channel } of channels)
    await repo.insertAttempt({
      id: deps.newId(),
      followUpId: followUp.id,
      organizationId: followUp.organizationId,
      channel,
      result: 'sent',
      note: null,
      recordedBy: null,
      at: now,
    });
  return { sentTo, channels, smsFailed, expiresAt, language };
}
