import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../test/support/fixtures.js';
import { givenPersonSharedWith } from '../../../test/support/shared-person.js';
import { testDeps } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { fixedClock } from '../../core/clock.js';
import { runDueJobs } from '../../core/jobs/job-queue.js';
import { referralJobHandlers, referralRemindersKind } from './jobs.js';
import { sendReferral } from './use-cases/send-referral.js';

/**
 * A referral to an organization of the platform tells its coordinators by e-mail, in its language,
 * without the person; the reminders are worded in each organization's language.
 */
let database: TestDatabase;
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let sender: Staff;
let receiverCoordinator: Staff;
let receiverId: string;
let frenchReceiverId: string;
let frenchCoordinator: Staff;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-06-15T10:00:00Z'));
  const db = database.db;
  const association = await givenOrganization(db, { name: 'Association Solidarité Montréal' });
  const english = await givenOrganization(db, { name: 'Welcome Centre Sherbrooke' });
  const french = await givenOrganization(db, { name: 'Carrefour Rimouski' });
  receiverId = english.id;
  frenchReceiverId = french.id;
  await db.updateTable('organizations').set({ default_locale: 'en' }).where('id', '=', english.id).execute();
  const coordination = await givenOrganization(db, { name: 'Coordination' });
  await givenConsortium(db, coordination.id, [association.id, english.id, french.id]);
  sender = await givenStaff(db, association.id, 'counselor');
  receiverCoordinator = await givenStaff(db, english.id, 'coordinator', { email: 'coord@welcome.test' });
  await givenStaff(db, english.id, 'counselor', { email: 'counselor@welcome.test' });
  frenchCoordinator = await givenStaff(db, french.id, 'coordinator', { email: 'coord@carrefour.test' });
});
afterAll(() => database.close());

async function referredTo(organizationId: string, givenName: string) {
  const personId = await givenPersonSharedWith(
    deps,
    sender,
    { givenName, familyName: 'Haddad', immigrationStatus: 'refugee' },
    organizationId,
  );
  const { id } = await sendReferral(deps)(sender, {
    personId,
    receiverOrganizationId: organizationId,
    purpose: 'health',
  });
  return { personId, id };
}

describe('the e-mail of a referral received', () => {
  it('goes to the receiver’s coordinators in its language, once, naming neither the person nor the purpose', async () => {
    const { id } = await referredTo(receiverId, 'Zeinab');
    await runDueJobs(deps, referralJobHandlers);
    await runDueJobs(deps, referralJobHandlers);
    const mails = deps.mailer.messages.filter((m) => m.organizationId === receiverId);
    expect(mails).toEqual([
      expect.objectContaining({
        to: 'coord@welcome.test',
        subject: 'New referral from Association Solidarité Montréal',
        text: expect.stringContaining(`/referrals/${id}`),
      }),
    ]);
    const text = `${mails[0]?.subject} ${mails[0]?.text}`;
    for (const secret of ['Zeinab', 'Haddad', 'refugee', 'health', 'santé'])
      expect(text).not.toContain(secret);

    await referredTo(frenchReceiverId, 'Rami');
    await runDueJobs(deps, referralJobHandlers);
    expect(deps.mailer.to('coord@carrefour.test')).toMatchObject([
      { subject: 'Nouvelle orientation de Association Solidarité Montréal' },
    ]);
    expect(frenchCoordinator.actor.organizationId).toBe(frenchReceiverId);
  });

  it('words the reminders in each organization’s language', async () => {
    const { personId } = await referredTo(receiverId, 'Lina');
    await referralJobHandlers[referralRemindersKind]?.(
      testDeps(database, fixedClock('2026-06-22T10:00:00Z')),
      {},
      undefined as never,
    );
    const tasks = await database.db
      .selectFrom('tasks')
      .select(['assignee_user_id', 'person_id', 'title', 'note'])
      .execute();
    expect(tasks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          assignee_user_id: receiverCoordinator.actor.userId,
          title:
            'Referral received from Association Solidarité Montréal unanswered for 7 days: accept or decline it',
          note: expect.stringContaining('Open Referrals'),
        }),
        expect.objectContaining({
          person_id: personId,
          title:
            'Orientation vers Welcome Centre Sherbrooke sans réponse depuis 7 jours : relancer la structure',
        }),
      ]),
    );
  });
});
