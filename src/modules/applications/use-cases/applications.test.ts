import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { uuidv7 } from '../../../core/ids.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import { changeOfferStatus } from '../../offers/use-cases/change-offer-status.js';
import { createOffer } from '../../offers/use-cases/create-offer.js';
import { addPersonItem } from '../../people/use-cases/add-person-item.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';
import { applicationForHire, applicationsPersonData, markApplicationHired } from '../api.js';
import { commentApplication } from './comment-application.js';
import { getApplication } from './get-application.js';
import { listOfferApplications } from './list-offer-applications.js';
import { listPersonApplications } from './list-person-applications.js';
import { moveApplication } from './move-application.js';
import { proposeApplication } from './propose-application.js';

let database: TestDatabase;
const clock = fixedClock('2026-11-20T15:00:00Z');
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let dana: Staff;
let administrator: Staff;
let funder: Staff;
let outsider: Staff;
let offerId: string;
let secondOfferId: string;
let omar: string;
let noConsent: string;

const count = async (table: string) =>
  Number(
    (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(database.db)).rows[0]?.n,
  );

const newPerson = async (givenName: string, consent: boolean) => {
  const { id } = await createPerson(deps)(dana, { identity: { givenName, familyName: 'Haddad' } });
  if (consent)
    await addPersonItem(deps)(dana, {
      personId: id,
      item: { kind: 'consent', data: { purpose: 'contacting_employers', givenOn: '2026-11-02' } },
    });
  return id;
};

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const stLouis = (
    await givenOrganization(database.db, { name: 'International Institute of St. Louis', country: 'US' })
  ).id;
  const other = (await givenOrganization(database.db, { name: 'Mission Locale de Toulouse' })).id;
  dana = await givenStaff(database.db, stLouis, 'counselor');
  administrator = await givenStaff(database.db, stLouis, 'administrator');
  funder = await givenStaff(database.db, stLouis, 'funder');
  outsider = await givenStaff(database.db, other, 'counselor');
  const firm = (await createEmployer(deps)(dana, { name: 'HNTB St. Louis', country: 'US' })).id;
  const job = {
    employerId: firm,
    title: 'Civil Engineer I',
    contractType: 'permanent' as const,
    hoursPerWeek: 40,
    place: { postalCode: '63102', city: 'St. Louis' },
  };
  offerId = (await createOffer(deps)(dana, job)).id;
  secondOfferId = (await createOffer(deps)(dana, { ...job, title: 'Site Engineer' })).id;
  omar = await newPerson('Omar', true);
  noConsent = await newPerson('Rami', false);
});
afterAll(() => database.close());

describe('job applications', () => {
  it('proposes a person, sends the file with consent, records an interview and a hire through the api', async () => {
    const { id } = await proposeApplication(deps)(dana, {
      personId: omar,
      offerId,
      note: 'Ten years of bridges',
    });
    await expect(proposeApplication(deps)(dana, { personId: omar, offerId })).rejects.toMatchObject({
      code: 'APPLICATION_ALREADY_LIVE',
    });
    await expect(
      moveApplication(deps)(dana, { applicationId: id, to: 'sent', onDate: '2026-11-19' }),
    ).rejects.toMatchObject({ code: 'APPLICATION_MOVE_BEFORE_PREVIOUS' });
    await moveApplication(deps)(dana, { applicationId: id, to: 'sent' });
    await moveApplication(deps)(dana, { applicationId: id, to: 'interview' });
    await expect(moveApplication(deps)(dana, { applicationId: id, to: 'hired' })).rejects.toMatchObject({
      code: 'APPLICATION_HIRE_NEEDS_PLACEMENT',
    });
    await commentApplication(deps)(dana, { applicationId: id, body: 'The employer liked his portfolio.' });

    await database.db.transaction().execute(async (trx) => {
      const hire = await applicationForHire(trx, dana.actor, id);
      expect(hire).toMatchObject({ applicationId: id, personId: omar, offerId });
      await markApplicationHired(trx, dana.actor, id, uuidv7(), '2026-11-20', {
        now: clock.now(),
        newId: uuidv7,
      });
    });
    const view = await getApplication(deps)(dana, { applicationId: id });
    expect(view).toMatchObject({
      state: 'hired',
      hiredOn: '2026-11-20',
      nextStates: [],
      offer: { title: 'Civil Engineer I' },
      employer: { name: 'HNTB St. Louis' },
      person: { givenName: 'Omar' },
    });
    expect(view.moves.map((m) => [m.from, m.to, m.onDate])).toEqual([
      [null, 'proposed', '2026-11-20'],
      ['proposed', 'sent', '2026-11-20'],
      ['sent', 'interview', '2026-11-20'],
      ['interview', 'hired', '2026-11-20'],
    ]);
    expect(view.moves[0]?.note).toBe('Ten years of bridges');
    expect(view.comments.map((c) => c.body)).toEqual(['The employer liked his portfolio.']);
    await database.db.transaction().execute(async (trx) => {
      await expect(applicationForHire(trx, dana.actor, id)).rejects.toMatchObject({
        code: 'APPLICATION_NOT_HIREABLE',
      });
      await expect(applicationForHire(trx, outsider.actor, id)).rejects.toMatchObject({
        code: 'APPLICATION_NOT_FOUND',
      });
    });

    const events = (await listPersonTimeline(deps)(dana, { personId: omar, modules: ['applications'] }))
      .items;
    expect(events.map((e) => e.kind).sort()).toEqual([
      'application.hired',
      'application.interview',
      'application.proposed',
      'application.sent',
    ]);
    expect(events[0]?.data).toMatchObject({ offer: 'Civil Engineer I', employer: 'HNTB St. Louis' });
    // After a hire a new application for the same offer may start (the live one is over).
    await proposeApplication(deps)(dana, { personId: omar, offerId });
  });

  it('refuses to send a file without the consent to contacting employers, and writes nothing', async () => {
    const { id } = await proposeApplication(deps)(dana, { personId: noConsent, offerId });
    const moves = await count('job_application_moves');
    await expect(moveApplication(deps)(dana, { applicationId: id, to: 'sent' })).rejects.toMatchObject({
      code: 'APPLICATION_CONSENT_REQUIRED',
    });
    expect(await count('job_application_moves')).toBe(moves);
    const list = await listPersonApplications(deps)(dana, { personId: noConsent });
    expect(list.consentToContactEmployers).toBe(false);
    expect(list.items[0]?.state).toBe('proposed');
    // Withdrawn without the file ever sent; then final.
    await moveApplication(deps)(dana, {
      applicationId: id,
      to: 'withdrawn',
      note: 'He moved to Kansas City',
    });
    await expect(moveApplication(deps)(dana, { applicationId: id, to: 'sent' })).rejects.toMatchObject({
      code: 'APPLICATION_FINAL_STATE',
    });
  });

  it('records a refusal with its coded reason and party, and tells the person only shareable reasons', async () => {
    const { id } = await proposeApplication(deps)(dana, { personId: omar, offerId: secondOfferId });
    await moveApplication(deps)(dana, { applicationId: id, to: 'sent' });
    await expect(moveApplication(deps)(dana, { applicationId: id, to: 'refused' })).rejects.toMatchObject({
      code: 'APPLICATION_REFUSAL_REASON_REQUIRED',
    });
    await expect(
      moveApplication(deps)(dana, {
        applicationId: id,
        to: 'refused',
        refusal: { reason: 'found_other_job', by: 'employer' },
      }),
    ).rejects.toMatchObject({ code: 'APPLICATION_REFUSAL_REASON_NOT_OF_PARTY' });
    await expect(
      moveApplication(deps)(dana, {
        applicationId: id,
        to: 'withdrawn',
        refusal: { reason: 'not_ready', by: 'employer' },
      }),
    ).rejects.toMatchObject({ code: 'APPLICATION_REFUSAL_REASON_NOT_EXPECTED' });
    const view = await moveApplication(deps)(dana, {
      applicationId: id,
      to: 'refused',
      refusal: { reason: 'not_ready', by: 'employer' },
    });
    expect(view.refusal).toEqual({ reason: 'not_ready', by: 'employer', sharedWithPerson: false });
    const exported = await applicationsPersonData.personDataFor(database.db, dana.actor.organizationId, omar);
    const refused = exported.applications.find((a) => a.id === id);
    expect(refused).toMatchObject({ state: 'refused', refusedBy: 'employer', refusalReason: null });
  });

  it('lists an offer’s applications and refuses a closed offer', async () => {
    const list = await listOfferApplications(deps)(dana, { offerId });
    expect(list.items.map((a) => a.person.givenName).sort()).toEqual(['Omar', 'Omar', 'Rami']);
    await changeOfferStatus(deps)(dana, { offerId: secondOfferId, status: 'closed' });
    const fresh = await newPerson('Lina', true);
    await expect(
      proposeApplication(deps)(dana, { personId: fresh, offerId: secondOfferId }),
    ).rejects.toMatchObject({
      code: 'APPLICATION_OFFER_NOT_OPEN',
    });
  });

  it('answers not found outside the organization and forbidden to roles without the file', async () => {
    const { items } = await listPersonApplications(deps)(dana, { personId: omar });
    const id = items[0]?.id as string;
    await expect(getApplication(deps)(outsider, { applicationId: id })).rejects.toMatchObject({
      code: 'APPLICATION_NOT_FOUND',
    });
    await expect(listPersonApplications(deps)(outsider, { personId: omar })).rejects.toMatchObject({
      code: 'APPLICATION_PERSON_NOT_FOUND',
    });
    await expect(proposeApplication(deps)(outsider, { personId: omar, offerId })).rejects.toMatchObject({
      code: 'APPLICATION_PERSON_NOT_FOUND',
    });
    await expect(listOfferApplications(deps)(outsider, { offerId })).rejects.toMatchObject({
      code: 'APPLICATION_OFFER_NOT_FOUND',
    });
    await expect(commentApplication(deps)(outsider, { applicationId: id, body: 'x' })).rejects.toMatchObject({
      code: 'APPLICATION_NOT_FOUND',
    });
    await expect(getApplication(deps)(funder, { applicationId: id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    // An administrator reads the file but does not follow people.
    await getApplication(deps)(administrator, { applicationId: id });
    await expect(
      moveApplication(deps)(administrator, { applicationId: id, to: 'withdrawn' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('anonymizes the notes and comments of the person’s applications, keeping their steps', async () => {
    const changed = await applicationsPersonData.anonymizePersonData(
      database.db,
      dana.actor.organizationId,
      omar,
    );
    expect(changed).toBeGreaterThan(0);
    const exported = await applicationsPersonData.personDataFor(database.db, dana.actor.organizationId, omar);
    const notes = exported.applications.flatMap((a) => [
      ...a.moves.map((m) => m.note),
      ...a.comments.map((c) => c.body),
    ]);
    expect(notes.every((n) => n === null || n === '')).toBe(true);
    expect(exported.applications.some((a) => a.state === 'hired')).toBe(true);
  });
});
