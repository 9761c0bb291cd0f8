import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { auditWriter } from '../../../core/audit/audit-log.js';
import { fixedClock } from '../../../core/clock.js';
import { uuidv7 } from '../../../core/ids.js';
import { employerSummary, siteSummary, upsertEmployersByLegalIdentifier } from '../api.js';
import { siretWithKeys } from '../domain/legal-identifier.js';
import { addSite } from './add-site.js';
import { changeEmployer } from './change-employer.js';
import { createEmployer } from './create-employer.js';
import { getEmployer } from './get-employer.js';
import { listEmployers } from './list-employers.js';
import { recordEngagement } from './record-engagement.js';
import { removeSite } from './remove-site.js';

/** A valid SIRET from 8 digits of SIREN and 4 of NIC (both Luhn keys computed). */
const siretOf = (body: string, nic = '0001') => siretWithKeys(body, nic);

let database: TestDatabase;
const clock = fixedClock('2026-11-20T09:00:00Z');
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let staff: Record<
  'ines' | 'referent' | 'administrator' | 'funder' | 'partner' | 'coordination' | 'outsider' | 'louisville',
  Staff
>;
let organizations: Record<'bastide' | 'garonne' | 'coordination' | 'toulouse' | 'louisville', string>;
let consortiumId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const db = database.db;
  organizations = {
    coordination: (await givenOrganization(db, { name: 'impulseR Gironde — coordination', kind: 'siae' })).id,
    bastide: (await givenOrganization(db, { name: 'Chantier d’insertion Bastide Solidaire', kind: 'siae' }))
      .id,
    garonne: (await givenOrganization(db, { name: 'Garonne Services Insertion', kind: 'siae' })).id,
    toulouse: (await givenOrganization(db, { name: 'Mission Locale de Toulouse' })).id,
    louisville: (await givenOrganization(db, { name: 'Louisville OIA', country: 'US' })).id,
  };
  consortiumId = (
    await givenConsortium(db, organizations.coordination, [organizations.bastide, organizations.garonne])
  ).id;
  staff = {
    ines: await givenStaff(db, organizations.bastide, 'counselor', { displayName: 'Inès Lambert' }),
    referent: await givenStaff(db, organizations.bastide, 'program_referent'),
    administrator: await givenStaff(db, organizations.bastide, 'administrator'),
    funder: await givenStaff(db, organizations.bastide, 'funder'),
    partner: await givenStaff(db, organizations.garonne, 'counselor', { locale: 'fr' }),
    coordination: await givenStaff(db, organizations.coordination, 'coordinator'),
    outsider: await givenStaff(db, organizations.toulouse, 'director'),
    louisville: await givenStaff(db, organizations.louisville, 'counselor'),
  };
});
afterAll(() => database.close());

const count = async (table: 'employers' | 'audit_events') =>
  Number(
    (
      await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const recycling = {
  name: 'Recyclerie des Graves',
  country: 'FR' as const,
  legalIdentifier: siretOf('51234567'),
  sectorCode: '3832z',
  sectorLabel: 'Récupération de déchets triés',
  sizeBand: '10-49' as const,
  siae: true,
  siaeKind: 'ei' as const,
};

describe('the employers directory', () => {
  it('adds an SIAE with its SIRET checked, stored as digits, and shows it with everything', async () => {
    const typed = recycling.legalIdentifier.replace(/^(\d{3})(\d{3})(\d{3})/, '$1 $2 $3 ');
    const { id } = await createEmployer(deps)(staff.ines, {
      ...recycling,
      legalIdentifier: typed,
      siaeConsortiumId: consortiumId,
      sharedWithConsortium: true,
    });
    const employer = await getEmployer(deps)(staff.ines, { employerId: id });
    expect(employer).toMatchObject({
      name: 'Recyclerie des Graves',
      legalIdentifier: { scheme: 'siret', value: recycling.legalIdentifier, display: typed },
      sector: { scheme: 'naf', code: '38.32Z', label: 'Récupération de déchets triés' },
      siae: true,
      siaeKind: 'ei',
      siaeConsortium: { id: consortiumId },
      sharedWithConsortium: true,
      sharedWithMe: false,
      mayEdit: true,
      owner: {
        organizationId: organizations.bastide,
        organizationName: 'Chantier d’insertion Bastide Solidaire',
      },
      sites: [],
      contacts: [],
      commitments: [],
      engagements: 0,
    });
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('resource_id', '=', id)
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['employer.create', 'employer.read']);
    expect(audit[0]?.details).toMatchObject({ fields: expect.arrayContaining(['name', 'legalId', 'siae']) });
    expect(JSON.stringify(audit)).not.toContain('Recyclerie');
  });

  it('refuses the same identifier twice in an organization with a clear 409, and writes nothing', async () => {
    const before = [await count('employers'), await count('audit_events')];
    const again = createEmployer(deps)(staff.referent, { ...recycling, name: 'Recyclerie (doublon)' });
    await expect(again).rejects.toMatchObject({
      code: 'EMPLOYER_LEGAL_ID_TAKEN',
      status: 409,
      details: { name: 'Recyclerie des Graves' },
    });
    await expect(again).rejects.toThrow(/already has an employer with the identifier/);
    expect([await count('employers'), await count('audit_events')]).toEqual(before);
    // Another organization keeps its own directory: the same SIRET is its own employer there.
    await expect(createEmployer(deps)(staff.partner, recycling)).resolves.toMatchObject({
      id: expect.any(String),
    });
  });

  it('lets one of two racing requests create the employer and answers the other 409', async () => {
    const racing = {
      ...recycling,
      name: 'Jardins de l’Entre-deux-Mers',
      legalIdentifier: siretOf('79876543'),
    };
    const results = await Promise.allSettled([0, 1, 2].map(() => createEmployer(deps)(staff.ines, racing)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'EMPLOYER_LEGAL_ID_TAKEN' });
  });

  it('checks the identifier and the sector code against the country, with a stable code', async () => {
    const before = await count('employers');
    const wrongKey = `${recycling.legalIdentifier.slice(0, 13)}${(Number(recycling.legalIdentifier[13]) + 1) % 10}`;
    await expect(
      createEmployer(deps)(staff.ines, { ...recycling, legalIdentifier: wrongKey }),
    ).rejects.toMatchObject({
      code: 'EMPLOYER_LEGAL_ID_INVALID',
      status: 400,
      details: { field: 'legalIdentifier', scheme: 'siret', problem: 'checksum' },
    });
    await expect(
      createEmployer(deps)(staff.louisville, {
        name: 'Norton Healthcare',
        country: 'US',
        legalIdentifier: '07-1234567',
      }),
    ).rejects.toMatchObject({
      code: 'EMPLOYER_LEGAL_ID_INVALID',
      details: { scheme: 'ein', problem: 'prefix' },
    });
    await expect(
      createEmployer(deps)(staff.louisville, {
        name: 'Norton Healthcare',
        country: 'US',
        sectorCode: '88.99B',
      }),
    ).rejects.toMatchObject({ code: 'EMPLOYER_SECTOR_CODE_INVALID' });
    await expect(
      createEmployer(deps)(staff.louisville, { name: 'Norton Healthcare', country: 'US', siae: true }),
    ).rejects.toMatchObject({ code: 'EMPLOYER_SIAE_OUTSIDE_FRANCE' });
    await expect(
      createEmployer(deps)(staff.outsider, {
        ...recycling,
        legalIdentifier: null,
        siaeConsortiumId: consortiumId,
      }),
    ).rejects.toMatchObject({ code: 'EMPLOYER_CONSORTIUM_UNKNOWN' });
    expect(await count('employers')).toBe(before);
    const norton = await createEmployer(deps)(staff.louisville, {
      name: 'Norton Healthcare',
      country: 'US',
      legalIdentifier: '61-0444707',
      sectorCode: '622110',
      sectorLabel: 'General Medical and Surgical Hospitals',
      sizeBand: '1000+',
      website: 'https://nortonhealthcare.com',
    });
    expect(await getEmployer(deps)(staff.louisville, { employerId: norton.id })).toMatchObject({
      legalIdentifier: { scheme: 'ein', value: '610444707', display: '61-0444707' },
      sector: { scheme: 'naics', code: '622110' },
      siae: false,
    });
  });

  it('lets followers write, administrators read only, and funders neither', async () => {
    const { items } = await listEmployers(deps)(staff.administrator, {});
    expect(items.length).toBeGreaterThan(0);
    await expect(
      createEmployer(deps)(staff.administrator, { name: 'X', country: 'FR' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(listEmployers(deps)(staff.funder, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getEmployer(deps)(staff.funder, { employerId: items[0]!.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const read = await getEmployer(deps)(staff.administrator, { employerId: items[0]!.id });
    expect(read.mayEdit).toBe(false);
  });

  it('changes an employer, audited with the names of the fields changed; the same values change nothing', async () => {
    const { id } = await createEmployer(deps)(staff.ines, {
      name: 'Atelier Bois et Bâti',
      country: 'FR',
      legalIdentifier: siretOf('41122233'),
    });
    const body = {
      name: 'Atelier Bois & Bâti',
      country: 'FR' as const,
      legalIdentifier: siretOf('41122233'),
      sizeBand: '1-9' as const,
    };
    expect(await changeEmployer(deps)(staff.referent, { ...body, employerId: id })).toEqual({
      id,
      changed: true,
    });
    expect(await changeEmployer(deps)(staff.referent, { ...body, employerId: id })).toEqual({
      id,
      changed: false,
    });
    // Taking another employer's identifier is refused like a creation.
    await expect(
      changeEmployer(deps)(staff.referent, {
        ...body,
        legalIdentifier: recycling.legalIdentifier,
        employerId: id,
      }),
    ).rejects.toMatchObject({ code: 'EMPLOYER_LEGAL_ID_TAKEN' });
    const updates = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('resource_id', '=', id)
      .where('action', '=', 'employer.update')
      .execute();
    expect(updates.map((u) => u.details)).toEqual([{ fields: ['name', 'sizeBand'] }]);
  });
});

describe('sharing with the consortium', () => {
  let shared: string;
  let unshared: string;

  beforeAll(async () => {
    shared = (
      await createEmployer(deps)(staff.ines, {
        name: 'Blanchisserie solidaire des Hauts de Garonne',
        country: 'FR',
        siae: true,
        siaeKind: 'aci',
        sharedWithConsortium: true,
      })
    ).id;
    unshared = (
      await createEmployer(deps)(staff.ines, {
        name: 'Boulangerie Martin (partenaire de stage)',
        country: 'FR',
      })
    ).id;
  });

  it('shows partners the shared employers, marked and read only; unshared ones do not exist for them', async () => {
    const { items } = await listEmployers(deps)(staff.partner, { scope: 'shared', pageSize: 100 });
    const names = items.map((i) => i.name);
    expect(names).toContain('Blanchisserie solidaire des Hauts de Garonne');
    expect(names).not.toContain('Boulangerie Martin (partenaire de stage)');
    expect(items.every((i) => i.sharedWithMe && i.owner.organizationId === organizations.bastide)).toBe(true);
    const own = await listEmployers(deps)(staff.partner, { scope: 'own', pageSize: 100 });
    expect(own.items.every((i) => !i.sharedWithMe)).toBe(true);

    const view = await getEmployer(deps)(staff.partner, { employerId: shared });
    expect(view).toMatchObject({ sharedWithMe: true, mayEdit: false });
    // The coordination of the consortium reads it too.
    await expect(getEmployer(deps)(staff.coordination, { employerId: shared })).resolves.toMatchObject({
      sharedWithMe: true,
    });
    await expect(getEmployer(deps)(staff.partner, { employerId: unshared })).rejects.toMatchObject({
      code: 'EMPLOYER_NOT_FOUND',
      status: 404,
    });
    await expect(
      recordEngagement(deps)(staff.partner, {
        employerId: shared,
        kind: 'call',
        occurredOn: '2026-11-19',
        summary: 'Appel',
      }),
    ).rejects.toMatchObject({ code: 'EMPLOYER_SHARED_READ_ONLY', status: 403 });
  });

  it('answers 404 to an organization outside the consortium, shared or not, exactly as for no employer', async () => {
    for (const employerId of [shared, unshared, uuidv7()])
      await expect(getEmployer(deps)(staff.outsider, { employerId })).rejects.toMatchObject({
        code: 'EMPLOYER_NOT_FOUND',
      });
    const { items } = await listEmployers(deps)(staff.outsider, { pageSize: 100 });
    expect(items.map((i) => i.id)).not.toContain(shared);
  });

  it('answers other modules through the api as the directory does', async () => {
    expect(await employerSummary(database.db, shared, organizations.garonne)).toMatchObject({
      name: 'Blanchisserie solidaire des Hauts de Garonne',
      ownedByOrganization: false,
      siae: true,
      siaeKind: 'aci',
    });
    expect(await employerSummary(database.db, shared, organizations.bastide)).toMatchObject({
      ownedByOrganization: true,
    });
    expect(await employerSummary(database.db, unshared, organizations.garonne)).toBeUndefined();
    expect(await employerSummary(database.db, shared, organizations.toulouse)).toBeUndefined();

    const site = await addSite(deps)(staff.ines, {
      employerId: shared,
      name: 'Atelier de Lormont',
      addressLine: '12 rue de la Blanchisserie',
      postalCode: '33 310',
      city: 'Lormont',
    });
    expect(site.located).toBe(true);
    expect(await siteSummary(database.db, site.id, organizations.garonne)).toMatchObject({
      employerId: shared,
      employerName: 'Blanchisserie solidaire des Hauts de Garonne',
      postalCode: '33310',
      city: 'Lormont',
      // The commune's INSEE code, from the places module's reference data.
      place: { code: '33249', latitude: expect.any(Number), longitude: expect.any(Number) },
      removed: false,
    });
    const { sites } = await getEmployer(deps)(staff.partner, { employerId: shared });
    expect(sites[0]?.place).toMatchObject({
      name: 'Lormont',
      district: 'Gironde',
      region: 'Nouvelle-Aquitaine',
    });
    expect(await siteSummary(database.db, site.id, organizations.toulouse)).toBeUndefined();
    await removeSite(deps)(staff.ines, { employerId: shared, siteId: site.id });
    expect(await siteSummary(database.db, site.id, organizations.bastide)).toMatchObject({ removed: true });
  });
});

describe('finding employers', () => {
  beforeAll(async () => {
    for (const [name, sectorCode, sectorLabel, siae] of [
      ['Garonne Hôtellerie', '55.10Z', 'Hôtels et hébergement similaire', false],
      ['Clinique Saint-Augustin', '86.10Z', 'Activités hospitalières', false],
      ['Centre de santé des Chartrons', '86.21Z', 'Activité des médecins généralistes', false],
      ['Médoc Emploi Solidaire', '88.99B', 'Action sociale sans hébergement', true],
    ] as const)
      await createEmployer(deps)(staff.ines, { name, country: 'FR', sectorCode, sectorLabel, siae });
  });

  it('finds a name despite a typo or a missing accent, best match first', async () => {
    const { items } = await listEmployers(deps)(staff.ines, { q: 'clinik saint augustin' });
    expect(items[0]?.name).toBe('Clinique Saint-Augustin');
    const accents = await listEmployers(deps)(staff.ines, { q: 'medoc' });
    expect(accents.items.map((i) => i.name)).toEqual(['Médoc Emploi Solidaire']);
  });

  it('finds an identifier by its digits, typed with spaces', async () => {
    const typed = `${recycling.legalIdentifier.slice(0, 3)} ${recycling.legalIdentifier.slice(3, 9)}`;
    const { items } = await listEmployers(deps)(staff.ines, { q: typed });
    expect(items.map((i) => i.name)).toEqual(['Recyclerie des Graves']);
  });

  it('filters by sector code or label, and SIAE only', async () => {
    const health = await listEmployers(deps)(staff.ines, { sector: '86' });
    expect(health.items.map((i) => i.name).sort()).toEqual([
      'Centre de santé des Chartrons',
      'Clinique Saint-Augustin',
    ]);
    expect((await listEmployers(deps)(staff.ines, { sector: '86.1' })).items.map((i) => i.name)).toEqual([
      'Clinique Saint-Augustin',
    ]);
    expect(
      (await listEmployers(deps)(staff.ines, { sector: 'hospitalieres' })).items.map((i) => i.name),
    ).toEqual(['Clinique Saint-Augustin']);
    const siae = await listEmployers(deps)(staff.ines, { kind: 'siae', pageSize: 100 });
    expect(siae.items.length).toBeGreaterThan(0);
    expect(siae.items.every((i) => i.siae)).toBe(true);
    expect(siae.items.map((i) => i.name)).toContain('Médoc Emploi Solidaire');
  });

  it('pages in name order, with the total', async () => {
    const all = await listEmployers(deps)(staff.ines, { scope: 'own', pageSize: 100 });
    const first = await listEmployers(deps)(staff.ines, { scope: 'own', pageSize: 3, page: 1 });
    const second = await listEmployers(deps)(staff.ines, { scope: 'own', pageSize: 3, page: 2 });
    expect(first.total).toBe(all.total);
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(
      all.items.slice(0, 6).map((i) => i.id),
    );
    const names = all.items.map((i) => i.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});

describe('the import’s upsert by legal identifier', () => {
  const scopeOf = (now = clock.now()) => ({
    trx: database.db,
    organizationId: organizations.garonne,
    userId: staff.partner.actor!.userId,
    requestId: 'import-test',
    now,
    newId: uuidv7,
    audit: auditWriter(database.db, () => now, uuidv7),
  });
  const rows = [
    {
      name: 'Recyclerie des Graves',
      country: 'FR',
      legalIdentifier: recycling.legalIdentifier,
      sizeBand: '50-249',
    },
    {
      name: 'Restaurant La Table Ouverte',
      country: 'FR',
      legalIdentifier: siretOf('33344455'),
      siae: true,
      siaeKind: 'ei',
    },
    { name: 'Same again', country: 'FR', legalIdentifier: siretOf('33344455') },
    { name: 'Wrong key', country: 'FR', legalIdentifier: '12345678901234' },
    { name: 'No identifier', country: 'FR' },
    { name: 'Recyclerie des Graves', country: 'FR', legalIdentifier: siretOf('51234567', '0002') },
  ];

  it('says what it would do without writing anything, then does it, row by row', async () => {
    const before = [await count('employers'), await count('audit_events')];
    const dry = await upsertEmployersByLegalIdentifier(scopeOf(), rows, { dryRun: true });
    expect(dry.map((o) => [o.row, o.outcome])).toEqual([
      [0, 'updated'],
      [1, 'created'],
      [2, 'refused'],
      [3, 'refused'],
      [4, 'refused'],
      [5, 'created'],
    ]);
    expect(dry[0]).toMatchObject({ fields: ['sizeBand'] });
    expect(dry[2]).toMatchObject({
      code: 'EMPLOYER_IMPORT_DUPLICATE_ROW',
      message: { fr: expect.stringContaining('ligne 2') },
    });
    expect(dry[3]).toMatchObject({ code: 'EMPLOYER_LEGAL_ID_INVALID', field: 'legalIdentifier' });
    expect(dry[4]).toMatchObject({ code: 'VALIDATION_FAILED', field: 'legalIdentifier' });
    expect([await count('employers'), await count('audit_events')]).toEqual(before);

    const real = await upsertEmployersByLegalIdentifier(scopeOf(), rows);
    expect(real.map((o) => o.outcome)).toEqual(dry.map((o) => o.outcome));
    expect(await count('employers')).toBe(before[0]! + 2);
    const created = real[1] as { employerId: string };
    expect(await employerSummary(database.db, created.employerId, organizations.garonne)).toMatchObject({
      name: 'Restaurant La Table Ouverte',
      siae: true,
    });
    // A second run finds everything as the file says: nothing to do.
    const again = await upsertEmployersByLegalIdentifier(scopeOf(), rows.slice(0, 2));
    expect(again.map((o) => o.outcome)).toEqual(['unchanged', 'unchanged']);
    const audits = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('request_id', '=', 'import-test')
      .execute();
    expect(audits.map((a) => a.action).sort()).toEqual([
      'employer.create',
      'employer.create',
      'employer.update',
    ]);
    expect(audits.every((a) => (a.details as { via?: string }).via === 'import')).toBe(true);
  });
});
