import type { Executor } from '../../../core/db/types.js';
import { dayInZone } from '../../../core/time-zone.js';
import {
  followUpSignalsOf,
  personIdsBelowIntensity,
  personIdsWithMissedAppointments,
} from '../../follow-up/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { followUpDueSignals, personIdsWithFollowUpDue } from '../../outcomes/api.js';
import type { PersonIdQuery } from '../../people/api.js';
import { contractEndingSignals, personIdsWithContractEnding } from '../../placements/api.js';
import { personIdsWithOverdueSteps, planSignalsOf } from '../../plans/api.js';
import { expectedContactsOf } from '../adapters/expected-contacts.js';
import { type AlertFilter, noSignals, type PersonSignals } from '../domain/caseload-signals.js';

/** Today where the organization works, and its zone: the signals count its days, not UTC's. */
export interface OrganizationDay {
  today: string;
  timeZone: string;
}

export async function organizationDayOf(
  db: Executor,
  organizationId: string,
  now: Date,
): Promise<OrganizationDay> {
  const timeZone = await organizationsApi(db).timeZoneOf(organizationId);
  return { today: dayInZone(now, timeZone), timeZone };
}

/**
 * The signals of these people from plans, follow-up, programs, placements and outcomes: one call per module for
 * the whole list.
 */
export async function signalsOf(
  db: Executor,
  organizationId: string,
  personIds: readonly string[],
  { today, timeZone }: OrganizationDay,
): Promise<Map<string, PersonSignals>> {
  if (personIds.length === 0) return new Map();
  const [plans, followUp, expected, contracts, followUpsDue] = await Promise.all([
    planSignalsOf(db, organizationId, personIds, today),
    followUpSignalsOf(db, organizationId, personIds, today, timeZone),
    expectedContactsOf(db, organizationId, personIds),
    contractEndingSignals(db, personIds, today),
    followUpDueSignals(db, personIds, today),
  ]);
  return new Map(
    personIds.map((id) => {
      const plan = plans.get(id);
      const contacts = followUp.get(id);
      return [
        id,
        {
          ...noSignals,
          overdueSteps: plan?.overdueSteps ?? 0,
          nextStep: plan?.nextStep ?? null,
          nextAppointmentAt: contacts?.nextAppointmentAt ?? null,
          missedAppointments: contacts?.missedAppointments ?? 0,
          contactsLast30Days: contacts?.contactsLast30Days ?? 0,
          lastContactOn: contacts?.lastContactOn ?? null,
          expectedContacts: expected.get(id) ?? null,
          contractEndsOn: contracts.get(id)?.endsOn ?? null,
          followUpDueOn: followUpsDue.get(id) ?? null,
        },
      ];
    }),
  );
}

/**
 * Subqueries of person ids with the alert asked for, from the modules that own the facts; with `any`,
 * a person matching one of them is kept.
 */
export function alertQueries(
  db: Executor,
  organizationId: string,
  { today, timeZone }: OrganizationDay,
  alert: AlertFilter,
): PersonIdQuery[] {
  // Each module builds its subquery over its own (aliased) tables; only the selected column matters.
  const ids = (query: unknown) => query as PersonIdQuery;
  const overdue = () => ids(personIdsWithOverdueSteps(db, organizationId, today));
  const missed = () => ids(personIdsWithMissedAppointments(db, organizationId, today, timeZone));
  const low = () => ids(personIdsBelowIntensity(db, organizationId, today, timeZone));
  const ending = () => ids(personIdsWithContractEnding(db, organizationId, today));
  const followUpDue = () => ids(personIdsWithFollowUpDue(db, organizationId, today));
  if (alert === 'overdue') return [overdue()];
  if (alert === 'missed') return [missed()];
  if (alert === 'lowIntensity') return [low()];
  if (alert === 'contractEnding') return [ending()];
  if (alert === 'followUpDue') return [followUpDue()];
  return [overdue(), missed(), low(), ending(), followUpDue()];
}
