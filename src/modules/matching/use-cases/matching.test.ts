import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import { changeOfferStatus } from '../../offers/use-cases/change-offer-status.js';
import { createOffer } from '../../offers/use-cases/create-offer.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { createPlan } from '../../plans/use-cases/create-plan.js';
import { restrictProcessing } from '../../privacy/use-cases/restrict-processing.js';
import { matchingPersonData } from '../api.js';
import { bestOffersForPerson } from './best-offers-for-person.js';
import { bestPeopleForOffer } from './best-people-for-offer.js';
import { getJobWishes, setJobWishes } from './job-wishes.js';
import { getMatchWeights, setMatchWeights } from './match-weights.js';

const esco = {
  civilEngineer: 'd7d986e1-7333-431b-9719-0c5c6939e360',
  mechanicalEngineer: '579254cf-6d69-4889-9000-9c79dc568644',
  busDriver: '00cee175-1376-43fb-9f02-ba3d7a910a58',
};
let database: TestDatabase;
const clock = fixedClock('2026-11-20T15:00:00Z');
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let counselor: Staff;
let coordinator: Staff;
let funder: Staff;
let outsider: Staff;
let employerId: string;
const offers: Record<string, string> = {};
const people: Record<string, string> = {};

const count = async (query: ReturnType<typeof sql<{ n: string }>>) =>
  Number((await query.execute(database.db)).rows[0]?.n);

const person = (givenName: string, over: Record<string, unknown> = {}) => ({
  identity: { givenName, familyName: 'Test', city: 'Toulouse', country: 'FR', sex: 'female' as const },
  ...over,
});
const consent = { purpose: 'contacting_employers' as const, givenOn: '2026-11-01' };

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const organizationId = (await givenOrganization(database.db, { name: 'Mission Locale de Toulouse' })).id;
  const other = (await givenOrganization(database.db, { name: 'Mission Locale de Bordeaux' })).id;
  counselor = await givenStaff(database.db, organizationId, 'counselor');
  coordinator = await givenStaff(database.db, organizationId, 'coordinator');
  funder = await givenStaff(database.db, organizationId, 'funder');
  outsider = await givenStaff(database.db, other, 'counselor');
  employerId = (await createEmployer(deps)(counselor, { name: 'Bureau d’études Garonne', country: 'FR' })).id;
  const offer = async (name: string, escoId: string, city: string, over: Record<string, unknown> = {}) => {
    offers[name] = (
      await createOffer(deps)(counselor, {
        employerId,
        title: name,
        escoId,
        place: { city },
        contractType: 'cdi',
        hoursPerWeek: 35,
        language: { language: 'fr', scale: 'cefr', level: 'B2' },
        ...over,
      })
    ).id;
  };
  await offer('Ingénieur génie civil Toulouse', esco.civilEngineer, 'Toulouse');
  await offer('Ingénieur mécanicien Blagnac', esco.mechanicalEngineer, 'Blagnac');
  await offer('Ingénieur génie civil Paris', esco.civilEngineer, 'Paris');
  await offer('Conducteur de bus Toulouse', esco.busDriver, 'Toulouse');
  await offer('Ingénieur génie civil pourvu', esco.civilEngineer, 'Toulouse');
  await changeOfferStatus(deps)(counselor, {
    offerId: offers['Ingénieur génie civil pourvu']!,
    status: 'filled',
  });
  await offer('Ingénieur génie civil échue', esco.civilEngineer, 'Toulouse', { expiresOn: '2026-11-30' });
  await sql`update job_offers set expires_on = '2026-11-19' where id = ${offers['Ingénieur génie civil échue']}`.execute(
    database.db,
  );

  people.amal = (
    await createPerson(deps)(
      counselor,
      person('Amal', {
        languages: [{ language: 'fr', scale: 'cefr', skill: 'overall', level: 'B2' }],
        experience: [{ occupationLabel: 'Ingénieure génie civil', escoId: esco.civilEngineer }],
        consents: [consent],
      }),
    )
  ).id;
  people.bilal = (
    await createPerson(deps)(
      counselor,
      person('Bilal', {
        languages: [{ language: 'fr', scale: 'cefr', skill: 'overall', level: 'A2' }],
        experience: [{ occupationLabel: 'Chauffeur', escoId: esco.busDriver }],
      }),
    )
  ).id;
  people.chloe = (await createPerson(deps)(counselor, person('Chloé', { consents: [consent] }))).id;
  await createPlan(deps)(counselor, {
    personId: people.chloe,
    language: 'fr',
    escoOccupationId: esco.mechanicalEngineer,
  });
  people.restricted = (
    await createPerson(deps)(
      counselor,
      person('Dora', {
        languages: [{ language: 'fr', scale: 'cefr', skill: 'overall', level: 'C1' }],
        experience: [{ occupationLabel: 'Ingénieure génie civil', escoId: esco.civilEngineer }],
        consents: [consent],
      }),
    )
  ).id;
  await restrictProcessing(deps)(counselor, {
    personId: people.restricted,
    reason: 'La personne conteste ses données',
  });
});

afterAll(async () => {
  await database.close();
});

describe('best offers for a person', () => {
  it('ranks the related open offers within reach, each criterion with its reason', async () => {
    const result = await bestOffersForPerson(deps)(counselor, { personId: people.amal!, lang: 'fr' });
    expect(result.placeName).toBe('Toulouse');
    expect(result.mobility).toEqual({ km: 30, assumed: true });
    // Paris is too far, the bus driver's job unrelated, the filled and expired offers are not open.
    expect(result.items.map((i) => i.offer.title)).toEqual([
      'Ingénieur génie civil Toulouse',
      'Ingénieur mécanicien Blagnac',
    ]);
    const [best, second] = result.items;
    expect(best?.offer.occupationLabel).toMatch(/génie civil/);
    expect(best?.offer.employer.name).toBe('Bureau d’études Garonne');
    expect(best?.criteria.map((c) => [c.criterion, c.reason])).toEqual([
      ['occupation', 'occupation_same'],
      ['language', 'language_meets'],
      ['distance', 'distance_within'],
      ['contract', 'contract_wish_unknown'],
      ['hours', 'hours_wish_unknown'],
    ]);
    expect(best?.criteria[0]?.params).toMatchObject({
      source: 'experience',
      personOccupation: 'Ingénieure génie civil',
    });
    expect(second?.criteria[0]?.reason).toBe('occupation_isco_minor_group');
    expect(best!.score).toBeGreaterThan(second!.score);
    expect(best?.unknown).toBe(2);
  });

  it('starts from the target of the plan when the file shows no past job', async () => {
    const result = await bestOffersForPerson(deps)(counselor, { personId: people.chloe!, lang: 'fr' });
    expect(result.items[0]?.offer.title).toBe('Ingénieur mécanicien Blagnac');
    expect(result.items[0]?.criteria[0]).toMatchObject({
      reason: 'occupation_same',
      params: { source: 'plan_target', personOccupation: 'Ingénieure mécanicienne' },
    });
  });

  it('scores with the wishes recorded: mobility, contracts, working time, hours', async () => {
    const wishes = await setJobWishes(deps)(counselor, {
      personId: people.amal!,
      mobilityKm: 5,
      contractTypes: ['cdd'],
      workingTime: 'full_time',
      minHoursPerWeek: 20,
      maxHoursPerWeek: 30,
    });
    expect(wishes).toMatchObject({
      mobilityKm: 5,
      contractTypes: ['cdd'],
      updatedAt: '2026-11-20T15:00:00.000Z',
    });
    const result = await bestOffersForPerson(deps)(counselor, { personId: people.amal!, limit: 1 });
    expect(result.mobility).toEqual({ km: 5, assumed: false });
    expect(result.items).toHaveLength(1);
    const reasons = Object.fromEntries(result.items[0]!.criteria.map((c) => [c.criterion, c]));
    expect(reasons.contract).toMatchObject({ reason: 'contract_not_wished', fit: 0.25 });
    expect(reasons.hours).toMatchObject({ reason: 'hours_more', params: { hours: 35, min: 20, max: 30 } });
    expect(
      await count(
        sql`select count(*) as n from timeline_events where person_id = ${people.amal} and kind = 'job_wishes.updated'`,
      ),
    ).toBe(1);
    // The same wishes again change nothing: no audit, no event.
    await setJobWishes(deps)(counselor, { ...wishes, personId: people.amal!, contractTypes: ['cdd'] });
    expect(
      await count(
        sql`select count(*) as n from audit_events where person_id = ${people.amal} and action = 'job_wishes.update'`,
      ),
    ).toBe(1);
    expect(await getJobWishes(deps)(counselor, { personId: people.amal! })).toMatchObject({
      maxHoursPerWeek: 30,
    });
  });

  it('refuses incoherent wishes and writes nothing', async () => {
    await expect(
      setJobWishes(deps)(counselor, {
        personId: people.bilal!,
        mobilityKm: 10,
        minHoursPerWeek: 35,
        maxHoursPerWeek: 20,
      }),
    ).rejects.toThrow();
    await expect(
      setJobWishes(deps)(counselor, { personId: people.bilal!, mobilityKm: -1 }),
    ).rejects.toThrow();
    expect(
      await count(sql`select count(*) as n from person_job_wishes where person_id = ${people.bilal}`),
    ).toBe(0);
  });

  it('audits each read of the person’s data', async () => {
    const before = await count(
      sql`select count(*) as n from audit_events where person_id = ${people.bilal} and action = 'matching.best_offers_read'`,
    );
    await bestOffersForPerson(deps)(counselor, { personId: people.bilal! });
    expect(
      await count(
        sql`select count(*) as n from audit_events where person_id = ${people.bilal} and action = 'matching.best_offers_read'`,
      ),
    ).toBe(before + 1);
  });

  it('is not found outside the organization or for a restricted file, and forbidden to funders', async () => {
    await expect(bestOffersForPerson(deps)(outsider, { personId: people.amal! })).rejects.toMatchObject({
      code: 'MATCH_PERSON_NOT_FOUND',
    });
    await expect(
      bestOffersForPerson(deps)(counselor, { personId: people.restricted! }),
    ).rejects.toMatchObject({
      code: 'MATCH_PERSON_NOT_FOUND',
    });
    await expect(
      setJobWishes(deps)(outsider, { personId: people.amal!, mobilityKm: 3 }),
    ).rejects.toMatchObject({
      code: 'MATCH_PERSON_NOT_FOUND',
    });
    await expect(bestOffersForPerson(deps)(funder, { personId: people.amal! })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('best people of the caseload for an offer', () => {
  it('lists those without consent flagged, and never a restricted file', async () => {
    const result = await bestPeopleForOffer(deps)(counselor, {
      offerId: offers['Ingénieur génie civil Toulouse']!,
      lang: 'fr',
    });
    expect(result.considered).toBe(3);
    const ids = result.items.map((i) => i.person.id);
    expect(ids).not.toContain(people.restricted);
    expect(ids[0]).toBe(people.amal);
    const bilal = result.items.find((i) => i.person.id === people.bilal);
    expect(bilal?.contactingEmployersConsent).toBe(false);
    expect(result.items[0]?.contactingEmployersConsent).toBe(true);
    expect(bilal?.criteria.find((c) => c.criterion === 'language')).toMatchObject({
      reason: 'language_below',
    });
    expect(
      await count(
        sql`select count(*) as n from audit_events where action = 'matching.best_people_read' and person_id = ${people.bilal}`,
      ),
    ).toBe(1);
  });

  it('names the plan’s target in the reader’s language', async () => {
    const result = await bestPeopleForOffer(deps)(counselor, {
      offerId: offers['Ingénieur mécanicien Blagnac']!,
      lang: 'en',
      mine: 'true',
    });
    expect(result.items[0]).toMatchObject({ person: { id: people.chloe } });
    expect(result.items[0]?.criteria[0]?.params).toMatchObject({ personOccupation: 'Mechanical engineer' });
    const others = await bestPeopleForOffer(deps)(coordinator, {
      offerId: offers['Ingénieur mécanicien Blagnac']!,
      mine: 'true',
    });
    expect(others.considered).toBe(0);
  });

  it('is not found for another organization’s offer', async () => {
    await expect(
      bestPeopleForOffer(deps)(outsider, { offerId: offers['Ingénieur génie civil Toulouse']! }),
    ).rejects.toMatchObject({ code: 'MATCH_OFFER_NOT_FOUND' });
  });
});

describe('match weights', () => {
  it('start from the defaults, are changed by a coordinator and move the scores', async () => {
    expect(await getMatchWeights(deps)(counselor, {})).toMatchObject({ occupation: 5, customized: false });
    const before = await bestOffersForPerson(deps)(counselor, { personId: people.amal! });
    await setMatchWeights(deps)(coordinator, {
      occupation: 0,
      skills: 0,
      language: 0,
      distance: 10,
      contract: 0,
      hours: 0,
      credential: 0,
    });
    expect(await getMatchWeights(deps)(counselor, {})).toMatchObject({ distance: 10, customized: true });
    const after = await bestOffersForPerson(deps)(counselor, { personId: people.amal! });
    expect(after.items[0]?.score).not.toBe(before.items[0]?.score);
    expect(after.items[0]?.criteria.find((c) => c.criterion === 'occupation')?.weight).toBe(0);
  });

  it('are refused to counselors and when nothing counts', async () => {
    const weights = {
      occupation: 5,
      skills: 2,
      language: 3,
      distance: 3,
      contract: 1,
      hours: 1,
      credential: 3,
    };
    await expect(setMatchWeights(deps)(counselor, weights)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      setMatchWeights(deps)(coordinator, {
        ...weights,
        occupation: 0,
        skills: 0,
        language: 0,
        distance: 0,
        contract: 0,
        hours: 0,
        credential: 0,
      }),
    ).rejects.toThrow();
    await expect(setMatchWeights(deps)(coordinator, { ...weights, occupation: 11 })).rejects.toThrow();
  });
});

describe('the person’s rights', () => {
  it('exports the wishes and erases them on anonymization', async () => {
    const organizationId = counselor.actor.organizationId;
    const exported = await matchingPersonData.personDataFor(database.db, organizationId, people.amal!);
    expect(exported.jobWishes).toEqual([expect.objectContaining({ mobilityKm: 5, contractTypes: ['cdd'] })]);
    expect(await matchingPersonData.anonymizePersonData(database.db, organizationId, people.amal!)).toBe(1);
    expect(
      (await matchingPersonData.personDataFor(database.db, organizationId, people.amal!)).jobWishes,
    ).toEqual([]);
  });
});

describe('skills and credentials', () => {
  it('compares the skills and credentials the person holds with those the offer requires, in any case and accents', async () => {
    const coach = (
      await createOffer(deps)(counselor, {
        employerId,
        title: 'Conducteur de car scolaire',
        escoId: esco.busDriver,
        place: { city: 'Toulouse' },
        contractType: 'cdi',
        hoursPerWeek: 35,
        requiredCredentials: [{ code: 'permis-d', label: 'Permis D' }],
        skills: ['Conduite en sécurité', 'Accueil des voyageurs'],
      })
    ).id;
    const reasonsFor = async () => {
      const result = await bestOffersForPerson(deps)(counselor, { personId: people.bilal!, limit: 10 });
      const item = result.items.find((i) => i.offer.id === coach)!;
      return Object.fromEntries(item.criteria.map((c) => [c.criterion, c]));
    };
    const before = await reasonsFor();
    expect(before.skills).toMatchObject({ reason: 'skills_unknown', fit: null });
    expect(before.credential).toMatchObject({ reason: 'credential_unknown', fit: null });

    await setJobWishes(deps)(counselor, {
      personId: people.bilal!,
      mobilityKm: null,
      skills: ['conduite en securite', 'Mécanique'],
      credentials: [{ label: 'PERMIS  D', status: 'in_progress' }],
    });
    const underWay = await reasonsFor();
    expect(underWay.skills).toMatchObject({
      reason: 'skills_covered',
      fit: 0.5,
      params: { covered: 1, required: 2 },
    });
    expect(underWay.credential).toMatchObject({ reason: 'credential_in_progress', fit: 0.5 });

    await setJobWishes(deps)(counselor, {
      personId: people.bilal!,
      mobilityKm: null,
      credentials: [{ label: 'permis-d', status: 'held' }],
    });
    const held = await reasonsFor();
    expect(held.credential).toMatchObject({ reason: 'credential_held', fit: 1 });
    // Wishes are recorded as a whole: skills left out are cleared, and unknown again.
    expect(held.skills).toMatchObject({ reason: 'skills_unknown' });
    expect(await getJobWishes(deps)(counselor, { personId: people.bilal! })).toMatchObject({
      skills: [],
      credentials: [{ label: 'permis-d', status: 'held' }],
    });
  });
});
