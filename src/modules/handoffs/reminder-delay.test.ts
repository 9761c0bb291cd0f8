import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../test/support/fixtures.js';
import { testDeps } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { fixedClock } from '../../core/clock.js';
import type { Deps } from '../../core/use-case.js';
import { setReminderDelays } from '../organizations/use-cases/set-reminder-delays.js';
import { addPersonItem } from '../people/use-cases/add-person-item.js';
import { createPerson } from '../people/use-cases/create-person.js';
import { handoffJobHandlers, handoffRemindersKind } from './jobs.js';
import { proposeHandoff } from './use-cases/propose-handoff.js';

/**
 * The reminder of a proposal that waits reads the proposing organization's delay (migration 0086): 12
 * days for one that set 12 — not the 7 of before — and still once.
 */
let database: TestDatabase;
let deps: Deps;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let promis: Staff;
let receiverId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-06-01T14:00:00Z'));
  const db = database.db;
  const montreal = await givenOrganization(db, { name: 'PROMIS' });
  const partner = await givenOrganization(db, { name: 'Open Door Rimouski' });
  receiverId = partner.id;
  await db.updateTable('organizations').set({ default_locale: 'en' }).where('id', '=', partner.id).execute();
  await givenConsortium(db, montreal.id, [montreal.id, partner.id]);
  promis = await givenStaff(db, montreal.id, 'counselor');
  await givenStaff(db, partner.id, 'coordinator');
  await setReminderDelays(deps)(await givenStaff(db, montreal.id, 'administrator'), {
    referralDays: 7,
    handoffDays: 12,
  });
});
afterAll(() => database.close());

const run = (at: string) =>
  handoffJobHandlers[handoffRemindersKind]?.(testDeps(database, fixedClock(at)), {}, undefined as never);

const tasks = () =>
  database.db
    .selectFrom('tasks')
    .select(['organization_id', 'title', 'note', 'due_on'])
    .orderBy('title')
    .execute();

describe('the reminder delay of a proposed hand-off', () => {
  it('is the proposing organization’s: 12 days, once', async () => {
    const { id: personId } = await createPerson(deps)(promis, {
      identity: { givenName: 'Samira', familyName: 'Delay', birthDate: '1990-01-01' },
    });
    await addPersonItem(deps)(promis, {
      personId,
      item: {
        kind: 'consent',
        data: {
          purpose: 'sharing_with_partners',
          givenOn: '2026-05-01',
          partnerOrganizationIds: [receiverId],
          covers: ['identity'],
        } as never,
      },
    });
    await proposeHandoff(deps)(promis, {
      personId,
      receiverOrganizationId: receiverId,
      reason: 'moved_to_region',
    });
    await run('2026-06-08T10:00:00Z');
    await run('2026-06-12T10:00:00Z');
    expect(await tasks()).toEqual([]);
    await run('2026-06-13T10:00:00Z');
    expect(await tasks()).toEqual([
      {
        organization_id: receiverId,
        title: 'Hand-off proposed by PROMIS unanswered for 12 days: take it over or decline it',
        note: 'Open Hand-offs. A hand-off waiting for an answer is reminded once, after 12 days without one.',
        due_on: '2026-06-13',
      },
      {
        organization_id: promis.actor.organizationId,
        title:
          'Passage de relais vers Open Door Rimouski sans réponse depuis 12 jours : relancer la structure',
        note: 'Ouvrir Passages de relais. Un passage de relais en attente est rappelé une fois, après 12 jours sans réponse.',
        due_on: '2026-06-13',
      },
    ]);
    await run('2026-06-30T10:00:00Z');
    expect(await tasks()).toHaveLength(2);
  });
});
