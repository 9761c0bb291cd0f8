import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import type { Deps } from '../../../core/use-case.js';
import { addSite } from '../../employers/use-cases/add-site.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import { addHouseholdMember } from '../../people/use-cases/add-household-member.js';
import { addPersonItem } from '../../people/use-cases/add-person-item.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { formHousehold } from '../../people/use-cases/form-household.js';
import { rekeyOpenEnrolments } from '../../programs/api.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';
import { regionalPartnersOf, stayFunnelFacts, staysOfPerson } from '../api.js';
import { addProgrammeItem } from './add-programme-item.js';
import { addStayCost } from './add-stay-cost.js';
import { cancelStay } from './cancel-stay.js';
import { listRegions } from './list-regions.js';
import { addCoverage, removeCoverage } from './manage-coverage.js';
import { observeStay } from './observe-stay.js';
import { personStays } from './person-stays.js';
import { planStay } from './plan-stay.js';
import { readRegion } from './read-region.js';
import { readStay } from './read-stay.js';
import { removeProgrammeItem } from './remove-programme-item.js';
import { reportStay } from './report-stay.js';
import { staysInMyRegions } from './stays-in-my-regions.js';
import { updateStay } from './update-stay.js';

/**
 * A Montréal household's exploratory stay in Abitibi-Témiscamingue: planned on the main contact's
 * file with a partner covering the region, seen by that partner (names only under consent), not by
 * the Bas-Saint-Laurent partner nor outside the consortium, reported afterwards, and counted by the
 * lead's funnel through the api.
 */
let database: TestDatabase;
let deps: Deps;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let coordinator: Staff;
let counselor: Staff;
let memberCoordinator: Staff;
let abitibi: Staff;
let bsl: Staff;
let outsider: Staff;
let funder: Staff;
let consortiumId: string;
let abitibiId: string;
let bslId: string;
let promisId: string;
let mainId: string;
let childId: string;
let strangerId: string;

const consortiumCoverage = (organizationId: string, regionCode: string) => ({
  consortiumId,
  organizationId,
  regionCountry: 'CA' as const,
  regionCode,
});

const stay = (overrides: Record<string, unknown> = {}) => ({
  regionCountry: 'CA' as const,
  regionCode: '08',
  hostOrganizationId: abitibiId,
  startsOn: '2026-07-06',
  endsOn: '2026-07-08',
  travellerPersonIds: [mainId, childId],
  childrenWithoutFile: 1,
  purpose: 'Voir Rouyn-Noranda avec les enfants',
  ...overrides,
});

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-06-15T14:00:00Z'));
  const db = database.db;
  const promis = await givenOrganization(db, { name: 'PROMIS', country: 'CA', timeZone: 'America/Toronto' });
  const cfiq = await givenOrganization(db, { name: 'CFIQ', country: 'CA', timeZone: 'America/Toronto' });
  const rouyn = await givenOrganization(db, {
    name: 'Carrefour Abitibi',
    kind: 'regional_partner',
    country: 'CA',
  });
  const rimouski = await givenOrganization(db, {
    name: 'Accueil BSL',
    kind: 'regional_partner',
    country: 'CA',
  });
  const elsewhere = await givenOrganization(db, { name: 'Hors consortium', country: 'CA' });
  promisId = promis.id;
  abitibiId = rouyn.id;
  bslId = rimouski.id;
  consortiumId = (await givenConsortium(db, promis.id, [promis.id, cfiq.id, rouyn.id, rimouski.id])).id;
  coordinator = await givenStaff(db, promis.id, 'coordinator');
  counselor = await givenStaff(db, promis.id, 'counselor');
  funder = await givenStaff(db, promis.id, 'funder');
  memberCoordinator = await givenStaff(db, cfiq.id, 'coordinator');
  abitibi = await givenStaff(db, rouyn.id, 'counselor');
  bsl = await givenStaff(db, rimouski.id, 'counselor');
  outsider = await givenStaff(db, elsewhere.id, 'counselor');
  await addCoverage(deps)(coordinator, consortiumCoverage(abitibiId, '08'));
  await addCoverage(deps)(coordinator, consortiumCoverage(bslId, '01'));
  const person = async (givenName: string) =>
    (await createPerson(deps)(counselor, { identity: { givenName, familyName: 'Diallo' } })).id;
  mainId = await person('Amina');
  childId = await person('Yusuf');
  strangerId = await person('Autre');
  const { householdId } = await formHousehold(rekeyOpenEnrolments)(deps)(counselor, { personId: mainId });
  await addHouseholdMember(rekeyOpenEnrolments)(deps)(counselor, {
    householdId,
    personId: childId,
    relation: 'child',
  });
});
afterAll(() => database.close());

describe('regions and their partners', () => {
  it('lists the regions of Québec from the places data with the partners covering them', async () => {
    const { items, canManageCoverage } = await listRegions(deps)(counselor, {});
    expect(items).toHaveLength(17);
    expect(items.find((r) => r.code === '08')).toEqual({
      country: 'CA',
      code: '08',
      name: 'Abitibi-Témiscamingue',
      partners: [{ id: abitibiId, name: 'Carrefour Abitibi' }],
    });
    expect(items.find((r) => r.code === '06')?.partners).toEqual([]);
    expect(canManageCoverage).toBe(false);
    expect((await listRegions(deps)(coordinator, {})).canManageCoverage).toBe(true);
    await expect(listRegions(deps)(funder, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await regionalPartnersOf(database.db, 'CA', '08')).toEqual([abitibiId]);
  });

  it('is kept by the coordinating organization only, for members of the consortium and known regions', async () => {
    await expect(
      addCoverage(deps)(memberCoordinator, consortiumCoverage(abitibiId, '09')),
    ).rejects.toMatchObject({ code: 'REGION_COVERAGE_NOT_COORDINATOR' });
    await expect(
      addCoverage(deps)(coordinator, consortiumCoverage(outsider.actor.organizationId, '09')),
    ).rejects.toMatchObject({ code: 'REGION_PARTNER_NOT_MEMBER' });
    await expect(addCoverage(deps)(coordinator, consortiumCoverage(abitibiId, '99'))).rejects.toMatchObject({
      code: 'REGION_NOT_FOUND',
    });
    await addCoverage(deps)(coordinator, consortiumCoverage(abitibiId, '10'));
    expect(await regionalPartnersOf(database.db, 'CA', '10')).toEqual([abitibiId]);
    await removeCoverage(deps)(coordinator, consortiumCoverage(abitibiId, '10'));
    expect(await regionalPartnersOf(database.db, 'CA', '10')).toEqual([]);
    await expect(
      removeCoverage(deps)(coordinator, consortiumCoverage(abitibiId, '10')),
    ).rejects.toMatchObject({
      code: 'REGION_COVERAGE_NOT_FOUND',
    });
  });

  it("shows the employers of the reader's directory with a site in the region, not those of another organization", async () => {
    const own = await createEmployer(deps)(counselor, { name: 'Fonderie du Nord', country: 'CA' });
    const site = await addSite(deps)(counselor, { employerId: own.id, name: 'Usine', city: 'Rouyn-Noranda' });
    expect(site.located).toBe(true);
    const foreign = await createEmployer(deps)(outsider, { name: 'Mine d’ailleurs', country: 'CA' });
    await addSite(deps)(outsider, { employerId: foreign.id, name: 'Puits', city: 'Rouyn-Noranda' });
    const abitibi = await readRegion(deps)(counselor, { country: 'CA', code: '08' });
    expect(abitibi.employers).toEqual([{ id: own.id, name: 'Fonderie du Nord', towns: ['Rouyn-Noranda'] }]);
    expect((await readRegion(deps)(counselor, { country: 'CA', code: '02' })).employers).toEqual([]);
  });

  it("shows one region's partners, and refuses an unknown region", async () => {
    const region = await readRegion(deps)(counselor, { country: 'CA', code: '08' });
    expect(region).toMatchObject({ name: 'Abitibi-Témiscamingue', partners: [{ id: abitibiId }] });
    expect(region.infoSessions).toEqual([]);
    await expect(readRegion(deps)(counselor, { country: 'CA', code: '42' })).rejects.toMatchObject({
      code: 'REGION_NOT_FOUND',
    });
  });
});

describe('planning a stay', () => {
  it('checks dates (1 to 5 days), the host, the travellers and the main contact, and changes nothing when refused', async () => {
    const refusals: [Record<string, unknown>, string][] = [
      [{ endsOn: '2026-07-05' }, 'STAY_ENDS_BEFORE_START'],
      [{ endsOn: '2026-07-11' }, 'STAY_TOO_LONG'],
      [{ hostOrganizationId: bslId }, 'STAY_HOST_NOT_COVERING_REGION'],
      [{ regionCode: '01' }, 'STAY_HOST_NOT_COVERING_REGION'],
      [{ travellerPersonIds: [mainId, strangerId] }, 'STAY_TRAVELLER_NOT_IN_HOUSEHOLD'],
      [{ travellerPersonIds: [], childrenWithoutFile: 0 }, 'STAY_NOBODY_TRAVELS'],
    ];
    for (const [overrides, code] of refusals)
      await expect(planStay(deps)(counselor, { personId: mainId, ...stay(overrides) })).rejects.toMatchObject(
        {
          code,
        },
      );
    await expect(planStay(deps)(counselor, { personId: childId, ...stay() })).rejects.toMatchObject({
      code: 'STAY_NOT_MAIN_CONTACT',
    });
    await expect(planStay(deps)(outsider, { personId: mainId, ...stay() })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    expect(await staysOfPerson(database.db, mainId, promisId)).toEqual([]);
  });

  it("records it on the main contact's file with its travellers, on the timeline, and for the child's file too", async () => {
    const { id } = await planStay(deps)(counselor, { personId: mainId, ...stay() });
    const { items } = await personStays(deps)(counselor, { personId: childId });
    expect(items).toEqual([
      expect.objectContaining({
        id,
        region: { country: 'CA', code: '08', name: 'Abitibi-Témiscamingue' },
        host: { id: abitibiId, name: 'Carrefour Abitibi' },
        status: 'planned',
        travellers: [
          { personId: mainId, name: 'Amina Diallo', named: true },
          { personId: childId, name: 'Yusuf Diallo', named: true },
        ],
        childrenWithoutFile: 1,
        side: 'owner',
      }),
    ]);
    const timeline = await listPersonTimeline(deps)(counselor, { personId: mainId });
    expect(timeline.items.map((e: { kind: string }) => e.kind)).toContain('stay.planned');
    await cancelStay(deps)(counselor, { stayId: id });
  });
});

describe("the regional partner's view", () => {
  let stayId: string;
  beforeAll(async () => {
    stayId = (await planStay(deps)(counselor, { personId: mainId, ...stay() })).id;
  });

  it('sees the stays of its region with initials only, without a consent naming it', async () => {
    const { items } = await staysInMyRegions(deps)(abitibi, {});
    const seen = items.find((s) => s.id === stayId);
    expect(seen).toMatchObject({
      side: 'host',
      householdSize: 2,
      travellers: [
        { personId: null, name: 'A. D.', named: false },
        { personId: null, name: 'Y. D.', named: false },
      ],
    });
    const view = await readStay(deps)(abitibi, { stayId });
    expect(view.personId).toBeNull();
    expect(view.actions).toEqual(['add_item', 'observe']);
  });

  it('sees the names a consent in force names it for, the read audited under that consent', async () => {
    const { id: consentId } = await addPersonItem(deps)(counselor, {
      personId: mainId,
      item: {
        kind: 'consent',
        data: {
          purpose: 'sharing_with_partners',
          givenOn: '2026-06-01',
          partnerOrganizationIds: [abitibiId],
          covers: ['identity'],
        } as never,
      },
    });
    const view = await readStay(deps)(abitibi, { stayId });
    expect(view.travellers).toEqual([
      { personId: null, name: 'Amina Diallo', named: true },
      { personId: null, name: 'Y. D.', named: false },
    ]);
    const audited = await database.db
      .selectFrom('audit_events')
      .select(['action', 'resource_id'])
      .where('actor_user_id', '=', abitibi.actor.userId)
      .where('action', '=', 'sharing.read')
      .execute();
    expect(audited).toEqual([{ action: 'sharing.read', resource_id: consentId }]);
  });

  it('is not found by the partner of another region, nor outside the consortium', async () => {
    for (const reader of [bsl, outsider]) {
      await expect(readStay(deps)(reader, { stayId })).rejects.toMatchObject({ code: 'STAY_NOT_FOUND' });
      expect((await staysInMyRegions(deps)(reader, {})).items).toEqual([]);
    }
    await expect(readStay(deps)(funder, { stayId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('adds to the programme and writes its observations, but leaves costs and the report to the household’s organization', async () => {
    const { id: itemId } = await addProgrammeItem(deps)(abitibi, {
      stayId,
      day: '2026-07-07',
      startsAt: '10:00',
      kind: 'employer_visit',
      description: 'Visite de la mine Horne',
    });
    await expect(
      addProgrammeItem(deps)(abitibi, {
        stayId,
        day: '2026-07-10',
        kind: 'meeting',
        description: 'Trop tard',
      }),
    ).rejects.toMatchObject({ code: 'STAY_ITEM_OUTSIDE_DATES' });
    await expect(
      addStayCost(deps)(abitibi, { stayId, kind: 'lodging', amountCents: 100, paidBy: 'partner' }),
    ).rejects.toMatchObject({ code: 'STAY_OWNER_ONLY' });
    await expect(reportStay(deps)(abitibi, { stayId, decision: 'interested' })).rejects.toMatchObject({
      code: 'STAY_OWNER_ONLY',
    });
    await expect(observeStay(deps)(counselor, { stayId, observations: 'x' })).rejects.toMatchObject({
      code: 'STAY_HOST_ONLY',
    });
    await observeStay(deps)(abitibi, { stayId, observations: 'Famille très motivée' });
    // The household's organization cannot remove what the host added.
    await expect(removeProgrammeItem(deps)(counselor, { stayId, itemId })).rejects.toMatchObject({
      code: 'STAY_ITEM_NOT_FOUND',
    });
    await expect(
      updateStay(deps)(counselor, { stayId, ...stay({ startsOn: '2026-07-08', endsOn: '2026-07-09' }) }),
    ).rejects.toMatchObject({
      code: 'STAY_PROGRAMME_OUTSIDE_DATES',
    });
    const view = await readStay(deps)(counselor, { stayId });
    expect(view.programme).toEqual([
      expect.objectContaining({ id: itemId, kind: 'employer_visit', startsAt: '10:00', addedBy: 'host' }),
    ]);
    expect(view.hostObservations).toBe('Famille très motivée');
  });

  it('totals costs in cents by payer, and refuses a report before the stay begins', async () => {
    await addStayCost(deps)(counselor, { stayId, kind: 'transport', amountCents: 18_950, paidBy: 'program' });
    await addStayCost(deps)(counselor, { stayId, kind: 'lodging', amountCents: 24_000, paidBy: 'partner' });
    await addStayCost(deps)(counselor, { stayId, kind: 'meals', amountCents: 6_055, paidBy: 'household' });
    const view = await readStay(deps)(counselor, { stayId });
    expect(view.totalCostCents).toBe(49_005);
    expect(view.costsByPayer).toEqual({ household: 6_055, program: 18_950, partner: 24_000 });
    await expect(reportStay(deps)(counselor, { stayId, decision: 'interested' })).rejects.toMatchObject({
      code: 'STAY_REPORT_BEFORE_START',
    });
  });
});

describe("paging the partner's list", () => {
  it('pages newest first without overlap nor gap, counts them all, and audits only the page read', async () => {
    // Two stays starting the same day: the id settles their order, so that no page repeats or skips one.
    for (const startsOn of ['2026-07-20', '2026-07-20', '2026-08-03', '2026-07-27', '2026-08-10'])
      await planStay(deps)(counselor, { personId: mainId, ...stay({ startsOn, endsOn: startsOn }) });
    const all = await staysInMyRegions(deps)(abitibi, { pageSize: 200 });
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThanOrEqual(6);
    const starts = all.items.map((s) => s.startsOn);
    expect(starts).toEqual([...starts].sort().reverse());
    const auditedBefore = await listAudits();
    const paged: string[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 2); page++) {
      const result = await staysInMyRegions(deps)(abitibi, { page, pageSize: 2 });
      expect(result).toMatchObject({ page, pageSize: 2, total: all.total });
      expect(result.items.length).toBe(Math.min(2, all.total - (page - 1) * 2));
      paged.push(...result.items.map((s) => s.id));
    }
    expect(paged).toEqual(all.items.map((s) => s.id));
    expect((await listAudits()) - auditedBefore).toBe(all.total);
    const beyond = await staysInMyRegions(deps)(abitibi, { page: 99, pageSize: 2 });
    expect(beyond).toMatchObject({ items: [], total: all.total });
    const planned = await staysInMyRegions(deps)(abitibi, { status: 'planned', pageSize: 1 });
    expect(planned.items).toHaveLength(1);
    expect(planned.total).toBe(all.items.filter((s) => s.status === 'planned').length);
    await expect(staysInMyRegions(deps)(abitibi, { pageSize: 201 })).rejects.toThrow();
  });
});

const listAudits = async () =>
  Number(
    (
      await database.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('actor_user_id', '=', abitibi.actor.userId)
        .where('action', '=', 'stay.list_region')
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('reporting a stay', () => {
  it('records the decision to move with its day; the funnel and the relocation aid read it through the api', async () => {
    const { id } = await planStay(deps)(counselor, {
      personId: mainId,
      ...stay({ startsOn: '2026-06-01', endsOn: '2026-06-03' }),
    });
    await addStayCost(deps)(counselor, {
      stayId: id,
      kind: 'transport',
      amountCents: 12_345,
      paidBy: 'program',
    });
    await expect(
      reportStay(deps)(counselor, { stayId: id, decision: 'decided_to_move' }),
    ).rejects.toMatchObject({ code: 'STAY_DECIDED_ON_MISSING' });
    await expect(
      reportStay(deps)(counselor, { stayId: id, decision: 'decided_to_move', decidedOn: '2026-05-20' }),
    ).rejects.toMatchObject({ code: 'STAY_DECIDED_ON_BEFORE_START' });
    await reportStay(deps)(counselor, {
      stayId: id,
      decision: 'decided_to_move',
      decidedOn: '2026-06-10',
      note: 'Emploi trouvé à Rouyn',
    });
    await expect(cancelStay(deps)(counselor, { stayId: id })).rejects.toMatchObject({
      code: 'STAY_NOT_CHANGEABLE',
    });
    const summaries = await staysOfPerson(database.db, mainId, promisId);
    expect(summaries.find((s) => s.id === id)).toMatchObject({
      status: 'done',
      decision: 'decided_to_move',
      decidedOn: '2026-06-10',
      totalCostCents: 12_345,
    });
    const facts = await stayFunnelFacts(database.db, {
      organizationIds: [promisId],
      from: '2026-06-01',
      to: '2026-06-30',
    });
    expect(facts).toEqual([
      {
        stayId: id,
        personId: mainId,
        householdKey: expect.any(String),
        organizationId: promisId,
        startsOn: '2026-06-01',
        regionCountry: 'CA',
        regionCode: '08',
        status: 'done',
        decision: 'decided_to_move',
        decidedOn: '2026-06-10',
      },
    ]);
    expect(facts[0]?.householdKey).not.toBe(mainId);
    expect(
      await stayFunnelFacts(database.db, { organizationIds: [bslId], from: '2026-01-01', to: '2026-12-31' }),
    ).toEqual([]);
    const timeline = await listPersonTimeline(deps)(counselor, { personId: mainId });
    expect(timeline.items.map((e: { kind: string }) => e.kind)).toContain('stay.reported');
  });
});

describe("the person's rights", () => {
  it('exports the stays of the file with their texts, and anonymization erases the texts but keeps dates, decision and costs', async () => {
    const { regionsPersonData } = await import('../api.js');
    const before = await regionsPersonData.personDataFor(database.db, promisId, childId);
    expect(before.exploratoryStays.length).toBeGreaterThan(0);
    expect(before.exploratoryStays.every((s) => !s.asMainContact)).toBe(true);
    const reported = (
      await regionsPersonData.personDataFor(database.db, promisId, mainId)
    ).exploratoryStays.find((s) => s.decision === 'decided_to_move');
    expect(reported).toMatchObject({ reportNote: 'Emploi trouvé à Rouyn', costs: [{ amountCents: 12_345 }] });
    const erased = await regionsPersonData.anonymizePersonData(database.db, promisId, mainId);
    expect(erased).toBe(before.exploratoryStays.length);
    const after = (await regionsPersonData.personDataFor(database.db, promisId, mainId)).exploratoryStays;
    for (const s of after) {
      expect(s.purpose).toBeNull();
      expect(s.reportNote).toBeNull();
      expect(s.hostObservations).toBeNull();
      for (const item of s.programme) expect(item.description).toBe('—');
    }
    expect(after.find((s) => s.id === reported?.id)).toMatchObject({
      decision: 'decided_to_move',
      decidedOn: '2026-06-10',
      costs: [{ amountCents: 12_345 }],
    });
  });
});
