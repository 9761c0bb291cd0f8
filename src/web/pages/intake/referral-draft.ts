import type { ReferralView } from '../../api/referrals.js';
import type { SharedPersonView } from '../../api/sharing.js';
import type { IntakeDraft } from './intake-draft.js';

/**
 * The intake of a person referred by a partner starts from what the referral shares of their identity
 * (names in both scripts, birth date, sex, contacts, town, language — never the status or the address)
 * and says where they came from. Whatever the counselor already typed is kept.
 */
export function draftFromReferral(
  draft: IntakeDraft,
  referral: Pick<ReferralView, 'sender'>,
  identity: SharedPersonView['identity'],
): IntakeDraft {
  const keep = (typed: string, shared: string | null | undefined) => (typed.trim() ? typed : (shared ?? ''));
  return {
    ...draft,
    firstName: keep(draft.firstName, identity?.givenName),
    lastName: keep(draft.lastName, identity?.familyName),
    originalFirstName: keep(draft.originalFirstName, identity?.givenNameOriginal),
    originalLastName: keep(draft.originalLastName, identity?.familyNameOriginal),
    birthDate: keep(draft.birthDate, identity?.birthDate),
    sex: keep(draft.sex, identity?.sex),
    phone: keep(draft.phone, identity?.phone),
    email: keep(draft.email, identity?.email),
    city: keep(draft.city, identity?.city),
    preferredLanguage: keep(draft.preferredLanguage, identity?.preferredLanguage),
    referralSource: draft.referralSource || 'partner_referral',
    partnerName: keep(draft.partnerName, referral.sender.name),
  };
}
