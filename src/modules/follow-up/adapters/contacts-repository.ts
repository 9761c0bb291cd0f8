import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { dayBoundsInZone } from '../../../core/time-zone.js';
import { mergedAwayFiles } from '../../people/api.js';
import { enrolledWithExpectedContacts } from '../../programs/api.js';
import { addDays, contactNoteKinds, intensityWindow } from '../domain/contacts.js';
import './tables.js';

/** Where a day of the organization begins, as an instant: contacts are counted by its days, not UTC's. */
const startOfDay = (day: string, zone: string) => dayBoundsInZone(day, zone).start;

/** The instants of the days `[fromDay, toDay]` (both included) in a zone: `[from, before)`. */
function daysSpan(period: { fromDay?: string; toDay: string }, zone: string) {
  return {
    from: period.fromDay ? startOfDay(period.fromDay, zone) : undefined,
    before: startOfDay(addDays(period.toDay, 1), zone),
  };
}

/**
 * Every contact of the organizations' people as one row (`organization_id`, `person_id`,
 * `occurred_at`): held appointments, and notes of a contact kind not attached to a held appointment
 * (domain/contacts.ts says why). Those that took place in `[from, before)` (`daysSpan` gives the
 * instants of an organization's days), from the start when `from` is omitted.
 */
function contactRows(
  db: Executor,
  organizationIds: readonly string[],
  { from, before }: { from?: Date | undefined; before: Date },
  personIds?: readonly string[],
) {
  const held = db
    .selectFrom('appointments')
    .select(['organization_id', 'person_id', 'starts_at as occurred_at'])
    .where('organization_id', 'in', [...organizationIds])
    .where('status', '=', 'held')
    .where('starts_at', '<', before)
    .$if(from !== undefined, (q) => q.where('starts_at', '>=', from!))
    .$if(personIds !== undefined, (q) => q.where('person_id', 'in', [...personIds!]));
  const notes = db
    .selectFrom('follow_up_notes as n')
    .leftJoin('appointments as a', 'a.id', 'n.appointment_id')
    .select(['n.organization_id', 'n.person_id', 'n.occurred_at'])
    .where('n.organization_id', 'in', [...organizationIds])
    .where('n.kind', 'in', [...contactNoteKinds])
    .where((eb) => eb.or([eb('a.status', 'is', null), eb('a.status', '!=', 'held')]))
    .where('n.occurred_at', '<', before)
    .$if(from !== undefined, (q) => q.where('n.occurred_at', '>=', from!))
    .$if(personIds !== undefined, (q) => q.where('n.person_id', 'in', [...personIds!]));
  return held.unionAll(notes);
}

/** A file's own id, or for a file merged away (a merge in force) the kept file's, which counts its contacts. */
const countedFile = (column: 'c.person_id' | 'appointments.person_id') =>
  sql<string>`coalesce(merged_into.kept_person_id, ${sql.ref(column)})`;

/**
 * Contacts per person of one organization in the intensity window of `today` (its day, in its zone),
 * a merged file's counted as the kept file's (docs/duplicates.md), as `followUpSignalsOf` shows them.
 */
function contactCountsInWindow(db: Executor, organizationId: string, today: string, zone: string) {
  const window = intensityWindow(today);
  return db
    .selectFrom(
      contactRows(db, [organizationId], daysSpan({ fromDay: window.from, toDay: window.to }, zone)).as('c'),
    )
    .leftJoin(mergedAwayFiles(db).as('merged_into'), 'merged_into.merged_person_id', 'c.person_id')
    .select(countedFile('c.person_id').as('person_id'))
    .select((eb) => eb.fn.countAll<number>().as('contacts'))
    .groupBy(countedFile('c.person_id'));
}

export function contactsRepository(db: Executor) {
  return {
    /** A subquery selecting `person_id`: enrolled where an intensity is expected, and below it. */
    personIdsBelowIntensity(organizationId: string, today: string, zone: string) {
      return db
        .selectFrom(enrolledWithExpectedContacts(db, organizationId).as('expected'))
        .leftJoin(
          contactCountsInWindow(db, organizationId, today, zone).as('counted'),
          'counted.person_id',
          'expected.person_id',
        )
        .select('expected.person_id')
        .where(sql<boolean>`coalesce(counted.contacts, 0) < expected.expected_contacts`);
    },
    /**
     * A subquery selecting `person_id`: at least one missed appointment in the 90 days ending today (a
     * merged file's counted as the kept file's).
     */
    personIdsWithMissedAppointments(organizationId: string, today: string, zone: string) {
      return db
        .selectFrom('appointments')
        .leftJoin(
          mergedAwayFiles(db).as('merged_into'),
          'merged_into.merged_person_id',
          'appointments.person_id',
        )
        .select(countedFile('appointments.person_id').as('person_id'))
        .distinct()
        .where('appointments.organization_id', '=', organizationId)
        .where('appointments.status', '=', 'missed')
        .where('appointments.starts_at', '>=', startOfDay(addDays(today, -89), zone))
        .where('appointments.starts_at', '<', startOfDay(addDays(today, 1), zone));
    },
    /**
     * The caseload's four questions for a page of people in one statement: contacts in the intensity
     * window and the last contact (both up to today), the next scheduled appointment from today and the
     * missed ones in the 90 days ending today; a row per person with any of them.
     */
    async signals(organizationId: string, personIds: readonly string[], today: string, zone: string) {
      if (personIds.length === 0) return [];
      const windowFrom = startOfDay(intensityWindow(today).from, zone);
      const todayStart = startOfDay(today, zone);
      const missedFrom = startOfDay(addDays(today, -89), zone);
      const tomorrow = startOfDay(addDays(today, 1), zone);
      const contacts = db
        .selectFrom(contactRows(db, [organizationId], { before: tomorrow }, personIds).as('c'))
        .select('c.person_id')
        .select([
          sql<string>`count(*) filter (where c.occurred_at >= ${windowFrom})`.as('contacts'),
          sql<Date | string>`max(c.occurred_at)`.as('last'),
        ])
        .groupBy('c.person_id');
      const appointments = db
        .selectFrom('appointments as a')
        .select('a.person_id')
        .select([
          sql<Date | string | null>`min(a.starts_at) filter (where a.status = 'scheduled')`.as('next'),
          sql<string>`count(*) filter (where a.status = 'missed')`.as('missed'),
        ])
        .where('a.organization_id', '=', organizationId)
        .where('a.person_id', 'in', [...personIds])
        .where((eb) =>
          eb.or([
            eb.and([eb('a.status', '=', 'scheduled'), eb('a.starts_at', '>=', todayStart)]),
            eb.and([
              eb('a.status', '=', 'missed'),
              eb('a.starts_at', '>=', missedFrom),
              eb('a.starts_at', '<', tomorrow),
            ]),
          ]),
        )
        .groupBy('a.person_id');
      return db
        .selectFrom(contacts.as('c'))
        .fullJoin(appointments.as('a'), 'a.person_id', 'c.person_id')
        .select([
          sql<string>`coalesce(c.person_id, a.person_id)`.as('personId'),
          'c.contacts',
          'c.last',
          'a.next',
          'a.missed',
        ])
        .execute();
    },
    /** Each contact of these people in `[from, before)`, for per-month figures: organization, person, instant. */
    async contactsOf(organizationIds: readonly string[], period: { from: Date; before: Date }) {
      if (organizationIds.length === 0) return [];
      return db
        .selectFrom(contactRows(db, organizationIds, period).as('c'))
        .select([
          'c.organization_id as organizationId',
          'c.person_id as personId',
          'c.occurred_at as occurredAt',
        ])
        .execute();
    },
  };
}
