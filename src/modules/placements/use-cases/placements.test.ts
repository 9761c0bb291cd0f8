import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { moveApplication } from '../../applications/use-cases/move-application.js';
import { proposeApplication } from '../../applications/use-cases/propose-application.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import { createOffer } from '../../offers/use-cases/create-offer.js';
import { addPersonItem } from '../../people/use-cases/add-person-item.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';
import { contractEndingSignals, placementsPersonData } from '../api.js';
import { endPlacementEarly } from './end-placement-early.js';
import { listPersonPlacements } from './list-person-placements.js';
import { changePlacementSettings, getPlacementSettings } from './placement-settings.js';
import { recordPlacement } from './record-placement.js';
import { renewPlacement } from './renew-placement.js';
import { suspendPlacement } from './suspend-placement.js';

const kitchenAssistant = 'e1cf6897-158d-4b48-a39e-2a3a8cac216c';
let database: TestDatabase;
const clock = fixedClock('2026-11-20T09:00:00Z');
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let lea: Staff;
let coordinator: Staff;
let administrator: Staff;
let funder: Staff;
let outsider: Staff;
let siae: string;
let personId: string;

const insertionContract = (over: Record<string, unknown> = {}) => ({
  personId,
  employerId: siae,
  jobTitle: 'Commis de cuisine',
  escoId: kitchenAssistant,
  contractType: 'siae_insertion' as const,
  workingTime: 'part_time' as const,
  hoursPerWeek: 26,
  wage: { cents: 1_202, period: 'hour' as const },
  startsOn: '2026-06-11',
  plannedEndOn: '2026-12-10',
  ...over,
});

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const gironde = await givenOrganization(database.db, { name: 'PLIE des Graves', timeZone: 'Europe/Paris' });
  const other = await givenOrganization(database.db, { name: 'Mission Locale de Nîmes' });
  lea = await givenStaff(database.db, gironde.id, 'counselor', { displayName: 'Léa' });
  coordinator = await givenStaff(database.db, gironde.id, 'coordinator');
  administrator = await givenStaff(database.db, gironde.id, 'administrator');
  funder = await givenStaff(database.db, gironde.id, 'funder');
  outsider = await givenStaff(database.db, other.id, 'counselor');
  siae = (await createEmployer(deps)(lea, { name: 'La Table Ouverte', country: 'FR' })).id;
  personId = (
    await createPerson(deps)(lea, {
      identity: { givenName: 'Moussa', familyName: 'Diallo', referentUserId: lea.actor.userId },
      education: [{ iscedLevel: 6, obtainedAbroad: true }],
    })
  ).id;
});
afterAll(() => database.close());

const placementRows = () => database.db.selectFrom('placements').select('id').execute();

describe('placements', () => {
  it('records an insertion contract with the qualification comparison at hire, its end alert and a timeline event', async () => {
    const { id } = await recordPlacement(deps)(lea, insertionContract());
    const { items, endAlertDays } = await listPersonPlacements(deps)(lea, { personId, lang: 'fr' });
    expect(endAlertDays).toBe(30);
    expect(items).toMatchObject([
      {
        id,
        employer: { id: siae, name: 'La Table Ouverte' },
        jobTitle: 'Commis de cuisine',
        occupation: { escoId: kitchenAssistant, iscoCode: expect.stringMatching(/^9/) },
        contractType: 'siae_insertion',
        wage: { cents: 1_202, period: 'hour', currency: 'EUR' },
        endsOn: '2026-12-10',
        state: 'running',
        endAlert: { endsOn: '2026-12-10', daysLeft: 20 },
        // A degree at ISCED 6 (skill level 4) for an elementary job (level 1): underemployed.
        qualification: { comparison: 'below_level', jobLevel: 1, personLevel: 4 },
      },
    ]);
    const stored = await database.db
      .selectFrom('placements')
      .select(['qualification_evidence', 'wage_cents'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.qualification_evidence).toEqual({ iscedLevels: [6], formerOccupationIscoCodes: [] });
    expect(Number(stored.wage_cents)).toBe(1_202);
    const timeline = await listPersonTimeline(deps)(lea, { personId });
    expect(timeline.items.map((e) => e.kind)).toContain('placement.recorded');
  });

  it('refuses incoherent terms, someone else’s person or employer, and roles without the right, writing nothing', async () => {
    const before = (await placementRows()).length;
    await expect(recordPlacement(deps)(lea, insertionContract({ plannedEndOn: null }))).rejects.toMatchObject(
      {
        code: 'PLACEMENT_INCOHERENT',
        details: [{ path: 'body.plannedEndOn', code: 'planned_end_required' }],
      },
    );
    await expect(
      recordPlacement(deps)(lea, insertionContract({ plannedEndOn: '2028-06-11' })),
    ).rejects.toMatchObject({ code: 'PLACEMENT_INCOHERENT' });
    await expect(
      recordPlacement(deps)(lea, insertionContract({ contractType: 'permanent' })),
    ).rejects.toMatchObject({
      code: 'PLACEMENT_INCOHERENT',
    });
    await expect(recordPlacement(deps)(lea, insertionContract({ escoId: 'nothing' }))).rejects.toMatchObject({
      code: 'PLACEMENT_OCCUPATION_UNKNOWN',
    });
    await expect(recordPlacement(deps)(outsider, insertionContract())).rejects.toMatchObject({
      code: 'PLACEMENT_PERSON_NOT_FOUND',
    });
    const foreignEmployer = (await createEmployer(deps)(outsider, { name: 'Gardoise', country: 'FR' })).id;
    await expect(
      recordPlacement(deps)(lea, insertionContract({ employerId: foreignEmployer })),
    ).rejects.toMatchObject({
      code: 'PLACEMENT_EMPLOYER_NOT_FOUND',
    });
    const otherOffer = (
      await createOffer(deps)(outsider, {
        employerId: foreignEmployer,
        title: 'Agent',
        contractType: 'cdi',
        place: { postalCode: '30000', city: 'Nîmes' },
      })
    ).id;
    await expect(
      recordPlacement(deps)(lea, insertionContract({ offerId: otherOffer })),
    ).rejects.toMatchObject({
      code: 'PLACEMENT_OFFER_NOT_OF_EMPLOYER',
    });
    await expect(recordPlacement(deps)(funder, insertionContract())).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(recordPlacement(deps)(administrator, insertionContract())).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(listPersonPlacements(deps)(outsider, { personId })).rejects.toMatchObject({
      code: 'PLACEMENT_PERSON_NOT_FOUND',
    });
    expect((await placementRows()).length).toBe(before);
  });

  it('renews, suspends and ends a contract early within the law, each change on the timeline', async () => {
    const { id } = await recordPlacement(deps)(lea, insertionContract({ jobTitle: 'Plongeur' }));
    await expect(
      renewPlacement(deps)(lea, { placementId: id, newEndOn: '2026-12-01', decidedOn: '2026-11-20' }),
    ).rejects.toMatchObject({
      code: 'PLACEMENT_CHANGE_REFUSED',
      details: [{ path: 'body.newEndOn', code: 'new_end_not_later' }],
    });
    expect(
      await renewPlacement(deps)(lea, { placementId: id, newEndOn: '2027-06-10', decidedOn: '2026-11-20' }),
    ).toEqual({ id, endsOn: '2027-06-10' });
    await suspendPlacement(deps)(lea, {
      placementId: id,
      fromOn: '2027-01-04',
      toOn: '2027-01-15',
      reason: 'immersion',
    });
    await expect(
      suspendPlacement(deps)(lea, {
        placementId: id,
        fromOn: '2027-01-10',
        toOn: '2027-01-20',
        reason: 'training',
      }),
    ).rejects.toMatchObject({ code: 'PLACEMENT_CHANGE_REFUSED' });
    await expect(
      renewPlacement(deps)(outsider, { placementId: id, newEndOn: '2027-06-30', decidedOn: '2026-11-20' }),
    ).rejects.toMatchObject({ code: 'PLACEMENT_NOT_FOUND' });
    let view = (await listPersonPlacements(deps)(lea, { personId })).items.find((p) => p.id === id);
    expect(view).toMatchObject({
      endsOn: '2027-06-10',
      endAlert: null,
      renewals: [{ previousEndOn: '2026-12-10', newEndOn: '2027-06-10', decidedOn: '2026-11-20' }],
      suspensions: [{ fromOn: '2027-01-04', toOn: '2027-01-15', reason: 'immersion' }],
    });
    await endPlacementEarly(deps)(lea, { placementId: id, endedOn: '2027-02-26', reason: 'hired_elsewhere' });
    await expect(
      endPlacementEarly(deps)(lea, { placementId: id, endedOn: '2027-02-27', reason: 'other' }),
    ).rejects.toMatchObject({ code: 'PLACEMENT_CHANGE_REFUSED' });
    view = (await listPersonPlacements(deps)(lea, { personId })).items.find((p) => p.id === id);
    expect(view).toMatchObject({
      endsOn: '2027-02-26',
      endedEarly: { on: '2027-02-26', reason: 'hired_elsewhere' },
    });
    const kinds = (await listPersonTimeline(deps)(lea, { personId })).items.map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['placement.renewed', 'placement.suspended', 'placement.ended_early']),
    );
    const audited = await database.db
      .selectFrom('audit_events')
      .select('action')
      .where('resource_id', '=', id)
      .execute();
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'placement.record',
        'placement.renew',
        'placement.suspend',
        'placement.end_early',
      ]),
    );
  });

  it('hires from an application: the application moves to hired with its placement, in one transaction', async () => {
    const offerId = (
      await createOffer(deps)(lea, {
        employerId: siae,
        title: 'Commis de cuisine',
        contractType: 'siae_insertion',
        contractMonths: 6,
        place: { postalCode: '33000', city: 'Bordeaux' },
      })
    ).id;
    const candidate = (await createPerson(deps)(lea, { identity: { givenName: 'Awa', familyName: 'Sow' } }))
      .id;
    await addPersonItem(deps)(lea, {
      personId: candidate,
      item: { kind: 'consent', data: { purpose: 'contacting_employers', givenOn: '2026-11-02' } },
    });
    const applicationId = (await proposeApplication(deps)(lea, { personId: candidate, offerId })).id;
    const stateOf = async () =>
      database.db
        .selectFrom('job_applications')
        .select(['state', 'placement_id'])
        .where('id', '=', applicationId)
        .executeTakeFirstOrThrow();
    const before = (await placementRows()).length;
    // Still proposed: its file was not sent, it cannot be a hire.
    await expect(
      recordPlacement(deps)(lea, insertionContract({ personId: candidate, applicationId })),
    ).rejects.toMatchObject({ code: 'APPLICATION_NOT_HIREABLE' });
    await moveApplication(deps)(lea, { applicationId, to: 'sent' });
    // Someone else's application is refused, nothing written.
    await expect(recordPlacement(deps)(lea, insertionContract({ applicationId }))).rejects.toMatchObject({
      code: 'PLACEMENT_APPLICATION_MISMATCH',
    });
    await expect(
      recordPlacement(deps)(outsider, insertionContract({ personId: candidate, applicationId })),
    ).rejects.toMatchObject({ status: 404 });
    expect((await placementRows()).length).toBe(before);
    expect((await stateOf()).state).toBe('sent');

    const { id } = await recordPlacement(deps)(
      lea,
      insertionContract({ personId: candidate, applicationId }),
    );
    expect(await stateOf()).toEqual({ state: 'hired', placement_id: id });
    const { items } = await listPersonPlacements(deps)(lea, { personId: candidate });
    expect(items).toMatchObject([{ id, offerId, applicationId }]);
  });

  it('keeps the end-alert setting per organization: 30 days unless an administrator or coordinator changes it', async () => {
    expect(await getPlacementSettings(deps)(lea, {})).toEqual({ endAlertDays: 30, mayChange: false });
    await expect(changePlacementSettings(deps)(lea, { endAlertDays: 45 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(changePlacementSettings(deps)(coordinator, { endAlertDays: 0 })).rejects.toThrow();
    expect(await changePlacementSettings(deps)(coordinator, { endAlertDays: 10 })).toEqual({
      endAlertDays: 10,
      mayChange: true,
    });
    // Ten days: the contract ending on 10 December (20 days away) no longer alerts.
    expect(
      (await contractEndingSignals(database.db, [personId], '2026-11-20')).get(personId),
    ).toBeUndefined();
    expect((await contractEndingSignals(database.db, [personId], '2026-11-30')).get(personId)).toMatchObject({
      endsOn: '2026-12-10',
      daysLeft: 10,
    });
    await changePlacementSettings(deps)(administrator, { endAlertDays: 30 });
    expect(await getPlacementSettings(deps)(outsider, {})).toMatchObject({ endAlertDays: 30 });
  });

  it('exports the person’s contracts and anonymizes their job titles while keeping the figures', async () => {
    const organizationId = lea.actor.organizationId;
    const data = await placementsPersonData.personDataFor(database.db, organizationId, personId);
    expect(data.placements.map((p) => p.jobTitle)).toEqual(
      expect.arrayContaining(['Commis de cuisine', 'Plongeur']),
    );
    expect(await placementsPersonData.anonymizePersonData(database.db, organizationId, personId)).toBe(2);
    const after = await placementsPersonData.personDataFor(database.db, organizationId, personId);
    expect(after.placements.every((p) => p.jobTitle === '—' && p.contractType === 'siae_insertion')).toBe(
      true,
    );
  });
});
