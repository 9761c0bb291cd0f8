import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { FrontDoorRequestBody } from '../../../contracts/front-door.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { runDueJobs } from '../../../core/jobs/job-queue.js';
import { getPersonFile } from '../../people/use-cases/get-person-file.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';
import { requestFunnelFacts } from '../api.js';
import { anonymizeRequestsKind, frontDoorJobHandlers } from '../jobs.js';
import { anonymizePersonData, personDataFor } from '../person-data.js';
import { assignFrontDoorRequest } from './assign-request.js';
import { closeFrontDoorRequest } from './close-request.js';
import { convertFrontDoorRequest } from './convert-request.js';
import { readFrontDoorSettings, setFrontDoorSettings } from './front-door-settings.js';
import { listFrontDoorRequests } from './list-requests.js';
import { readPublicFrontDoor, searchFrontDoorPlaces } from './public-front-door.js';
import { readFrontDoorRequest } from './read-request.js';
import { submitFrontDoorRequest } from './submit-request.js';

let database: TestDatabase;
const clock = fixedClock('2026-06-01T14:00:00Z');
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let promis: string;
let cfiq: string;
let inici: string;
let regional: string;
let programId: string;
let coordinator: Staff;
let promisCounselor: Staff;
let cfiqCounselor: Staff;
let cfiqAdministrator: Staff;
let iniciCounselor: Staff;
let funder: Staff;
let outsiderCoordinator: Staff;
const slug = 'emplois-en-regions';
const montreal = '6077243';

const family = (over: Partial<FrontDoorRequestBody> = {}): FrontDoorRequestBody => ({
  language: 'ar',
  givenName: 'Layla',
  familyName: 'Haddad',
  birthYear: 1988,
  email: 'layla.haddad@example.test',
  residence: { country: 'CA', placeCode: montreal },
  status: 'refugee',
  languages: [
    { code: 'ar', level: 'native' },
    { code: 'fr', level: 'intermediate' },
  ],
  occupation: 'Infirmière',
  regionsSought: ['08', '01'],
  anyRegion: false,
  communityKinds: ['small_town'],
  communityNeeds: ['schools', 'health_services'],
  household: [
    { relation: 'spouse', givenName: 'Omar', birthYear: 1985 },
    { relation: 'child', givenName: 'Nour', birthYear: 2016 },
    { relation: 'child', givenName: 'Adam', birthYear: 2020 },
  ],
  consent: true,
  ...over,
});

const submit = (body: FrontDoorRequestBody, at = 'public') =>
  submitFrontDoorRequest(deps)(
    { actor: null, requestId: `req-${at}`, locale: 'fr', ip: '198.51.100.7' },
    { slug, body },
  );

const rows = () =>
  database.db.selectFrom('front_door_requests').selectAll().orderBy('received_at').orderBy('id').execute();

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  promis = (await givenOrganization(database.db, { name: 'PROMIS', country: 'CA' })).id;
  cfiq = (await givenOrganization(database.db, { name: 'CFIQ', country: 'CA' })).id;
  inici = (await givenOrganization(database.db, { name: 'INICI', country: 'CA' })).id;
  regional = (await givenOrganization(database.db, { name: 'Partenaire régional', kind: 'regional_partner' }))
    .id;
  const consortium = await givenConsortium(database.db, promis, [promis, cfiq, inici, regional]);
  programId = (
    await createProgram(deps)(systemContext(), {
      ownerOrganizationId: promis,
      consortiumId: consortium.id,
      code: 'EER',
      nameFr: 'Emplois en régions',
      nameEn: 'Jobs in the regions',
      countingUnit: 'household',
      status: 'active',
      rules: [],
    })
  ).id;
  coordinator = await givenStaff(database.db, promis, 'coordinator');
  promisCounselor = await givenStaff(database.db, promis, 'counselor');
  funder = await givenStaff(database.db, promis, 'funder');
  cfiqCounselor = await givenStaff(database.db, cfiq, 'counselor');
  cfiqAdministrator = await givenStaff(database.db, cfiq, 'administrator');
  iniciCounselor = await givenStaff(database.db, inici, 'counselor');
  const elsewhere = (await givenOrganization(database.db, { name: 'Elsewhere' })).id;
  await givenConsortium(database.db, elsewhere, [elsewhere]);
  outsiderCoordinator = await givenStaff(database.db, elsewhere, 'coordinator');
});
afterAll(async () => {
  await database.close();
});

describe('the front door settings (the coordinating organization)', () => {
  it('refuses a rule to a member that does not receive requests, and anyone who does not coordinate', async () => {
    const body = {
      slug,
      open: true,
      receivingOrganizationIds: [promis, cfiq],
      rules: [{ label: 'Spanish', conditions: { languagesAmong: ['es'] }, targetOrganizationId: inici }],
    };
    await expect(setFrontDoorSettings(deps)(coordinator, { programId, body })).rejects.toMatchObject({
      code: 'FRONT_DOOR_RULE_TARGET_NOT_RECEIVING',
    });
    await expect(setFrontDoorSettings(deps)(cfiqCounselor, { programId, body })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(setFrontDoorSettings(deps)(outsiderCoordinator, { programId, body })).rejects.toMatchObject({
      code: 'FRONT_DOOR_PROGRAM_NOT_FOUND',
    });
    const outsider = await givenOrganization(database.db, { name: 'Not a member' });
    await expect(
      setFrontDoorSettings(deps)(coordinator, {
        programId,
        body: { ...body, receivingOrganizationIds: [promis, outsider.id], rules: [] },
      }),
    ).rejects.toMatchObject({ code: 'FRONT_DOOR_NOT_A_MEMBER' });
  });

  it('keeps the ordered rules and the receiving members', async () => {
    const settings = await setFrontDoorSettings(deps)(coordinator, {
      programId,
      body: {
        slug,
        open: true,
        receivingOrganizationIds: [promis, cfiq, inici],
        rules: [
          { label: 'Arabic', conditions: { languagesAmong: ['ar'] }, targetOrganizationId: cfiq },
          {
            label: 'CSQ abroad',
            conditions: { statusesAmong: ['csq_holder_abroad'] },
            targetOrganizationId: promis,
          },
          { label: 'Spanish', conditions: { languagesAmong: ['es'] }, targetOrganizationId: inici },
        ],
      },
    });
    expect(settings.rules.map((r) => r.label)).toEqual(['Arabic', 'CSQ abroad', 'Spanish']);
    expect(settings.members.map((m) => m.name)).toContain('Partenaire régional');
    expect((await readFrontDoorSettings(deps)(coordinator, { programId })).receivingOrganizationIds).toEqual([
      promis,
      cfiq,
      inici,
    ]);
    expect(await readPublicFrontDoor(deps)(systemContext(), { slug })).toEqual({
      slug,
      programName: { fr: 'Emplois en régions', en: 'Jobs in the regions' },
      consortiumName: expect.any(String),
      open: true,
    });
  });

  it('finds municipalities of Québec only for the public form', async () => {
    const found = await searchFrontDoorPlaces(deps)(systemContext(), { slug, q: 'Rouyn' });
    expect(found.items[0]).toMatchObject({ name: 'Rouyn-Noranda', regionName: 'Abitibi-Témiscamingue' });
  });
});

describe('asking through the front door', () => {
  it('routes an Arabic-speaking family to CFIQ by the rule, seals the status, logs no name', async () => {
    expect(await submit(family())).toEqual({ status: 'received' });
    const [row] = await rows();
    expect(row).toMatchObject({
      proposed_organization_id: cfiq,
      state: 'new',
      household_size: 4,
      with_children: true,
      residence_region_code: '06',
      residence_city: 'Montréal',
      language: 'ar',
    });
    expect(row?.proposal_reason).toMatchObject({ kind: 'rule', label: 'Arabic', position: 1 });
    expect(row?.sealed_status).not.toContain('refugee');
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'front_door.request_receive')
      .execute();
    expect(JSON.stringify(audit)).not.toMatch(/Layla|Haddad|refugee|example\.test/);
  });

  it('counts a repeat within 30 days on the first request (same answer), then queues one after', async () => {
    clock.set('2026-06-10T10:00:00Z');
    expect(await submit(family({ email: 'LAYLA.haddad@example.test', givenName: 'Leila' }))).toEqual({
      status: 'received',
    });
    let all = await rows();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ repeat_count: 1 });
    expect(all[0]?.last_received_at.toISOString()).toBe('2026-06-10T10:00:00.000Z');
    // The same phone, written otherwise, is the same person.
    await submit(family({ email: undefined, phone: '+1 514 555 0101', language: 'es', givenName: 'Ana' }));
    await submit(family({ email: undefined, phone: '+1 (514) 555-0101', language: 'es', givenName: 'Ana' }));
    all = await rows();
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ repeat_count: 1, proposed_organization_id: cfiq });
    clock.set('2026-07-20T10:00:00Z');
    await submit(family());
    expect(await rows()).toHaveLength(3);
  });

  it('drops a robot filling the honeypot with the same answer, and refuses a closed or unknown door', async () => {
    expect(await submit(family({ email: 'robot@example.test', website: 'http://spam.test' }))).toEqual({
      status: 'received',
    });
    expect(await rows()).toHaveLength(3);
    await expect(
      submitFrontDoorRequest(deps)(systemContext(), { slug: 'nowhere', body: family() }),
    ).rejects.toMatchObject({ code: 'FRONT_DOOR_NOT_FOUND' });
  });

  it('accepts no more than it should: consent, a contact, a region, known fields', async () => {
    await expect(
      submit({ ...family(), consent: false } as unknown as FrontDoorRequestBody),
    ).rejects.toThrow();
    await expect(submit(family({ email: undefined }))).rejects.toThrow(/e-mail address or a phone/);
    await expect(submit(family({ regionsSought: [] }))).rejects.toThrow(/region/);
    await expect(
      submit({ ...family(), immigrationFile: 'x' } as unknown as FrontDoorRequestBody),
    ).rejects.toThrow();
    await expect(
      submit(family({ email: 'abroad@example.test', residence: { country: 'CA', placeCode: '1' } })),
    ).rejects.toMatchObject({ code: 'FRONT_DOOR_PLACE_NOT_FOUND' });
  });

  it('proposes PROMIS for a CSQ holder abroad, INICI for a Spanish speaker, else the least loaded member', async () => {
    await submit(
      family({
        language: 'fr',
        email: 'csq@example.test',
        status: 'csq_holder_abroad',
        residence: { country: 'MA', city: 'Casablanca' },
        languages: [],
        household: [],
      }),
    );
    await submit(family({ language: 'es', email: 'es@example.test', languages: [], household: [] }));
    await submit(
      family({
        language: 'en',
        email: 'en@example.test',
        languages: [],
        status: 'permanent_resident',
        household: [],
      }),
    );
    const last = (await rows()).slice(-3);
    expect(last.map((r) => r.proposed_organization_id)).toEqual([promis, inici, expect.any(String)]);
    expect(last[0]).toMatchObject({
      residence_city: 'Casablanca',
      residence_region_code: null,
      household_size: 1,
    });
    expect(last[2]?.proposal_reason).toMatchObject({ kind: 'least_load' });
  });
});

describe('the queue', () => {
  let layla: string;

  it('shows the coordination every request, a member none that is not assigned to it', async () => {
    const queue = await listFrontDoorRequests(deps)(coordinator, { programId, state: 'open' });
    expect(queue.coordinates).toBe(true);
    expect(queue.items.length).toBe(6);
    layla = queue.items.find((i) => i.givenName === 'Layla' && i.repeatCount === 1)?.id as string;
    expect((await listFrontDoorRequests(deps)(cfiqCounselor, { state: 'open' })).items).toEqual([]);
    // The coordinating organization's counselor works only on what is assigned to it.
    expect((await listFrontDoorRequests(deps)(promisCounselor, { state: 'all' })).items).toEqual([]);
    await expect(readFrontDoorRequest(deps)(cfiqCounselor, { requestId: layla })).rejects.toMatchObject({
      code: 'FRONT_DOOR_REQUEST_NOT_FOUND',
    });
    await expect(listFrontDoorRequests(deps)(funder, { state: 'open' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('confirms the proposal; the person is told in Arabic who will contact them; only CFIQ sees it', async () => {
    const view = await assignFrontDoorRequest(deps)(coordinator, { requestId: layla, organizationId: cfiq });
    expect(view).toMatchObject({ state: 'assigned', assignedOrganization: { id: cfiq, name: 'CFIQ' } });
    await runDueJobs(deps, frontDoorJobHandlers, { limit: 10 });
    const [mail] = deps.mailer.to('layla.haddad@example.test');
    expect(mail?.subject).toContain('CFIQ');
    expect(mail?.text).toMatch(/مرحبًا Layla/);
    expect(
      (await listFrontDoorRequests(deps)(cfiqCounselor, { state: 'open' })).items.map((i) => i.id),
    ).toEqual([layla]);
    expect((await listFrontDoorRequests(deps)(iniciCounselor, { state: 'all' })).items).toEqual([]);
    await expect(readFrontDoorRequest(deps)(iniciCounselor, { requestId: layla })).rejects.toMatchObject({
      code: 'FRONT_DOOR_REQUEST_NOT_FOUND',
    });
  });

  it('shows the status to a counselor of the member, never to an administrator', async () => {
    const counselorView = await readFrontDoorRequest(deps)(cfiqCounselor, { requestId: layla });
    expect(counselorView).toMatchObject({
      status: 'refugee',
      statusShown: true,
      canWork: true,
      canAssign: false,
    });
    const adminView = await readFrontDoorRequest(deps)(cfiqAdministrator, { requestId: layla });
    expect(adminView).toMatchObject({ status: null, statusShown: false });
  });

  it('reassigns only to a receiving member, with a note', async () => {
    const [other] = (await listFrontDoorRequests(deps)(coordinator, { state: 'new' })).items.filter(
      (i) => i.id !== layla,
    );
    await expect(
      assignFrontDoorRequest(deps)(coordinator, { requestId: other!.id, organizationId: regional }),
    ).rejects.toMatchObject({ code: 'FRONT_DOOR_NOT_A_MEMBER' });
    await expect(
      assignFrontDoorRequest(deps)(cfiqCounselor, { requestId: other!.id, organizationId: cfiq }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const view = await assignFrontDoorRequest(deps)(coordinator, {
      requestId: other!.id,
      organizationId: inici,
      note: 'INICI a une conseillère hispanophone',
    });
    expect(view).toMatchObject({ assignedOrganization: { id: inici }, assignmentNote: expect.any(String) });
    await expect(
      closeFrontDoorRequest(deps)(cfiqCounselor, { requestId: other!.id, reason: 'duplicate' }),
    ).rejects.toMatchObject({ code: 'FRONT_DOOR_REQUEST_NOT_FOUND' });
    const closed = await closeFrontDoorRequest(deps)(iniciCounselor, {
      requestId: other!.id,
      reason: 'withdrew',
    });
    expect(closed).toMatchObject({ state: 'closed', closeReason: 'withdrew' });
    await expect(
      assignFrontDoorRequest(deps)(coordinator, { requestId: other!.id, organizationId: cfiq }),
    ).rejects.toMatchObject({ code: 'FRONT_DOOR_REQUEST_NOT_OPEN' });
  });

  it("opens the family's file at CFIQ with the household as dependants, linked on the file's timeline", async () => {
    await expect(convertFrontDoorRequest(deps)(coordinator, { requestId: layla })).rejects.toMatchObject({
      code: 'FRONT_DOOR_REQUEST_NOT_ASSIGNED',
    });
    const { personId } = await convertFrontDoorRequest(deps)(cfiqCounselor, { requestId: layla });
    const file = await getPersonFile(deps)(cfiqCounselor, { personId });
    expect(file.identity).toMatchObject({
      givenName: 'Layla',
      familyName: 'Haddad',
      email: 'layla.haddad@example.test',
      // Where she said she lives: the program's residence rule reads it at enrolment.
      city: 'Montréal',
      country: 'CA',
    });
    expect(file.household.map((m) => m.relation).sort()).toEqual(['child', 'child', 'spouse']);
    expect(file.consents).toHaveLength(1);
    const events = await listPersonTimeline(deps)(cfiqCounselor, { personId });
    expect(events.items.map((e) => e.kind)).toContain('front_door.request_linked');
    expect(await readFrontDoorRequest(deps)(cfiqCounselor, { requestId: layla })).toMatchObject({
      state: 'converted',
      personId,
    });
    const exported = await personDataFor(database.db, cfiq, personId);
    expect(exported.frontDoorRequests).toHaveLength(1);
    expect(JSON.stringify(exported)).not.toContain('refugee');
    expect(await anonymizePersonData(database.db, cfiq, personId, clock.now())).toBe(1);
    expect((await personDataFor(database.db, cfiq, personId)).frontDoorRequests[0]).toMatchObject({
      givenName: null,
      email: null,
      household: null,
    });
  });

  it('gives the funnel its facts without names: by assigned member, or by the coordinator while unassigned', async () => {
    const facts = await requestFunnelFacts(database.db, {
      organizationIds: [cfiq],
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(facts).toEqual([
      {
        requestId: layla,
        receivedOn: '2026-06-01',
        consortiumId: expect.any(String),
        assignedOrganizationId: cfiq,
        personId: expect.any(String),
        householdSize: 4,
      },
    ]);
    const coordination = await requestFunnelFacts(database.db, {
      organizationIds: [promis],
      from: '2026-06-01',
      to: '2026-07-31',
    });
    expect(coordination.every((f) => f.assignedOrganizationId === null)).toBe(true);
    expect(coordination.length).toBe(4);
    expect(
      await requestFunnelFacts(database.db, {
        organizationIds: [promis],
        from: '2025-01-01',
        to: '2025-12-31',
      }),
    ).toEqual([]);
  });

  it('anonymizes requests never opened as a file a year after they were last received', async () => {
    clock.set('2027-07-15T04:00:00Z');
    await frontDoorJobHandlers[anonymizeRequestsKind]?.(deps, {}, undefined as never);
    const after = await rows();
    // Ana's, last received on 10 June 2026, and Layla's (anonymized with her file); those of 20 July stay.
    expect(after.filter((r) => r.anonymized_at !== null)).toHaveLength(2);
    expect(
      after
        .filter((r) => r.anonymized_at === null)
        .every((r) => r.received_at.toISOString() === '2026-07-20T10:00:00.000Z'),
    ).toBe(true);
    expect(after.every((r) => r.anonymized_at === null || (r.given_name === null && r.email === null))).toBe(
      true,
    );
    expect(after.map((r) => r.household_size)).toContain(4);
  });
});
