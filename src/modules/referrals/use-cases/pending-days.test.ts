import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenPersonSharedWith } from '../../../../test/support/shared-person.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import type { Deps } from '../../../core/use-case.js';
import { listReferrals } from './list-referrals.js';
import { readReferral } from './read-referral.js';
import { sendReferral } from './send-referral.js';

/**
 * "Waiting for N days" counts the sending organization's days, on both sides, as the reminders do:
 * not UTC days, nor each reader's own.
 */
let database: TestDatabase;
let deps: Deps;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let sender: Staff;
let receiver: Staff;
let receiverId: string;
const clock = fixedClock('2026-06-15T20:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const db = database.db;
  const montreal = await givenOrganization(db, {
    name: 'Carrefour Montréal',
    country: 'CA',
    timeZone: 'America/Toronto',
  });
  const paris = await givenOrganization(db, { name: 'Mission Locale de Paris', timeZone: 'Europe/Paris' });
  receiverId = paris.id;
  await givenConsortium(db, paris.id, [montreal.id, paris.id]);
  sender = await givenStaff(db, montreal.id, 'counselor');
  receiver = await givenStaff(db, paris.id, 'coordinator');
});
afterAll(() => database.close());

describe('the days a referral has been pending', () => {
  it("are the sender's days, whatever UTC or the receiver's calendar says", async () => {
    clock.set('2026-06-15T20:00:00Z');
    const personId = await givenPersonSharedWith(
      deps,
      sender,
      { givenName: 'Amal', familyName: 'Days' },
      receiverId,
    );
    // 16:00 on 15 June in Montréal.
    const { id } = await sendReferral(deps)(sender, {
      personId,
      receiverOrganizationId: receiverId,
      purpose: 'housing',
    });
    const seen = async () => ({
      sender: (await readReferral(deps)(sender, { referralId: id })).pendingDays,
      receiver: (await listReferrals(deps)(receiver, { box: 'received' })).items.find((r) => r.id === id)
        ?.pendingDays,
    });

    // 22:00 the same day in Montréal, already 16 June in UTC and in Paris.
    clock.set('2026-06-16T02:00:00Z');
    expect(await seen()).toEqual({ sender: 0, receiver: 0 });
    // 00:30 on 16 June in Montréal.
    clock.set('2026-06-16T04:30:00Z');
    expect(await seen()).toEqual({ sender: 1, receiver: 1 });
    clock.set('2026-06-22T03:59:00Z');
    expect(await seen()).toEqual({ sender: 6, receiver: 6 });
  });
});
