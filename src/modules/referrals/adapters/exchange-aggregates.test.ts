import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import {
  aggregateExchanges,
  type ExchangeAggregates,
  type ExchangeFact,
  type ExchangeSelection,
  sortedAggregates,
} from '../domain/exchange-figures.js';
import { declineReasons, referralKinds } from '../domain/vocabulary.js';
import { exchangeAggregates, sendersOf } from './exchange-aggregates.js';
import { referralFacts } from './referral-facts.js';

/**
 * The referral figures' SQL (three aggregate statements) against their pure definition, on random
 * referrals in every state, made in one of two programs or in none, and random selections (the program,
 * period, organizations in view, each sender's delay, the moment of reading), on the engine the run is on (PGlite, or PostgreSQL with DATABASE_URL).
 */
let database: TestDatabase;
const organizationIds: string[] = [];
// A referral's program carries no foreign key (ADR 12): two ids stand for two programs.
const programIds = [crypto.randomUUID(), crypto.randomUUID()];
const staffOf = new Map<string, { userId: string; personId: string }>();
const dayMs = 86_400_000;
const yearStart = Date.parse('2026-01-01T00:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  const deps = testDeps(database, fixedClock('2026-01-01T09:00:00Z'));
  for (const name of ['Association A', 'Mission Locale B', 'CADA C', 'France Travail D']) {
    const organization = await givenOrganization(database.db, { name });
    const staff = await givenStaff(database.db, organization.id, 'counselor');
    const { id: personId } = await createPerson(deps)(staff, {
      identity: { givenName: 'Figure', familyName: name },
    });
    organizationIds.push(organization.id);
    staffOf.set(organization.id, { userId: staff.actor.userId, personId });
  }
});
afterAll(() => database.close());

const statuses = ['pending', 'accepted', 'declined', 'completed', 'withdrawn'] as const;

const referralArbitrary = fc.record({
  sender: fc.nat(3),
  receiver: fc.option(fc.nat(2), { freq: 4 }),
  program: fc.option(fc.nat(1), { freq: 3 }),
  purpose: fc.constantFrom(...referralKinds),
  status: fc.constantFrom(...statuses),
  declinedAfterAccepting: fc.boolean(),
  reason: fc.constantFrom(...declineReasons),
  sentMs: fc.integer({ min: 0, max: 364 * dayMs }),
  // Whole days half of the time, so that an answer exactly at the delay is drawn.
  waitMs: fc.oneof(
    fc.integer({ min: 0, max: 20 }).map((d) => d * dayMs),
    fc.integer({ min: 0, max: 20 * dayMs }),
  ),
});

async function insertReferrals(count: number, seed: number) {
  const drawn = fc.sample(referralArbitrary, { numRuns: count, seed });
  const rows = drawn.map((d) => {
    const sender = organizationIds[d.sender]!;
    const others = organizationIds.filter((id) => id !== sender);
    const receiver = d.receiver === null ? null : others[d.receiver]!;
    const sentAt = new Date(yearStart + d.sentMs);
    const after = new Date(sentAt.getTime() + d.waitMs);
    const answered = d.status === 'accepted' || d.status === 'completed' || d.status === 'declined';
    const { userId, personId } = staffOf.get(sender)!;
    return {
      id: crypto.randomUUID(),
      organization_id: sender,
      person_id: personId,
      receiver_organization_id: receiver,
      service_id: receiver === null ? crypto.randomUUID() : null,
      service_organization_id: receiver === null ? sender : null,
      service_name: receiver === null ? 'Cours de FLE' : null,
      purpose: d.purpose,
      program_id: d.program === null ? null : programIds[d.program]!,
      consent_id: receiver === null ? null : crypto.randomUUID(),
      status: d.status,
      sent_at: sentAt,
      sent_by: userId,
      answered_at: answered ? after : null,
      answered_by: answered ? userId : null,
      decline_reason: d.status === 'declined' ? d.reason : null,
      completed_at: d.status === 'completed' ? new Date(after.getTime() + dayMs) : null,
      closed_at:
        d.status === 'pending' || d.status === 'accepted'
          ? null
          : new Date(after.getTime() + (d.status === 'declined' && d.declinedAfterAccepting ? 2 * dayMs : 0)),
      updated_at: sentAt,
    };
  });
  for (let i = 0; i < rows.length; i += 100)
    await database.db
      .insertInto('referrals')
      .values(rows.slice(i, i + 100))
      .execute();
}

async function factsInDatabase(): Promise<ExchangeFact[]> {
  const rows = await database.db
    .selectFrom('referrals')
    .select([
      'organization_id',
      'receiver_organization_id',
      'program_id',
      'purpose',
      'status',
      'decline_reason',
      'sent_at',
      'answered_at',
      'closed_at',
    ])
    .execute();
  return rows.map((r) => ({
    senderId: r.organization_id,
    receiverId: r.receiver_organization_id,
    programId: r.program_id,
    category: r.purpose,
    status: r.status,
    declineReason: r.decline_reason,
    sentAt: new Date(r.sent_at),
    answeredAt: r.answered_at === null ? null : new Date(r.answered_at),
    closedAt: r.answered_at === null && r.closed_at !== null ? new Date(r.closed_at) : null,
  }));
}

const selectionArbitrary = fc.record({
  program: fc.nat(1),
  startDay: fc.integer({ min: -10, max: 300 }),
  days: fc.integer({ min: 1, max: 400 }),
  scope: fc.subarray([0, 1, 2, 3], { minLength: 1 }),
  delays: fc.array(fc.option(fc.integer({ min: 1, max: 60 }), { freq: 2 }), { minLength: 4, maxLength: 4 }),
  nowDay: fc.integer({ min: 0, max: 420 }),
});

type DrawnSelection = typeof selectionArbitrary extends fc.Arbitrary<infer S> ? S : never;

function selectionOf(drawn: DrawnSelection): ExchangeSelection {
  const delayOf = new Map<string, number>();
  drawn.delays.forEach((days, i) => {
    if (days !== null) delayOf.set(organizationIds[i]!, days);
  });
  return {
    programId: programIds[drawn.program]!,
    start: new Date(yearStart + drawn.startDay * dayMs),
    end: new Date(yearStart + (drawn.startDay + drawn.days) * dayMs),
    organizationIds: drawn.scope.map((i) => organizationIds[i]!),
    delayOf,
    defaultDelay: 7,
    now: new Date(yearStart + drawn.nowDay * dayMs + 3_600_000),
  };
}

const comparable = (aggregates: ExchangeAggregates) => {
  const sorted = sortedAggregates(aggregates);
  return {
    ...sorted,
    answers: sorted.answers.map((a) => ({
      ...a,
      medianDays: a.medianDays === null ? null : Math.round(a.medianDays * 1e9) / 1e9,
    })),
  };
};

describe('referral figures in SQL', () => {
  it('equal the pure definition on random referrals and selections', async () => {
    await insertReferrals(800, 1616);
    const facts = await factsInDatabase();
    expect(facts).toHaveLength(800);
    const selections = fc.sample(selectionArbitrary, { numRuns: 25, seed: 2026 }).map(selectionOf);
    // The whole year and every organization, as a steering reader sees it, too.
    selections.push({
      programId: programIds[0]!,
      start: new Date(yearStart),
      end: new Date(yearStart + 365 * dayMs),
      organizationIds,
      delayOf: new Map([[organizationIds[0]!, 3]]),
      defaultDelay: 7,
      now: new Date(yearStart + 400 * dayMs),
    });
    let answered = 0;
    let withoutProgram = 0;
    for (const selection of selections) {
      const inDatabase = await exchangeAggregates(database.db, referralFacts, selection);
      const defined = aggregateExchanges(facts, selection);
      expect(comparable(inDatabase)).toEqual(comparable(defined));
      expect(new Set(await sendersOf(database.db, referralFacts, selection))).toEqual(
        new Set(
          facts
            .filter(
              (f) =>
                f.programId === selection.programId &&
                f.sentAt >= selection.start &&
                f.sentAt < selection.end &&
                (selection.organizationIds.includes(f.senderId) ||
                  (f.receiverId !== null && selection.organizationIds.includes(f.receiverId))),
            )
            .map((f) => f.senderId),
        ),
      );
      answered += defined.answers.find((a) => a.receiverId === null)?.answered ?? 0;
      withoutProgram += defined.withoutProgram;
    }
    // The draw is not degenerate: answers, declines by reason and services were compared.
    expect(answered).toBeGreaterThan(100);
    expect(withoutProgram).toBeGreaterThan(100);
    expect(facts.some((f) => f.receiverId === null)).toBe(true);
    expect(facts.filter((f) => f.status === 'declined').length).toBeGreaterThan(20);
  });

  it('an empty selection gives the overall answers row only', async () => {
    const selection: ExchangeSelection = {
      programId: programIds[0]!,
      start: new Date('2030-01-01T00:00:00Z'),
      end: new Date('2030-02-01T00:00:00Z'),
      organizationIds,
      delayOf: new Map(),
      defaultDelay: 7,
      now: new Date('2030-03-01T00:00:00Z'),
    };
    const empty = {
      withoutProgram: 0,
      cells: [],
      organizations: [],
      answers: [{ receiverId: null, answered: 0, medianDays: null, due: 0, withinDelay: 0 }],
    };
    expect(await exchangeAggregates(database.db, referralFacts, selection)).toEqual(empty);
    expect(aggregateExchanges(await factsInDatabase(), selection)).toEqual(empty);
  });
});
