import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenFollowUpScene } from '../../../../test/support/follow-up-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { uuidv7 } from '../../../core/ids.js';
import { uploadDocument } from '../../documents/use-cases/upload-document.js';
import { followUpSignalsOf } from '../api.js';
import { editNote } from './edit-note.js';
import { personFollowUp } from './person-follow-up.js';
import { recordOutcome } from './record-outcome.js';
import { scheduleAppointment } from './schedule-appointment.js';
import { writeNote } from './write-note.js';

let database: TestDatabase;
const clock = fixedClock('2026-03-09T12:00:00Z');
let scene: Awaited<ReturnType<typeof givenFollowUpScene>>;
let personId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenFollowUpScene(database, clock);
  // The counselor is the person's referent (see the scene).
  personId = await scene.newPerson('Leila', { enrolledOn: '2026-03-01' });
});
afterAll(() => database.close());

const note = (overrides: Partial<Parameters<ReturnType<typeof writeNote>>[1]> = {}) => ({
  personId,
  kind: 'individual_interview' as const,
  occurredAt: '2026-03-09T10:00:00Z',
  minutesSpent: 45,
  body: 'Discussed the CV and the language course.',
  ...overrides,
});

describe('notes', () => {
  it('a confidential note is read in full by its author and the referent; others see only that it exists', async () => {
    const document = (
      await uploadDocument(scene.deps)(scene.staff.colleague, {
        personId,
        type: 'other',
        title: 'Compte rendu',
        fileName: 'visite.txt',
        content: Buffer.from('Compte rendu de la visite à domicile'),
      })
    ).id;
    await expect(
      writeNote(scene.deps)(scene.staff.colleague, note({ documentIds: [uuidv7()] })),
    ).rejects.toMatchObject({ code: 'NOTE_DOCUMENT_NOT_FOUND' });
    const { id } = await writeNote(scene.deps)(scene.staff.colleague, {
      ...note({ body: 'Talked about the family situation.', kind: 'home_visit' }),
      confidential: true,
      documentIds: [document],
    });
    const asAuthor = await personFollowUp(scene.deps)(scene.staff.colleague, { personId });
    expect(asAuthor.notes.find((n) => n.id === id)).toMatchObject({
      body: 'Talked about the family situation.',
      documentIds: [document],
      canEdit: true,
    });
    const asReferent = await personFollowUp(scene.deps)(scene.staff.counselor, { personId });
    expect(asReferent.notes.find((n) => n.id === id)).toMatchObject({
      body: 'Talked about the family situation.',
    });
    const asCoordinator = await personFollowUp(scene.deps)(scene.staff.coordinator, { personId });
    expect(asCoordinator.notes.find((n) => n.id === id)).toMatchObject({
      body: null,
      documentIds: [],
      confidential: true,
      kind: 'home_visit',
      minutesSpent: 45,
      canEdit: false,
    });
    await expect(
      editNote(scene.deps)(scene.staff.coordinator, { noteId: id, ...note(), confidential: false }),
    ).rejects.toMatchObject({ code: 'NOTE_NOT_AUTHOR' });
    await expect(personFollowUp(scene.deps)(scene.staff.outsider, { personId })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    await expect(personFollowUp(scene.deps)(scene.staff.funder, { personId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });

    const event = await database.db
      .selectFrom('timeline_events')
      .select(['kind', 'restricted_to', 'data'])
      .where('resource_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(event.kind).toBe('note.added');
    expect([...(event.restricted_to as string[])].sort()).toEqual(
      [scene.staff.colleague.actor.userId, scene.staff.counselor.actor.userId].sort(),
    );
    expect(JSON.stringify(event.data)).not.toContain('family');
    const audit = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'follow_up.read')
      .where('actor_user_id', '=', scene.staff.coordinator.actor.userId)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ confidentialHidden: 1 });
  });

  it('the referent edits a colleague’s note; the audit names the fields, not the text', async () => {
    const { id } = await writeNote(scene.deps)(
      scene.staff.colleague,
      note({ kind: 'phone_call', minutesSpent: 10 }),
    );
    await editNote(scene.deps)(scene.staff.counselor, {
      noteId: id,
      ...note({ kind: 'phone_call', minutesSpent: 15, body: 'Call about the interview date.' }),
    });
    const read = await personFollowUp(scene.deps)(scene.staff.colleague, { personId });
    expect(read.notes.find((n) => n.id === id)).toMatchObject({
      minutesSpent: 15,
      body: 'Call about the interview date.',
    });
    const audit = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'note.update')
      .where('resource_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ fields: ['minutesSpent', 'body'] });
  });

  it('refuses a note dated in the future or attached to another person’s appointment', async () => {
    await expect(
      writeNote(scene.deps)(scene.staff.counselor, note({ occurredAt: '2026-03-09T12:00:01Z' })),
    ).rejects.toMatchObject({ code: 'NOTE_IN_FUTURE' });
    const other = await scene.newPerson('Other');
    const { id: appointmentId } = await scheduleAppointment(scene.deps)(scene.staff.counselor, {
      personId: other,
      mode: 'phone',
      startsAt: '2026-03-09T08:00:00Z',
      durationMinutes: 30,
    });
    await expect(writeNote(scene.deps)(scene.staff.counselor, note({ appointmentId }))).rejects.toMatchObject(
      {
        code: 'NOTE_APPOINTMENT_MISMATCH',
      },
    );
  });

  it('a note about a held appointment is the same contact; a partner exchange is none', async () => {
    const person = await scene.newPerson('Counted', { enrolledOn: '2026-03-01' });
    const { id: appointmentId } = await scheduleAppointment(scene.deps)(scene.staff.counselor, {
      personId: person,
      mode: 'in_person',
      place: 'Bureau 3',
      startsAt: '2026-03-09T08:00:00Z',
      durationMinutes: 30,
    });
    await recordOutcome(scene.deps)(scene.staff.counselor, { appointmentId, status: 'held' });
    await writeNote(scene.deps)(scene.staff.counselor, note({ personId: person, appointmentId }));
    await writeNote(scene.deps)(scene.staff.counselor, note({ personId: person, kind: 'partner_exchange' }));
    const signals = await followUpSignalsOf(
      database.db,
      scene.organization.id,
      [person],
      '2026-03-09',
      'UTC',
    );
    expect(signals.get(person)?.contactsLast30Days).toBe(1);
    await writeNote(scene.deps)(scene.staff.counselor, note({ personId: person, kind: 'message' }));
    const after = await followUpSignalsOf(database.db, scene.organization.id, [person], '2026-03-09', 'UTC');
    expect(after.get(person)?.contactsLast30Days).toBe(2);
  });
});
