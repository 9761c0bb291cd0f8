import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenAppointment, givenFollowUpScene } from '../../../../test/support/follow-up-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { undoPersonMerge } from '../../people/use-cases/undo-person-merge.js';
import { mergePersonFiles } from '../../programs/use-cases/merge-person-files.js';
import { followUpSignalsOf, personIdsBelowIntensity } from '../api.js';
import { personFollowUp } from './person-follow-up.js';
import { writeNote } from './write-note.js';

/**
 * A kept file's follow-up lists the appointments and notes of the files merged into it, read-only and
 * marked with their file, and its signals (contacts, last contact, next appointment) count them, only
 * while the merge is in force (docs/duplicates.md).
 */
let database: TestDatabase;
const clock = fixedClock('2026-03-09T12:00:00Z');
let scene: Awaited<ReturnType<typeof givenFollowUpScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenFollowUpScene(database, clock);
});
afterAll(() => database.close());

const note = (
  personId: string,
  occurredAt: string,
  kind: 'phone_call' | 'home_visit',
  confidential = false,
) => ({
  personId,
  kind,
  occurredAt,
  minutesSpent: 20,
  body: `Note of ${occurredAt}`,
  confidential,
});

describe("a kept file's follow-up", () => {
  it("lists the merged file's appointments and notes marked and read-only, counts its contacts, and stops after the undo", async () => {
    const { deps, staff, organization } = scene;
    // Enrolled where two contacts a month are expected: one contact of its own is too few.
    const kept = await scene.newPerson('Yusuf', { enrolledOn: '2026-03-01' });
    const away = await scene.newPerson('Youssef');
    await writeNote(deps)(staff.counselor, note(kept, '2026-03-02T09:00:00Z', 'phone_call'));
    const confidential = await writeNote(deps)(
      staff.colleague,
      note(away, '2026-03-05T09:00:00Z', 'home_visit', true),
    );
    const latest = await writeNote(deps)(staff.colleague, note(away, '2026-03-08T15:00:00Z', 'phone_call'));
    await givenAppointment(database, {
      organizationId: organization.id,
      personId: away,
      startsAt: '2026-03-12T08:00:00Z',
      status: 'scheduled',
      staffUserId: staff.colleague.actor.userId,
    });
    const signals = async () =>
      (await followUpSignalsOf(database.db, organization.id, [kept], '2026-03-09', 'Europe/Paris')).get(kept);
    const below = async () =>
      (
        await personIdsBelowIntensity(database.db, organization.id, '2026-03-09', 'Europe/Paris').execute()
      ).map((r) => r.person_id);
    expect(await signals()).toMatchObject({ contactsLast30Days: 1, lastContactOn: '2026-03-02' });
    expect(await below()).toContain(kept);
    const before = await personFollowUp(deps)(staff.coordinator, { personId: kept });

    await mergePersonFiles(deps)(staff.counselor, { keptPersonId: kept, mergedPersonId: away });
    const read = await personFollowUp(deps)(staff.colleague, { personId: kept });
    expect(read.notes.map((n) => [n.id, n.fromMergedFile?.personId ?? null])).toEqual([
      [latest.id, away],
      [confidential.id, away],
      [before.notes[0]!.id, null],
    ]);
    // Its author reads the confidential note here too, but changes it on its own file only.
    expect(read.notes.find((n) => n.id === confidential.id)).toMatchObject({
      body: 'Note of 2026-03-05T09:00:00Z',
      canEdit: false,
      fromMergedFile: { personId: away, givenName: 'Youssef', familyName: 'Test' },
    });
    expect(read.appointments.map((a) => a.fromMergedFile?.personId)).toEqual([away]);
    const asCoordinator = await personFollowUp(deps)(staff.coordinator, { personId: kept });
    expect(asCoordinator.notes.find((n) => n.id === confidential.id)?.body).toBeNull();
    expect(await signals()).toEqual({
      contactsLast30Days: 3,
      lastContactOn: '2026-03-08',
      nextAppointmentAt: '2026-03-12T08:00:00.000Z',
      missedAppointments: 0,
    });
    expect(await below()).not.toContain(kept);
    // The merged file, asked for itself, keeps its own figures.
    const own = await followUpSignalsOf(database.db, organization.id, [away], '2026-03-09', 'Europe/Paris');
    expect(own.get(away)).toMatchObject({ contactsLast30Days: 2 });
    const audited = await database.db
      .selectFrom('audit_events')
      .select(['person_id', 'details'])
      .where('action', '=', 'follow_up.read')
      .where('person_id', '=', away)
      .execute();
    expect(audited.map((a) => (a.details as { via?: string }).via)).toEqual(['kept_file', 'kept_file']);
    // Another organization reads nothing of either.
    await expect(personFollowUp(deps)(staff.outsider, { personId: kept })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });

    await undoPersonMerge(deps)(staff.counselor, { personId: away });
    const after = await personFollowUp(deps)(staff.coordinator, { personId: kept });
    expect(after).toEqual(before);
    expect(await signals()).toMatchObject({ contactsLast30Days: 1, lastContactOn: '2026-03-02' });
    expect(await below()).toContain(kept);
  });
});
