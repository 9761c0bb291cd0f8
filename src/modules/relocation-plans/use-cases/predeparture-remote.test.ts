import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenHouseholdScene, type HouseholdScene } from '../../../../test/support/households.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { RelocationPlanBody } from '../../../contracts/relocation-plans.js';
import { fixedClock } from '../../../core/clock.js';
import { addPersonItem } from '../../people/use-cases/add-person-item.js';
import { createSessionType } from '../../sessions/use-cases/create-session-type.js';
import { enrolParticipant } from '../../sessions/use-cases/enrol-participant.js';
import { planSeries } from '../../sessions/use-cases/plan-series.js';
import { readSharedPerson } from '../../sharing/use-cases/read-shared-person.js';
import { defaultPredepartureDocuments } from '../domain/plan-rules.js';
import { readRelocationPlan } from './read-relocation-plan.js';
import { saveRelocationPlan } from './save-relocation-plan.js';

/**
 * The pre-departure track's remote sessions (through the sessions api) and what a consent's "plan"
 * section shares of the regionalization plan with a partner, on the engine the run chose.
 */
let database: TestDatabase;
let scene: HouseholdScene;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let partnerOrganizationId: string;
let consortiumId: string;
let counselor: Staff;
let partner: Staff;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenHouseholdScene(database);
  const db = database.db;
  const partnerOrganization = await givenOrganization(db, { country: 'CA', name: 'Carrefour Abitibi' });
  const coordination = await givenOrganization(db, { country: 'CA', name: 'Coordination régionale' });
  partnerOrganizationId = partnerOrganization.id;
  consortiumId = (await givenConsortium(db, coordination.id, [scene.organization.id, partnerOrganization.id]))
    .id;
  // Staff made after the consortium: their sessions carry it.
  counselor = await givenStaff(db, scene.organization.id, 'counselor');
  partner = await givenStaff(db, partnerOrganization.id, 'coordinator');
});
afterAll(() => database.close());

const body = (over: Partial<RelocationPlanBody> = {}): RelocationPlanBody => ({
  expectedRevision: 0,
  track: 'employment',
  regions: [
    { country: 'CA', code: '08' },
    { country: 'CA', code: '01' },
  ],
  movingMemberIds: [],
  schoolsNeeded: false,
  childcareNeeded: false,
  healthNeeds: ['specialist_follow_up'],
  healthNote: 'Suivi cardiologique confidentiel',
  lifeSettings: [],
  abroadCountry: 'TN',
  abroadTimeZone: 'Africa/Tunis',
  plannedArrivalOn: '2026-07-06',
  predepartureDocuments: defaultPredepartureDocuments(),
  businessSteps: [],
  ...over,
});

async function sessionType(staff: Staff, code: string, mode: 'virtual' | 'hybrid' | 'in_person') {
  return (
    await createSessionType(scene.deps)(staff, {
      code,
      nameFr: `Séance ${code}`,
      nameEn: `Session ${code}`,
      kind: 'info_session',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: 90,
      capacity: 30,
      mode,
    })
  ).id;
}

describe('the remote sessions of a person still abroad', () => {
  it('lists the coming meetings of their remote sessions and the remote sessions open to them', async () => {
    const organizer = await scene.staff('coordinator');
    const partnerOrganizer = await givenStaff(database.db, partnerOrganizationId, 'coordinator');
    const virtual = await sessionType(organizer, 'INFO-V', 'virtual');
    const inPerson = await sessionType(organizer, 'INFO-P', 'in_person');
    const partnerVirtual = await sessionType(partnerOrganizer, 'INFO-AB', 'hybrid');
    const plan = async (staff: Staff, over: Record<string, unknown>) =>
      (await planSeries(scene.deps)(staff, { title: 'x', meetings: [], ...over } as never)).id;
    const infoEmploi = await plan(organizer, {
      sessionTypeId: virtual,
      title: 'Info-Emploi en ligne',
      meetingLink: 'https://visio.example/info-emploi',
      meetings: [{ startsAt: '2026-06-12T16:00:00Z' }, { startsAt: '2026-06-25T16:00:00Z' }],
    });
    await plan(organizer, {
      sessionTypeId: inPerson,
      title: 'Atelier en salle',
      place: 'Salle 1',
      meetings: [{ startsAt: '2026-06-15T14:00:00Z' }],
    });
    const abitibi = await plan(partnerOrganizer, {
      sessionTypeId: partnerVirtual,
      title: 'Vivre en Abitibi',
      meetingLink: 'https://visio.example/abitibi',
      openness: 'consortium',
      consortiumId,
      meetings: [{ startsAt: '2026-06-18T15:00:00Z' }],
    });
    await plan(partnerOrganizer, {
      sessionTypeId: partnerVirtual,
      title: 'Réservée au Carrefour',
      meetingLink: 'https://visio.example/interne',
      meetings: [{ startsAt: '2026-06-19T15:00:00Z' }],
    });

    const person = await scene.person('Nadia');
    const someoneElse = await scene.person('Autre');
    await saveRelocationPlan(scene.deps)(counselor, { personId: person, ...body() });
    const read = (deps = scene.deps) => readRelocationPlan(deps)(counselor, { personId: person });

    let view = await read();
    expect(view.predeparture?.remoteMeetings).toEqual([]);
    expect(view.predeparture?.openRemoteSeries).toEqual([
      expect.objectContaining({
        seriesId: infoEmploi,
        otherOrganization: false,
        mode: 'virtual',
        nextStartsAt: '2026-06-12T16:00:00.000Z',
      }),
      expect.objectContaining({
        seriesId: abitibi,
        title: 'Vivre en Abitibi',
        organizationName: 'Carrefour Abitibi',
        otherOrganization: true,
        mode: 'hybrid',
        nextStartsAt: '2026-06-18T15:00:00.000Z',
        seatsLeft: 30,
      }),
    ]);

    // Another organization's series needs the person's consent to share; the organization's own does not.
    await expect(
      enrolParticipant(scene.deps)(counselor, { seriesId: abitibi, personId: person }),
    ).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
    await enrolParticipant(scene.deps)(counselor, { seriesId: infoEmploi, personId: person });
    await enrolParticipant(scene.deps)(counselor, { seriesId: infoEmploi, personId: someoneElse });

    view = await read();
    expect(view.predeparture?.remoteMeetings).toEqual([
      expect.objectContaining({
        seriesId: infoEmploi,
        title: 'Info-Emploi en ligne',
        status: 'enrolled',
        meetingLink: 'https://visio.example/info-emploi',
        startsAt: '2026-06-12T16:00:00.000Z',
        durationMinutes: 90,
      }),
      expect.objectContaining({ seriesId: infoEmploi, startsAt: '2026-06-25T16:00:00.000Z' }),
    ]);
    expect(view.predeparture?.openRemoteSeries.map((s) => s.seriesId)).toEqual([abitibi]);

    // Once the first meeting is over, only the second is to come.
    const later = testDeps(database, fixedClock('2026-06-20T09:00:00Z'));
    view = await read(later);
    expect(view.predeparture?.remoteMeetings.map((m) => m.startsAt)).toEqual(['2026-06-25T16:00:00.000Z']);
    expect(view.predeparture?.openRemoteSeries).toEqual([]);
  });

  it('refuses a time zone Intl does not know', async () => {
    const person = await scene.person('Zone');
    await expect(
      saveRelocationPlan(scene.deps)(counselor, {
        personId: person,
        ...body({ abroadTimeZone: 'Africa/Atlantis' }),
      }),
    ).rejects.toThrow(/Unknown time zone/);
  });
});

describe('the regionalization plan under a consent’s "plan" section', () => {
  async function consent(personId: string, covers: string[]) {
    await addPersonItem(scene.deps)(counselor, {
      personId,
      item: {
        kind: 'consent',
        data: {
          purpose: 'sharing_with_partners',
          givenOn: '2026-06-01',
          partnerOrganizationIds: [partnerOrganizationId],
          covers,
        } as never,
      },
    });
  }

  it('shows the partner the track, the regions sought and the arrival, never the health needs', async () => {
    const person = await scene.person('Partagée');
    await saveRelocationPlan(scene.deps)(counselor, { personId: person, ...body() });
    await consent(person, ['plan']);
    const file = await readSharedPerson(scene.deps)(partner, { personId: person });
    expect(file.regionalizationPlan).toEqual({
      track: 'employment',
      regions: [
        { country: 'CA', code: '08', name: 'Abitibi-Témiscamingue' },
        { country: 'CA', code: '01', name: 'Bas-Saint-Laurent' },
      ],
      plannedArrivalOn: '2026-07-06',
    });
    const sent = JSON.stringify(file);
    expect(sent).not.toContain('cardiologique');
    expect(sent).not.toContain('specialist_follow_up');
  });

  it('is not shared when the consent does not cover the plan', async () => {
    const person = await scene.person('NonPartagée');
    await saveRelocationPlan(scene.deps)(counselor, { personId: person, ...body() });
    await consent(person, ['sessions']);
    const file = await readSharedPerson(scene.deps)(partner, { personId: person });
    expect(file.sections).toEqual(['sessions']);
    expect(file.regionalizationPlan).toBeNull();
  });
});
