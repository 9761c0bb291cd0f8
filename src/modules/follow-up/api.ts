/** What other modules (the caseload) may ask of follow-up. They never read its tables. */
import type { Executor } from '../../core/db/types.js';
import { peopleMerges } from '../people/api.js';
import { contactsRepository } from './adapters/contacts-repository.js';
import { dayOf } from './domain/contacts.js';
import './adapters/tables.js';

export interface FollowUpSignals {
  /** Contacts (domain/contacts.ts) in the 30 days ending today, both included. */
  contactsLast30Days: number;
  /** The day (in the organization's zone) of the latest contact up to today. */
  lastContactOn: string | null;
  /** The earliest scheduled appointment starting today or later (ISO instant). */
  nextAppointmentAt: string | null;
  /** Missed in the 90 days ending today. */
  missedAppointments: number;
}

/**
 * The follow-up facts of these people as followed by the organization, a kept file's with those of the
 * files merged into it (unless asked for themselves); every id gets an entry. Days are the
 * organization's: `today` is its day and `zone` its time zone (organizationsApi), so that an interview
 * at 21:00 in Louisville counts on that day, not on UTC's next one.
 */
export async function followUpSignalsOf(
  db: Executor,
  organizationId: string,
  personIds: readonly string[],
  today: string,
  zone: string,
): Promise<Map<string, FollowUpSignals>> {
  const ids = [...new Set(personIds)];
  // A kept file counts the contacts of the files merged into it (docs/duplicates.md): their rows are
  // read with the page's and folded into the kept file's (sums, the latest contact, the next appointment).
  const asked = new Set(ids);
  const keptOf = new Map(
    (await peopleMerges.mergesInForceOf(db, organizationId, ids))
      .filter((m) => asked.has(m.keptPersonId) && !asked.has(m.mergedPersonId))
      .map((m) => [m.mergedPersonId, m.keptPersonId]),
  );
  const rows = await contactsRepository(db).signals(organizationId, [...ids, ...keptOf.keys()], today, zone);
  const signals = new Map<string, FollowUpSignals>(
    ids.map((id) => [
      id,
      { contactsLast30Days: 0, lastContactOn: null, nextAppointmentAt: null, missedAppointments: 0 },
    ]),
  );
  // One statement for the page (contacts, last contact, next appointment, missed ones).
  for (const row of rows) {
    const signal = signals.get(keptOf.get(row.personId) ?? row.personId)!;
    if (row.contacts !== null) signal.contactsLast30Days += Number(row.contacts);
    const last = row.last ? dayOf(row.last, zone) : null;
    if (last && (signal.lastContactOn === null || last > signal.lastContactOn)) signal.lastContactOn = last;
    const next = row.next ? new Date(row.next).toISOString() : null;
    if (next && (signal.nextAppointmentAt === null || next < signal.nextAppointmentAt))
      signal.nextAppointmentAt = next;
    if (row.missed !== null) signal.missedAppointments += Number(row.missed);
  }
  return signals;
}

/**
 * A Kysely subquery selecting `person_id`, to embed as `where('people.id', 'in', …)`: people of the
 * organization enrolled (status enrolled) in a program with an expected intensity whose contacts in
 * the 30 days ending today are below it (the highest expectation when several programs set one).
 */
export function personIdsBelowIntensity(db: Executor, organizationId: string, today: string, zone: string) {
  return contactsRepository(db).personIdsBelowIntensity(organizationId, today, zone);
}

/** A Kysely subquery selecting `person_id`: people with a missed appointment in the 90 days ending today. */
export function personIdsWithMissedAppointments(
  db: Executor,
  organizationId: string,
  today: string,
  zone: string,
) {
  return contactsRepository(db).personIdsWithMissedAppointments(organizationId, today, zone);
}

export * as followUpPersonData from './person-data.js';

/**
 * The person's appointments (scheduled or held) starting in [from, to), earliest first: whether a
 * first appointment is booked in a household's arrival week (regionalization plans).
 */
export function appointmentsOfPersonBetween(
  db: Executor,
  organizationId: string,
  personId: string,
  from: Date,
  to: Date,
) {
  return db
    .selectFrom('appointments')
    .select(['id', 'starts_at as startsAt', 'mode', 'status'])
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('status', 'in', ['scheduled', 'held'])
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}
