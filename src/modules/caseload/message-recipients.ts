import type { Executor } from '../../core/db/types.js';
import { hasConsent, peoplePrivacy, personSummary, reminderContact } from '../people/api.js';
import { type MessageSkipReason, skipReasonOf } from './domain/message-template.js';

/** The consent a person gives to receive the organization's messages by e-mail. */
export const messageConsentPurpose = 'receiving_messages';

export interface MessageCheck {
  personId: string;
  givenName: string | null;
  familyName: string | null;
  email: string | null;
  preferredLanguage: string | null;
  skip: MessageSkipReason | null;
}

/**
 * Whether the organization may write to the person today: followed by it, processing not restricted
 * (nor the file anonymized), an e-mail address, and the consent in force. Checked when the message is
 * written and again when each e-mail leaves (a consent withdrawn in between stops it).
 */
export async function messageCheck(
  db: Executor,
  organizationId: string,
  personId: string,
  today: string,
): Promise<MessageCheck> {
  const contact = await reminderContact(db, personId, organizationId);
  const state = contact ? await peoplePrivacy.personPrivacyState(db, organizationId, personId) : undefined;
  const summary = contact ? await personSummary(db, personId, organizationId) : undefined;
  const consents = contact ? await hasConsent(db, personId, messageConsentPurpose, null, today) : false;
  return {
    personId,
    givenName: contact?.givenName ?? null,
    familyName: summary?.familyName ?? null,
    email: contact?.email ?? null,
    preferredLanguage: contact?.preferredLanguage ?? null,
    skip: skipReasonOf({
      followed: contact !== undefined,
      restricted: Boolean(state?.restrictedAt || state?.anonymizedAt),
      email: contact?.email ?? null,
      consents,
    }),
  };
}
