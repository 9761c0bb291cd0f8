import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../test/support/fixtures.js';
import { givenPersonSharedWith } from '../../../test/support/shared-person.js';
import { testDeps } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { fixedClock } from '../../core/clock.js';
import type { Deps } from '../../core/use-case.js';
import { setReminderDelays } from '../organizations/use-cases/set-reminder-delays.js';
import { referralJobHandlers, referralRemindersKind } from './jobs.js';
import { sendReferral } from './use-cases/send-referral.js';

/**
 * The daily reminders of pending referrals read each sending organization's delay (migration 0086), not
 * the 7 days of before: an association that set 3 days is reminded on the third day and every three days
 * after; one that set nothing still waits 7.
 */
let database: TestDatabase;
let deps: Deps;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let quick: Staff;
let patient: Staff;
let receiverId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-06-15T10:00:00Z'));
  const db = database.db;
  const association = await givenOrganization(db, { name: 'Association Rapide' });
  const other = await givenOrganization(db, { name: 'Association Patiente' });
  const missionLocale = await givenOrganization(db, { name: 'Mission Locale de Toulouse' });
  receiverId = missionLocale.id;
  await givenConsortium(db, missionLocale.id, [association.id, other.id, missionLocale.id]);
  quick = await givenStaff(db, association.id, 'counselor');
  patient = await givenStaff(db, other.id, 'counselor');
  await givenStaff(db, missionLocale.id, 'coordinator');
  await setReminderDelays(deps)(await givenStaff(db, association.id, 'director'), {
    referralDays: 3,
    handoffDays: 7,
  });
});
afterAll(() => database.close());

async function referral(by: Staff, givenName: string) {
  const personId = await givenPersonSharedWith(deps, by, { givenName, familyName: 'Delay' }, receiverId);
  await sendReferral(deps)(by, { personId, receiverOrganizationId: receiverId, purpose: 'housing' });
  return personId;
}

const run = (at: string) =>
  referralJobHandlers[referralRemindersKind]?.(testDeps(database, fixedClock(at)), {}, undefined as never);

const senderTasks = (personId: string) =>
  database.db
    .selectFrom('tasks')
    .select(['title', 'note', 'due_on'])
    .where('person_id', '=', personId)
    .orderBy('due_on')
    .execute();

describe('the reminder delay of a pending referral', () => {
  it('is the sending organization’s: 3 days for one that set 3, every 3 days; still 7 for one that set none', async () => {
    const fast = await referral(quick, 'Amina');
    const slow = await referral(patient, 'Bilal');
    await run('2026-06-17T10:00:00Z');
    expect(await senderTasks(fast)).toEqual([]);
    await run('2026-06-18T10:00:00Z');
    expect(await senderTasks(fast)).toEqual([
      {
        title:
          'Orientation vers Mission Locale de Toulouse sans réponse depuis 3 jours : relancer la structure',
        note: 'Ouvrir Orientations. Une orientation en attente est rappelée tous les 3 jours tant que personne n’y répond.',
        due_on: '2026-06-18',
      },
    ]);
    expect(await senderTasks(slow)).toEqual([]);
    // The receiver's coordinators are reminded at the sender's delay too, naming the sender.
    const receiverTasks = await database.db
      .selectFrom('tasks')
      .select('title')
      .where('organization_id', '=', receiverId)
      .execute();
    expect(receiverTasks.map((t) => t.title)).toEqual([
      'Orientation reçue de Association Rapide sans réponse depuis 3 jours : l’accepter ou la décliner',
    ]);
    await run('2026-06-20T10:00:00Z');
    expect(await senderTasks(fast)).toHaveLength(1);
    await run('2026-06-21T10:00:00Z');
    expect(await senderTasks(fast)).toHaveLength(2);
    await run('2026-06-21T10:00:00Z');
    expect(await senderTasks(slow)).toEqual([]);
    await run('2026-06-22T10:00:00Z');
    expect(await senderTasks(slow)).toMatchObject([{ title: expect.stringContaining('depuis 7 jours') }]);
  });
});
