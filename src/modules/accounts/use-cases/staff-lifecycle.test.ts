import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenSession, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemClock } from '../../../core/clock.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { sessionResolver } from './resolve-session.js';
import { deactivateStaff, reactivateStaff } from './staff-lifecycle.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const identity = {
  givenName: 'Amina',
  familyName: 'Youssef',
  birthDate: '2003-04-05',
  immigrationStatus: 'refugee' as const,
};

describe('a deactivated staff member', () => {
  it('loses every session and is refused as the referent of a new person until reactivated', async () => {
    const deps = testDeps(database);
    const organization = await givenOrganization(database.db);
    const director = await givenStaff(database.db, organization.id, 'director');
    await givenSession(database.db, director.actor.userId, organization.id);
    // As if the director had just logged in: deactivating asks for a recent proof of identity.
    await database.db.updateTable('sessions').set({ authenticated_at: new Date() }).execute();
    const { id: sessionId } = await database.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', director.actor.userId)
      .executeTakeFirstOrThrow();
    const leaver = await givenStaff(database.db, organization.id, 'counselor', { displayName: 'Léa Martin' });
    const leaverSession = await givenSession(database.db, leaver.actor.userId, organization.id);
    const token = leaverSession.cookies.passerelle_session!;
    expect(await sessionResolver(database.db, systemClock)(token)).not.toBeNull();
    const directorCtx = { ...director, actor: { ...director.actor, sessionId } };

    await expect(deactivateStaff(deps)(directorCtx, { userId: leaver.actor.userId })).resolves.toEqual({
      ok: true,
      endedSessions: 1,
    });
    expect(await sessionResolver(database.db, systemClock)(token)).toBeNull();
    await expect(
      createPerson(deps)(director, { identity: { ...identity, referentUserId: leaver.actor.userId } }),
    ).rejects.toMatchObject({
      code: 'REFERENT_NOT_ELIGIBLE',
      params: { name: 'Léa Martin' },
    });

    await reactivateStaff(deps)(directorCtx, { userId: leaver.actor.userId });
    await expect(
      createPerson(deps)(director, { identity: { ...identity, referentUserId: leaver.actor.userId } }),
    ).resolves.toMatchObject({ id: expect.any(String) });
  });
});
