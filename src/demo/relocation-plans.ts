import type { Deps } from '../core/use-case.js';
import { scheduleAppointment } from '../modules/follow-up/use-cases/schedule-appointment.js';
import { createPerson } from '../modules/people/use-cases/create-person.js';
import { enrolPerson } from '../modules/programs/use-cases/enrol-person.js';
import { createService } from '../modules/referrals/use-cases/create-service.js';
import { sendReferral } from '../modules/referrals/use-cases/send-referral.js';
import {
  defaultBusinessSteps,
  defaultPredepartureDocuments,
} from '../modules/relocation-plans/domain/plan-rules.js';
import type { RelocationTrack } from '../modules/relocation-plans/domain/vocabulary.js';
import { saveRelocationPlan } from '../modules/relocation-plans/use-cases/save-relocation-plan.js';
import { addDays } from './demo-calendar.js';
import { type DemoStaffMember, staffContext } from './staff-context.js';

/** The regions the demo households look at, most wanted first, in turn. */
const preferences = [['08', '01'], ['01', '02'], ['02', '08', '01'], ['08'], ['01', '05'], ['02']] as const;
const settings = [
  ['small_town', 'near_nature'],
  ['village'],
  ['city'],
  ['small_town', 'by_the_water'],
] as const;

const base = {
  movingMemberIds: [] as string[],
  schoolsNeeded: false,
  childcareNeeded: false,
  healthNeeds: [] as 'family_doctor'[],
  predepartureDocuments: [],
  businessSteps: [],
};

/**
 * Emplois en régions' regionalization plans, through the use cases as PROMIS's counselor: a plan on
 * the main contact's file of the first Québec households (regions in turn among Abitibi-Témiscamingue,
 * Bas-Saint-Laurent and Saguenay–Lac-Saint-Jean, the whole household moving), Nadia Ben Salah, a CSQ
 * holder still in Tunis on the pre-departure track (arrival in three weeks, half her documents ready,
 * her first appointment booked for her arrival week), and Julián Restrepo, who takes over the
 * village bakery of Kamouraska (Bas-Saint-Laurent) on the entrepreneurship track, referred to the
 * region's business development service.
 */
export async function loadDemoRelocationPlans(
  deps: Deps,
  cast: { counselor: DemoStaffMember; programId: string; households: number },
): Promise<{ plans: number; predeparturePersonId: string; takeoverPersonId: string }> {
  const ctx = await staffContext(deps, cast.counselor);
  const today = deps.clock.now().toISOString().slice(0, 10);
  const save = saveRelocationPlan(deps);
  const households = await deps.db
    .selectFrom('households')
    .select(['id', 'main_contact_person_id as mainId'])
    .where('organization_id', '=', cast.counselor.organizationId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(cast.households)
    .execute();
  let plans = 0;
  for (const [index, household] of households.entries()) {
    const members = await deps.db
      .selectFrom('household_memberships')
      .select('person_id')
      .where('household_id', '=', household.id)
      .where('organization_id', '=', cast.counselor.organizationId)
      .where('left_on', 'is', null)
      .execute();
    const track: RelocationTrack = index % 5 === 4 ? 'studies' : 'employment';
    await save(ctx, {
      ...base,
      personId: household.mainId,
      expectedRevision: 0,
      track,
      regions: preferences[index % preferences.length]!.map((code) => ({ country: 'CA' as const, code })),
      movingMemberIds: members.map((m) => m.person_id).filter((id) => id !== household.mainId),
      housingTenure: index % 3 === 0 ? 'owner' : 'tenant',
      housingRooms: 2 + (index % 3),
      housingBudgetMinCents: 90_000,
      housingBudgetMaxCents: 140_000 + 10_000 * (index % 4),
      schoolsNeeded: members.length > 2,
      childcareNeeded: index % 4 === 1,
      healthNeeds: index % 2 === 0 ? ['family_doctor'] : ['none'],
      lifeSettings: [...settings[index % settings.length]!],
      spouseSeeksWork: members.length > 1 ? true : null,
      studiesProgram: track === 'studies' ? 'DEC en soins infirmiers' : null,
      studiesInstitution: track === 'studies' ? 'Cégep de l’Abitibi-Témiscamingue' : null,
      studiesRegionCode: track === 'studies' ? '08' : null,
    });
    plans += 1;
  }

  // A CSQ holder still in Tunis, on the pre-departure track.
  const { id: abroad } = await createPerson(deps)(ctx, {
    identity: {
      givenName: 'Nadia',
      familyName: 'Ben Salah',
      birthDate: '1991-06-03',
      sex: 'female',
      city: 'Tunis',
      country: 'TN',
      immigrationStatus: 'csq_holder_abroad',
      preferredLanguage: 'fr',
    },
    intakeOn: addDays(today, -45),
  });
  await enrolPerson(deps)(ctx, {
    programId: cast.programId,
    personId: abroad,
    intake: { source: 'walk_in' },
  });
  const arrival = addDays(today, 21);
  await save(ctx, {
    ...base,
    personId: abroad,
    expectedRevision: 0,
    track: 'employment',
    regions: [
      { country: 'CA', code: '02' },
      { country: 'CA', code: '08' },
    ],
    healthNeeds: ['family_doctor'],
    lifeSettings: ['city'],
    abroadCountry: 'TN',
    abroadTimeZone: 'Africa/Tunis',
    plannedArrivalOn: arrival,
    predepartureDocuments: defaultPredepartureDocuments().map((d, i) =>
      i < 3 ? { ...d, status: 'done' as const } : d,
    ),
  });
  await scheduleAppointment(deps)(ctx, {
    personId: abroad,
    mode: 'in_person',
    place: 'PROMIS, 3333 chemin de la Côte-Sainte-Catherine, Montréal',
    // 10:00 in Montréal on the second day of her arrival week (UTC−4 or −5: 15:00 UTC is 10:00 or 11:00).
    startsAt: `${addDays(arrival, 1)}T15:00:00Z`,
    durationMinutes: 60,
    staffUserIds: [cast.counselor.userId],
    partners: [],
  });
  plans += 1;

  // A business takeover in a village of Bas-Saint-Laurent.
  const kamouraska = await deps.db
    .selectFrom('places')
    .select('code')
    .where('country', '=', 'CA')
    .where('name', '=', 'Kamouraska')
    .where('district_code', '=', '01')
    .executeTakeFirst();
  const { id: baker } = await createPerson(deps)(ctx, {
    identity: {
      givenName: 'Julián',
      familyName: 'Restrepo',
      birthDate: '1984-11-17',
      sex: 'male',
      city: 'Montréal',
      region: 'Québec',
      country: 'CA',
      immigrationStatus: 'permanent_resident',
      preferredLanguage: 'es',
    },
    intakeOn: addDays(today, -200),
  });
  await enrolPerson(deps)(ctx, { programId: cast.programId, personId: baker, intake: { source: 'walk_in' } });
  const steps = defaultBusinessSteps();
  const done = (n: number, startedAgo: number, doneAgo: number) => ({
    ...steps[n]!,
    status: 'done' as const,
    startedOn: addDays(today, -startedAgo),
    doneOn: addDays(today, -doneAgo),
  });
  await save(ctx, {
    ...base,
    personId: baker,
    expectedRevision: 0,
    track: 'entrepreneurship',
    regions: [{ country: 'CA', code: '01' }],
    lifeSettings: ['village', 'by_the_water'],
    healthNeeds: ['none'],
    businessKind: 'takeover',
    businessTakeoverOf: 'Boulangerie du village (Kamouraska)',
    businessDescription:
      'Reprise de la boulangerie du village, dont les propriétaires partent à la retraite ; boulanger de métier en Colombie.',
    businessPlaceCode: kamouraska?.code ?? null,
    businessSteps: [
      done(0, 150, 120),
      done(1, 120, 75),
      done(2, 90, 40),
      { ...steps[3]!, status: 'in_progress', startedOn: addDays(today, -30) },
      steps[4]!,
      steps[5]!,
    ],
  });
  const { id: serviceId } = await createService(deps)(ctx, {
    name: 'Accompagnement au démarrage et à la reprise d’entreprise',
    providerName: 'SADC du Kamouraska (illustratif)',
    kind: 'other',
    area: 'Kamouraska, Bas-Saint-Laurent',
    languages: ['fr'],
    sharedWithConsortium: true,
  });
  await sendReferral(deps)(ctx, {
    personId: baker,
    serviceId,
    purpose: 'other',
    message: 'Financement de la reprise de la boulangerie du village (plan d’affaires rédigé).',
  });
  plans += 1;
  return { plans, predeparturePersonId: abroad, takeoverPersonId: baker };
}
