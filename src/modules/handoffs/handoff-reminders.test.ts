import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../test/support/fixtures.js';
import { testDeps } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { fixedClock } from '../../core/clock.js';
import type { Deps } from '../../core/use-case.js';
import { addPersonItem } from '../people/use-cases/add-person-item.js';
import { createPerson } from '../people/use-cases/create-person.js';
import { handoffJobHandlers, handoffRemindersKind } from './jobs.js';
import { acceptHandoff } from './use-cases/accept-handoff.js';
import { proposeHandoff } from './use-cases/propose-handoff.js';

/**
 * The daily sweep: a proposal unanswered for seven days gives one task to the receiver's coordinators
 * (in the receiver's language, on nobody) and one to the person's referent at the sender (in French
 * there), once per proposal; a proposal answered in time gives none.
 */
let database: TestDatabase;
let deps: Deps;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let promis: Staff;
let receiverCoordinator: Staff;
let receiverCounselor: Staff;
let receiverId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-06-01T14:00:00Z'));
  const db = database.db;
  const montreal = await givenOrganization(db, { name: 'PROMIS' });
  const partner = await givenOrganization(db, { name: 'Open Door Gatineau' });
  receiverId = partner.id;
  await db.updateTable('organizations').set({ default_locale: 'en' }).where('id', '=', partner.id).execute();
  await givenConsortium(db, montreal.id, [montreal.id, partner.id]);
  promis = await givenStaff(db, montreal.id, 'counselor');
  receiverCoordinator = await givenStaff(db, partner.id, 'coordinator');
  receiverCounselor = await givenStaff(db, partner.id, 'counselor');
});
afterAll(() => database.close());

async function proposal(givenName: string) {
  const { id: personId } = await createPerson(deps)(promis, {
    identity: { givenName, familyName: 'Reminder', birthDate: '1990-01-01' },
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
  const { id } = await proposeHandoff(deps)(promis, {
    personId,
    receiverOrganizationId: receiverId,
    reason: 'moved_to_region',
  });
  return { personId, id };
}

const run = (at: string) =>
  handoffJobHandlers[handoffRemindersKind]?.(testDeps(database, fixedClock(at)), {}, undefined as never);

const tasks = () =>
  database.db
    .selectFrom('tasks')
    .select(['organization_id', 'person_id', 'assignee_user_id', 'title', 'due_on'])
    .orderBy('title')
    .execute();

describe('reminders of a proposal that waits', () => {
  it('after seven days: one task for the receiver’s coordinator in its language, one for the referent, once', async () => {
    const waiting = await proposal('Samira');
    const answered = await proposal('Yusuf');
    await acceptHandoff(testDeps(database, fixedClock('2026-06-03T14:00:00Z')))(receiverCounselor, {
      handoffId: answered.id,
      referentUserId: receiverCounselor.actor.userId,
    });
    await run('2026-06-07T10:00:00Z');
    expect(await tasks()).toEqual([]);
    await run('2026-06-08T10:00:00Z');
    const given = await tasks();
    expect(given).toHaveLength(2);
    expect(given).toEqual(
      expect.arrayContaining([
        {
          organization_id: receiverId,
          person_id: null,
          assignee_user_id: receiverCoordinator.actor.userId,
          title: 'Hand-off proposed by PROMIS unanswered for 7 days: take it over or decline it',
          due_on: '2026-06-08',
        },
        {
          organization_id: promis.actor.organizationId,
          person_id: waiting.personId,
          assignee_user_id: promis.actor.userId,
          title:
            'Passage de relais vers Open Door Gatineau sans réponse depuis 7 jours : relancer la structure',
          due_on: '2026-06-08',
        },
      ]),
    );
    // Once per proposal: neither the next days nor a second run of the same day remind it again.
    await run('2026-06-08T11:00:00Z');
    await run('2026-06-20T10:00:00Z');
    expect(await tasks()).toHaveLength(2);
    const audited = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'handoff.reminders')
      .execute();
    expect(audited).toHaveLength(1);
  });
});
