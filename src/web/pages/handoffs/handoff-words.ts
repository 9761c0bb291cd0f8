import type { TFunction } from 'i18next';
import type { HandoffView } from '../../api/handoffs.js';
import { formatDate, todayInOrganization } from '../../format.js';

/** The person a hand-off is about, as the reader may name them. */
export function handoffPersonName(handoff: HandoffView, t: TFunction): string {
  return handoff.person ? `${handoff.person.givenName} ${handoff.person.familyName}` : t('handoffs.unnamed');
}

/** The program carried on, in the interface's language. */
export function handoffProgramName(handoff: HandoffView, language: string): string | null {
  if (!handoff.program) return null;
  return language.startsWith('fr') ? handoff.program.nameFr : handoff.program.nameEn;
}

/** The day of a moment, in the organization's calendar. */
export const dayOf = (moment: string | null) =>
  moment ? formatDate(todayInOrganization(new Date(moment))) : '';

/** The other members of the household handed over with the person, with their relation there. */
export function handoffMembersNames(handoff: HandoffView, t: TFunction): string | null {
  if (handoff.members.length === 0) return null;
  return handoff.members
    .map((m) =>
      m.person
        ? `${m.person.givenName} ${m.person.familyName} (${t(`handoffs.relation.${m.relation}`)})`
        : t('handoffs.memberUnnamed'),
    )
    .join(', ');
}
