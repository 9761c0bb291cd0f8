import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import '../../../core/timeline/tables.js';
import { bulkReassignReferents } from './bulk-reassign-referents.js';
import { createPerson } from './create-person.js';
import { getPersonFile } from './get-person-file.js';
import { reassignReferent } from './reassign-referent.js';
import { referentHistory } from './referent-history.js';
import { updatePerson } from './update-person.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

type Staff = Awaited<ReturnType<typeof givenStaff>>;

async function givenTeam() {
  const organization = await givenOrganization(database.db);
  const staff = (role: Parameters<typeof givenStaff>[2], displayName: string) =>
    givenStaff(database.db, organization.id, role, { displayName });
  return {
    organization,
    leaving: await staff('counselor', 'Nadia Leaving'),
    colleague: await staff('counselor', 'Camille Colleague'),
    other: await staff('program_referent', 'Olivier Other'),
    director: await staff('director', 'Dominique Director'),
    coordinator: await staff('coordinator', 'Claude Coordinator'),
    funder: await staff('funder', 'Fanny Funder'),
  };
}

async function givenPeopleOf(counselor: Staff, count: number, family = 'Followed') {
  const deps = testDeps(database);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await createPerson(deps)(counselor, {
      identity: { givenName: `P${String(i).padStart(3, '0')}`, familyName: family },
    });
    ids.push(id);
  }
  return ids;
}

const referentsOf = async (ids: readonly string[]) =>
  new Map(
    (
      await database.db
        .selectFrom('people')
        .select(['id', 'referent_user_id'])
        .where('id', 'in', ids)
        .execute()
    ).map((r) => [r.id, r.referent_user_id]),
  );
const historyRows = (ids: readonly string[]) =>
  database.db.selectFrom('person_referent_changes').selectAll().where('person_id', 'in', ids).execute();

describe("changing one person's referent", () => {
  it('records who followed whom, with the reason in the history only, and the names on the timeline', async () => {
    const deps = testDeps(database);
    const team = await givenTeam();
    const [id] = await givenPeopleOf(team.leaving, 1);
    const reason = 'Moves to the Mirail office, closer to her home';
    expect(
      await reassignReferent(deps)(team.leaving, {
        personId: id!,
        referentUserId: team.colleague.actor.userId,
        reason,
      }),
    ).toEqual({ id, changed: true });

    const file = await getPersonFile(deps)(team.colleague, { personId: id! });
    expect(file.identity.referentName).toBe('Camille Colleague');
    const history = await referentHistory(deps)(team.colleague, { personId: id! });
    expect(history.items).toEqual([
      expect.objectContaining({
        fromUserId: team.leaving.actor.userId,
        fromName: 'Nadia Leaving',
        toUserId: team.colleague.actor.userId,
        toName: 'Camille Colleague',
        reason,
        changedByName: 'Nadia Leaving',
      }),
    ]);
    const events = await database.db
      .selectFrom('timeline_events')
      .selectAll()
      .where('person_id', '=', id!)
      .where('kind', '=', 'person.referent_changed')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toEqual({ from: 'Nadia Leaving', to: 'Camille Colleague' });
    const audits = await database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('person_id', '=', id!)
      .orderBy('inserted_seq')
      .execute();
    expect(audits.map((a) => a.action)).toEqual([
      'person.create',
      'person.referent_change',
      'person.read',
      'person.referent_history.read',
    ]);
    expect(JSON.stringify(audits)).not.toContain('Mirail');
  });

  it('changes nothing when the referent stays the same, and the history keeps every change newest first', async () => {
    const deps = testDeps(database);
    const team = await givenTeam();
    const [id] = await givenPeopleOf(team.leaving, 1);
    const to = (s: Staff) => ({ personId: id!, referentUserId: s.actor.userId });
    expect(await reassignReferent(deps)(team.leaving, to(team.leaving))).toEqual({ id, changed: false });
    await reassignReferent(deps)(team.leaving, to(team.colleague));
    await reassignReferent(deps)(team.colleague, to(team.other));
    const history = await referentHistory(deps)(team.other, { personId: id! });
    expect(history.items.map((c) => [c.fromName, c.toName])).toEqual([
      ['Camille Colleague', 'Olivier Other'],
      ['Nadia Leaving', 'Camille Colleague'],
    ]);
  });

  it('records a referent changed with the identity form in the history too', async () => {
    const deps = testDeps(database);
    const team = await givenTeam();
    const [id] = await givenPeopleOf(team.leaving, 1);
    await updatePerson(deps)(team.leaving, {
      personId: id!,
      givenName: 'P000',
      familyName: 'Followed',
      referentUserId: team.colleague.actor.userId,
    });
    const history = await referentHistory(deps)(team.leaving, { personId: id! });
    expect(history.items.map((c) => [c.fromName, c.toName, c.reason])).toEqual([
      ['Nadia Leaving', 'Camille Colleague', null],
    ]);
  });

  it('refuses a referent who does not work with files, is disabled or is not staff, and hides other organizations', async () => {
    const deps = testDeps(database);
    const team = await givenTeam();
    const [id] = await givenPeopleOf(team.leaving, 1);
    const elsewhere = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    const attempt = (ctx: Staff, referent: Staff) =>
      reassignReferent(deps)(ctx, { personId: id!, referentUserId: referent.actor.userId });
    await expect(attempt(team.leaving, team.funder)).rejects.toMatchObject({
      code: 'REFERENT_NOT_ELIGIBLE',
      params: { name: 'Fanny Funder' },
    });
    await expect(attempt(team.leaving, elsewhere)).rejects.toMatchObject({ code: 'REFERENT_NOT_STAFF' });
    await database.db
      .updateTable('users')
      .set({ disabled_at: new Date() })
      .where('id', '=', team.other.actor.userId)
      .execute();
    await expect(attempt(team.leaving, team.other)).rejects.toMatchObject({ code: 'REFERENT_NOT_ELIGIBLE' });
    await expect(attempt(elsewhere, elsewhere)).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    await expect(referentHistory(deps)(elsewhere, { personId: id! })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    await expect(referentHistory(deps)(team.funder, { personId: id! })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await referentsOf([id!])).get(id!)).toBe(team.leaving.actor.userId);
    expect(await historyRows([id!])).toEqual([]);
  });
});

describe('handing a caseload over when a counselor leaves', () => {
  it('hands 150 people over to two colleagues in turn, one history row and timeline event each, audited once', async () => {
    const deps = testDeps(database);
    const team = await givenTeam();
    const ids = await givenPeopleOf(team.leaving, 150);
    const result = await bulkReassignReferents(deps)(team.director, {
      fromUserId: team.leaving.actor.userId,
      toUserIds: [team.colleague.actor.userId, team.other.actor.userId],
      reason: 'Leaves the organization',
    });
    expect(result).toEqual({
      reassigned: 150,
      byReferent: [
        { userId: team.colleague.actor.userId, name: 'Camille Colleague', count: 75 },
        { userId: team.other.actor.userId, name: 'Olivier Other', count: 75 },
      ],
    });
    const referents = await referentsOf(ids);
    expect([...referents.values()].filter((r) => r === team.leaving.actor.userId)).toHaveLength(0);
    const rows = await historyRows(ids);
    expect(rows).toHaveLength(150);
    expect(new Set(rows.map((r) => r.person_id)).size).toBe(150);
    expect(
      rows.every(
        (r) => r.from_user_id === team.leaving.actor.userId && r.reason === 'Leaves the organization',
      ),
    ).toBe(true);
    for (const row of rows) expect(referents.get(row.person_id)).toBe(row.to_user_id);
    const events = await database.db
      .selectFrom('timeline_events')
      .select('person_id')
      .where('person_id', 'in', ids)
      .where('kind', '=', 'person.referent_changed')
      .execute();
    expect(events).toHaveLength(150);
    const audits = await database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'person.referent_bulk_change')
      .where('actor_user_id', '=', team.director.actor.userId)
      .execute();
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toMatchObject({ count: 150, colleagues: 2, strategy: 'even' });
    expect(JSON.stringify(audits)).not.toContain('Leaves the organization');
  });

  it('fills the lightest caseload first when asked, and hands over only the selected people', async () => {
    const deps = testDeps(database);
    const team = await givenTeam();
    const ids = await givenPeopleOf(team.leaving, 6);
    await givenPeopleOf(team.colleague, 4, 'Camille');
    const untouched = ids.slice(4);
    const result = await bulkReassignReferents(deps)(team.coordinator, {
      personIds: ids.slice(0, 4),
      toUserIds: [team.colleague.actor.userId, team.other.actor.userId],
      strategy: 'leastLoaded',
    });
    // Olivier follows nobody and Camille four: Olivier receives until they are level, then in turn.
    expect(result.byReferent.map((r) => r.count)).toEqual([0, 4]);
    const referents = await referentsOf(ids);
    for (const id of untouched) expect(referents.get(id)).toBe(team.leaving.actor.userId);
    expect(await historyRows(untouched)).toEqual([]);
  });

  it('changes nothing when one colleague cannot receive people, or one person is not the organization’s', async () => {
    const deps = testDeps(database);
    const team = await givenTeam();
    const ids = await givenPeopleOf(team.leaving, 20);
    await expect(
      bulkReassignReferents(deps)(team.director, {
        fromUserId: team.leaving.actor.userId,
        toUserIds: [team.colleague.actor.userId, team.funder.actor.userId],
      }),
    ).rejects.toMatchObject({ code: 'REFERENT_NOT_ELIGIBLE', params: { name: 'Fanny Funder' } });
    const stranger = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    const [theirs] = await givenPeopleOf(stranger, 1);
    await expect(
      bulkReassignReferents(deps)(team.director, {
        personIds: [...ids, theirs!],
        toUserIds: [team.colleague.actor.userId],
      }),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    await expect(
      bulkReassignReferents(deps)(team.director, {
        fromUserId: team.leaving.actor.userId,
        toUserIds: [team.leaving.actor.userId, team.colleague.actor.userId],
      }),
    ).rejects.toMatchObject({ code: 'REASSIGNMENT_SOURCE_IS_TARGET' });
    const referents = await referentsOf(ids);
    expect([...referents.values()].every((r) => r === team.leaving.actor.userId)).toBe(true);
    expect(await historyRows(ids)).toEqual([]);
  });

  it('is for coordinators and directors only: a counselor cannot hand a caseload over', async () => {
    const deps = testDeps(database);
    const team = await givenTeam();
    const ids = await givenPeopleOf(team.leaving, 3);
    await expect(
      bulkReassignReferents(deps)(team.colleague, {
        fromUserId: team.leaving.actor.userId,
        toUserIds: [team.colleague.actor.userId],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect([...(await referentsOf(ids)).values()].every((r) => r === team.leaving.actor.userId)).toBe(true);
  });

  it('asks for either a counselor or a selection, not both', async () => {
    const deps = testDeps(database);
    const team = await givenTeam();
    await expect(
      bulkReassignReferents(deps)(team.director, { toUserIds: [team.colleague.actor.userId] }),
    ).rejects.toThrow();
  });
});
