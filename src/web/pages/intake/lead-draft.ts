import type { LeadView } from '../../api/outreach.js';
import type { IntakeDraft } from './intake-draft.js';

/**
 * The intake of a person met through outreach starts from their lead: the name, the contacts, the
 * program in view and where they came from are not typed twice. Whatever the counselor already typed
 * is kept.
 */
export function draftFromLead(draft: IntakeDraft, lead: LeadView): IntakeDraft {
  const keep = (typed: string, fromLead: string | null) => (typed.trim() ? typed : (fromLead ?? ''));
  return {
    ...draft,
    firstName: keep(draft.firstName, lead.givenName),
    lastName: keep(draft.lastName, lead.familyName),
    phone: keep(draft.phone, lead.phone),
    email: keep(draft.email, lead.email),
    programId: keep(draft.programId, lead.programId),
    referralSource: draft.referralSource || lead.source,
    partnerName: keep(draft.partnerName, lead.partnerName ?? lead.eventName),
  };
}
