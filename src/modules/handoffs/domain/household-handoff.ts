import type { HouseholdRelation } from '../../people/domain/household.js';

/**
 * A household handed over at once (docs/handoffs.md): the person proposed and the other members of
 * their household chosen with them are re-formed at the receiver around the same main contact. When
 * the main contact stays behind, the person proposed becomes the main contact there and the others'
 * relations to them are not known: `other`.
 */
export interface HouseholdNow {
  mainContactPersonId: string;
  members: readonly { personId: string; relation: HouseholdRelation }[];
}

export type HouseholdAtReceiver =
  | { ok: true; person: HouseholdRelation; members: { personId: string; relation: HouseholdRelation }[] }
  | { ok: false; notMember: string };

export function householdAtReceiver(
  household: HouseholdNow,
  proposedPersonId: string,
  chosenMemberIds: readonly string[],
): HouseholdAtReceiver {
  const relationOf = new Map(household.members.map((m) => [m.personId, m.relation]));
  const chosen = [...new Set(chosenMemberIds)];
  const stranger = chosen.find((id) => id === proposedPersonId || !relationOf.has(id));
  if (stranger !== undefined || !relationOf.has(proposedPersonId))
    return { ok: false, notMember: stranger ?? proposedPersonId };
  const handed = [proposedPersonId, ...chosen];
  const keepsMainContact = handed.includes(household.mainContactPersonId);
  const relationAtReceiver = (personId: string): HouseholdRelation => {
    if (personId === household.mainContactPersonId) return 'main';
    if (keepsMainContact) {
      const relation = relationOf.get(personId) as HouseholdRelation;
      return relation === 'main' ? 'other' : relation;
    }
    return personId === proposedPersonId ? 'main' : 'other';
  };
  return {
    ok: true,
    person: relationAtReceiver(proposedPersonId),
    members: chosen.map((personId) => ({ personId, relation: relationAtReceiver(personId) })),
  };
}

/**
 * Days a proposal may wait for an answer before both sides are reminded, once (docs/handoffs.md), for a
 * sending organization that set no delay of its own (organizations' `handoff_reminder_days`, 0086).
 */
export const waitingReminderDays = 7;

/** Whether a proposal made on `proposedOn` (the sender's day) is due its one reminder on `today`. */
export function waitingReminderDue(
  handoff: { status: string; proposedOn: string; remindedAt: Date | null },
  today: string,
  days = waitingReminderDays,
): boolean {
  if (handoff.status !== 'proposed' || handoff.remindedAt !== null) return false;
  return daysBetween(handoff.proposedOn, today) >= days;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
