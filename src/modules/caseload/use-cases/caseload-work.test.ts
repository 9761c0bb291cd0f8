import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { runDueJobs } from '../../../core/jobs/job-queue.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { revokeConsent } from '../../people/use-cases/revoke-consent.js';
import { restrictProcessing } from '../../privacy/use-cases/restrict-processing.js';
import { createSessionType } from '../../sessions/use-cases/create-session-type.js';
import { enrolParticipant } from '../../sessions/use-cases/enrol-participant.js';
import { planSeries } from '../../sessions/use-cases/plan-series.js';
import { caseloadJobHandlers } from '../jobs.js';
import { bulkEnrol } from './bulk-enrol.js';
import { bulkMessage } from './bulk-message.js';
import { changeView } from './change-view.js';
import { deleteView } from './delete-view.js';
import { listViews } from './list-views.js';
import { saveView } from './save-view.js';

let database: TestDatabase;
const clock = fixedClock('2026-03-10T09:00:00Z');
let deps: ReturnType<typeof testDeps>;
let staff: Record<
  'nadia' | 'karim' | 'coordinator' | 'administrator' | 'outsider',
  Awaited<ReturnType<typeof givenStaff>>
>;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const mine = await givenOrganization(database.db, { name: 'Mission Locale de Toulouse' });
  const other = await givenOrganization(database.db, { name: 'Mission Locale de Nîmes' });
  staff = {
    nadia: await givenStaff(database.db, mine.id, 'counselor', { displayName: 'Nadia' }),
    karim: await givenStaff(database.db, mine.id, 'counselor', { displayName: 'Karim' }),
    coordinator: await givenStaff(database.db, mine.id, 'coordinator'),
    administrator: await givenStaff(database.db, mine.id, 'administrator'),
    outsider: await givenStaff(database.db, other.id, 'counselor'),
  };
});
afterAll(() => database.close());

const person = async (givenName: string, extra: Record<string, unknown> = {}) =>
  (
    await createPerson(deps)(staff.nadia, {
      identity: { givenName, familyName: 'Test', ...(extra.identity as object) },
      ...(extra.consents ? { consents: extra.consents as never } : {}),
    })
  ).id;

describe('saved views', () => {
  it('saves, lists (mine and shared), renames, shares and deletes; only the owner changes a view', async () => {
    const mine = await saveView(deps)(staff.nadia, {
      name: 'Mes urgences',
      filters: { referent: 'me', sort: 'urgency', alerts: 'any' },
    });
    const shared = await saveView(deps)(staff.karim, {
      name: 'Tout le monde, par nom',
      shared: true,
      filters: { referent: 'all', sort: 'name' },
    });
    await saveView(deps)(staff.karim, { name: 'Privée de Karim', filters: {} });
    await expect(saveView(deps)(staff.nadia, { name: 'MES URGENCES', filters: {} })).rejects.toMatchObject({
      code: 'CASELOAD_VIEW_NAME_TAKEN',
    });

    const seen = await listViews(deps)(staff.nadia, {});
    expect(seen.items.map((v) => [v.name, v.mine, v.shared])).toEqual([
      ['Mes urgences', true, false],
      ['Tout le monde, par nom', false, true],
    ]);
    expect(seen.items[0]?.filters).toEqual({ referent: 'me', sort: 'urgency', alerts: 'any' });
    expect(seen.items[1]?.ownerName).toBe('Karim');
    expect((await listViews(deps)(staff.outsider, {})).items).toEqual([]);

    await expect(
      changeView(deps)(staff.nadia, { viewId: shared.id, name: 'Hijack', shared: false }),
    ).rejects.toMatchObject({ code: 'CASELOAD_VIEW_NOT_FOUND' });
    await expect(deleteView(deps)(staff.nadia, { viewId: shared.id })).rejects.toMatchObject({
      code: 'CASELOAD_VIEW_NOT_FOUND',
    });
    await changeView(deps)(staff.nadia, {
      viewId: mine.id,
      name: 'Urgences du matin',
      shared: true,
      filters: { referent: 'me', sort: 'nextAction' },
    });
    const karimSees = await listViews(deps)(staff.karim, {});
    expect(karimSees.items.find((v) => v.id === mine.id)).toMatchObject({
      name: 'Urgences du matin',
      mine: false,
      filters: { referent: 'me', sort: 'nextAction' },
    });
    expect(await deleteView(deps)(staff.nadia, { viewId: mine.id })).toEqual({ ok: true });
    expect((await listViews(deps)(staff.karim, {})).items.map((v) => v.id)).not.toContain(mine.id);
  });

  it('opens a stale view with the filters that still fit', async () => {
    const { id } = await saveView(deps)(staff.nadia, { name: 'Ancienne', filters: { sort: 'name' } });
    await database.db
      .updateTable('caseload_views')
      .set({ filters: JSON.stringify({ sort: 'priority', alerts: 'overdue', programId: 42 }) })
      .where('id', '=', id)
      .execute();
    const view = (await listViews(deps)(staff.nadia, {})).items.find((v) => v.id === id);
    expect(view?.filters).toEqual({ alerts: 'overdue' });
  });
});

describe('enrolling several people in a session', () => {
  it('enrols, waitlists past capacity and refuses one already enrolled, with the reason, in one report', async () => {
    const type = await createSessionType(deps)(staff.coordinator, {
      code: 'ATELIER-CV',
      nameFr: 'Atelier CV',
      nameEn: 'CV workshop',
      kind: 'workshop',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: 120,
      capacity: 2,
      mode: 'in_person',
    });
    const series = await planSeries(deps)(staff.coordinator, {
      sessionTypeId: type.id,
      title: 'Atelier CV — mars',
      place: 'Salle 1',
      meetings: [{ startsAt: '2026-03-20T09:00:00Z' }],
    });
    const [a, b, c, d] = [
      await person('Amina'),
      await person('Bilal'),
      await person('Chen'),
      await person('Dara'),
    ];
    await enrolParticipant(deps)(staff.nadia, { seriesId: series.id, personId: a! });
    const report = await bulkEnrol(deps)(staff.nadia, { seriesId: series.id, personIds: [a!, b!, c!, d!] });
    expect(report.results.map((r) => [r.name, r.outcome, r.code])).toEqual([
      ['Amina Test', 'refused', 'SESSION_ALREADY_ENROLLED'],
      ['Bilal Test', 'enrolled', null],
      ['Chen Test', 'waitlisted', null],
      ['Dara Test', 'waitlisted', null],
    ]);
    expect(report.results[0]?.reason).toMatch(/already/i);
    const rows = await database.db
      .selectFrom('session_enrolments')
      .select(['person_id', 'status'])
      .where('series_id', '=', series.id)
      .execute();
    expect(rows).toHaveLength(4);
    const audit = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'session.bulk_enrol')
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ enrolled: 1, waitlisted: 2, refused: 1 });

    // A series that is not the organization's to see refuses the whole request: nothing changes.
    await expect(
      bulkEnrol(deps)(staff.outsider, { seriesId: series.id, personIds: [b!] }),
    ).rejects.toMatchObject({ code: 'SESSION_NOT_FOUND' });
    await expect(
      bulkEnrol(deps)(staff.administrator, { seriesId: series.id, personIds: [b!] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('writing to several people', () => {
  it('sends to those with an address and the consent, lists the others with the reason, and audits', async () => {
    const consent = [{ purpose: 'receiving_messages', givenOn: '2026-01-01' }];
    const amina = await person('Amina', { identity: { email: 'amina@example.test' }, consents: consent });
    const bilal = await person('Bilal', { identity: { email: 'bilal@example.test' } });
    const chen = await person('Chen', { consents: consent });
    const dara = await person('Dara', { identity: { email: 'dara@example.test' }, consents: consent });
    const eli = await person('Eli', { identity: { email: 'eli@example.test' }, consents: consent });
    await restrictProcessing(deps)(staff.nadia, { personId: eli, reason: 'Contests the file' });
    const outsiderPerson = (
      await createPerson(deps)(staff.outsider, { identity: { givenName: 'Far', familyName: 'Away' } })
    ).id;
    const body = {
      personIds: [amina, bilal, chen, dara, eli, outsiderPerson],
      subject: 'Atelier CV jeudi',
      body: 'Bonjour {firstName}, un atelier CV a lieu jeudi.',
    };
    const preview = await bulkMessage(deps)(staff.nadia, { ...body, preview: true });
    expect(preview.sent).toBe(false);
    expect(preview.recipients.map((r) => r.name)).toEqual(['Amina Test', 'Dara Test']);
    expect(preview.skipped.map((s) => [s.name, s.reason])).toEqual([
      ['Bilal Test', 'no_consent'],
      ['Chen Test', 'no_email'],
      ['Eli Test', 'restricted'],
      [null, 'not_found'],
    ]);
    expect(await database.db.selectFrom('caseload_messages').select('id').execute()).toEqual([]);

    const sent = await bulkMessage(deps)(staff.nadia, body);
    expect(sent.sent).toBe(true);
    // Dara withdraws her consent before the e-mail leaves: hers is not sent.
    const consents = await database.db
      .selectFrom('consents')
      .select('id')
      .where('person_id', '=', dara)
      .executeTakeFirstOrThrow();
    await revokeConsent(deps)(staff.nadia, { personId: dara, itemId: consents.id, revokedOn: '2026-03-10' });
    await runDueJobs(deps, caseloadJobHandlers);
    expect(deps.mailer.to('amina@example.test')).toMatchObject([
      { subject: 'Atelier CV jeudi', text: 'Bonjour Amina, un atelier CV a lieu jeudi.' },
    ]);
    expect(deps.mailer.to('dara@example.test')).toEqual([]);
    expect(deps.mailer.to('bilal@example.test')).toEqual([]);
    const audits = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details', 'person_id'])
      .where('action', 'in', ['person.bulk_message', 'person.message_mail'])
      .orderBy('occurred_at')
      .execute();
    expect(audits[0]).toMatchObject({
      action: 'person.bulk_message',
      details: { recipients: 2, skipped: { not_found: 1, restricted: 1, no_email: 1, no_consent: 1 } },
    });
    expect(JSON.stringify(audits)).not.toContain('atelier');
    expect(audits.filter((a) => a.action === 'person.message_mail')).toHaveLength(2);
    await expect(bulkMessage(deps)(staff.administrator, body)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
