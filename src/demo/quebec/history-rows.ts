import { addMonths } from '../../core/calendar.js';
import { uuidv7 } from '../../core/ids.js';
import { addDays } from '../demo-calendar.js';
import type { Random } from '../random.js';
import type { HistoryCast } from './history.js';

/**
 * ILLUSTRATIVE DATA. The rows of the Québec history besides enrolments and moves: the anonymized
 * files, the exploratory stays hosted by regional partners, and the front door's requests.
 */

export function dayOfYear(year: number, index: number, count: number, lastDay: string): string {
  const start = Date.UTC(year, 0, 1);
  const end = Math.min(Date.UTC(year, 11, 31), Date.parse(`${lastDay}T00:00:00Z`));
  const day = start + Math.floor(((end - start) * (index + 0.5)) / count);
  return new Date(day).toISOString().slice(0, 10);
}

export type Rows = Record<'people' | 'privacy' | 'stays' | 'requests', Record<string, unknown>[]>;
export type Member = HistoryCast['members'][number];
export interface Mover {
  personId: string;
  organizationId: string;
  userId: string;
  movedOn: string;
}

/** A file closed and anonymized by the retention job: a pseudonym and a birth year, nothing else. */
export function anonymousFile(
  rows: Rows,
  random: Random,
  personId: string,
  member: Member,
  openedOn: string,
  today: string,
) {
  // Drawn from the seeded sequence, not from the id: two loads of the demo name the same people.
  const pseudonym = `ANON ${random.int(0, 0xfffffff).toString(16).toUpperCase().padStart(7, '0')}`;
  const anonymizedAt = new Date(`${[addMonths(openedOn, 16), today].sort()[0]}T03:00:00Z`);
  rows.people.push({
    id: personId,
    organization_id: member.organizationId,
    given_name: 'ANON',
    family_name: pseudonym.slice(5),
    given_name_original: null,
    family_name_original: null,
    sex: random.pick(['female', 'male'] as const),
    birth_date: null,
    nationality: null,
    phone: null,
    email: null,
    address: null,
    city: null,
    region: 'Québec',
    country: 'CA',
    preferred_language: null,
    sealed_status: null,
    arrival_date: null,
    referent_user_id: null,
    search_text: '',
    counting_key: null,
    created_by: member.userId,
    created_at: new Date(`${openedOn}T14:00:00Z`),
    updated_at: anonymizedAt,
  });
  rows.privacy.push({
    person_id: personId,
    organization_id: member.organizationId,
    anonymized_at: anonymizedAt,
    anonymized_by: null,
    anonymization_reason: 'retention_period',
    pseudonym,
    birth_year: Number(openedOn.slice(0, 4)) - random.int(24, 52),
  });
}

/**
 * Exploratory stays hosted by the regional partners: most households who moved went on one first;
 * others went and did not move (their files, too, long since anonymized).
 */
export function addStays(
  rows: Rows,
  random: Random,
  cast: HistoryCast,
  year: number,
  count: number,
  movers: readonly Mover[],
  shares: readonly Member[],
) {
  const hosted = Object.keys(cast.hosts);
  const stay = (
    person: { personId: string; organizationId: string; userId: string },
    startsOn: string,
    decision: string,
  ) => {
    const endsOn = addDays(startsOn, random.int(1, 4));
    const decidedOn = decision === 'decided_to_move' ? addDays(endsOn, random.int(1, 10)) : null;
    const regionCode = random.pick(hosted);
    const reportedAt = new Date(`${decidedOn ?? endsOn}T16:00:00Z`);
    rows.stays.push({
      id: uuidv7(),
      organization_id: person.organizationId,
      person_id: person.personId,
      household_key: person.personId,
      region_country: 'CA',
      region_code: regionCode,
      host_organization_id: cast.hosts[regionCode],
      starts_on: startsOn,
      ends_on: endsOn,
      children_without_file: random.int(0, 3),
      status: 'done',
      decision,
      decided_on: decidedOn,
      reported_by: person.userId,
      reported_at: reportedAt,
      created_by: person.userId,
      created_at: new Date(`${addDays(startsOn, -30)}T14:00:00Z`),
      updated_at: reportedAt,
    });
  };
  for (const mover of movers) {
    const startsOn = addDays(mover.movedOn, -random.int(30, 90));
    if (random.chance(0.7) && startsOn.startsWith(String(year))) stay(mover, startsOn, 'decided_to_move');
  }
  const others = Math.round(count * 0.45);
  for (let index = 0; index < others; index++) {
    const member = shares[random.int(0, shares.length - 1)]!;
    const startsOn = dayOfYear(year, index, others, addDays(cast.today, -20));
    const person = { personId: uuidv7(), organizationId: member.organizationId, userId: member.userId };
    anonymousFile(rows, random, person.personId, member, addDays(startsOn, -40), cast.today);
    stay(person, startsOn, random.pick(['interested', 'not_interested', 'not_interested']));
  }
}

/**
 * The front door's requests: more than twice the households who settle; those who came through it
 * are linked to their file, the others closed with why. All anonymized (nobody is named in them).
 */
export function addRequests(
  rows: Rows,
  random: Random,
  cast: HistoryCast,
  year: number,
  count: number,
  movers: readonly Mover[],
  shares: readonly Member[],
) {
  const total = Math.round(count * 2.2);
  const converted = movers.filter(() => random.chance(0.6));
  for (let index = 0; index < total; index++) {
    const receivedOn = dayOfYear(year, index, total, cast.today);
    const mover = converted[index];
    const member = mover ?? shares[random.int(0, shares.length - 1)]!;
    const receivedAt = new Date(
      `${[receivedOn, mover ? addDays(mover.movedOn, -120) : receivedOn].sort()[0]}T13:00:00Z`,
    );
    rows.requests.push({
      id: uuidv7(),
      organization_id: cast.frontDoor.organizationId,
      program_id: cast.programId,
      consortium_id: cast.frontDoor.consortiumId,
      received_at: receivedAt,
      last_received_at: receivedAt,
      repeat_count: 0,
      language: random.pick(['fr', 'fr', 'fr', 'en', 'ar', 'es'] as const),
      residence_country: random.chance(0.9) ? 'CA' : random.pick(['TN', 'CO', 'MA', 'FR'] as const),
      languages: JSON.stringify([]),
      regions_sought: JSON.stringify([]),
      any_region: true,
      community_kinds: JSON.stringify([]),
      community_needs: JSON.stringify([]),
      household_size: random.int(1, 6),
      with_children: random.chance(0.6),
      consent_text_version: 'v1',
      consent_given_at: receivedAt,
      state: mover ? 'converted' : 'closed',
      assigned_organization_id: member.organizationId,
      assigned_by: cast.frontDoor.userId,
      assigned_at: receivedAt,
      close_reason: mover
        ? null
        : random.pick(['withdrew', 'unreachable', 'not_eligible', 'withdrew'] as const),
      closed_by: mover ? null : member.userId,
      closed_at: mover ? null : receivedAt,
      person_id: mover?.personId ?? null,
      converted_by: mover ? member.userId : null,
      converted_at: mover ? receivedAt : null,
      anonymized_at: new Date(`${[addMonths(receivedOn, 12), cast.today].sort()[0]}T03:00:00Z`),
    });
  }
}
