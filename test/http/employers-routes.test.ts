import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siretWithKeys } from '../../src/modules/employers/domain/legal-identifier.js';
import { givenConsortium, givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The employers directory over HTTP: a Gironde counselor builds an SIAE's record (sites, contacts, a
 * pledge, a visit) that the consortium's other SIAE read but cannot change, that an organization outside
 * the consortium cannot even see, and that funders cannot open; malformed input is refused with
 * nothing written, errors come in the account's language.
 */
let t: TestApp;
type Session = { cookies: Record<string, string>; headers: Record<string, string> };
let ines: Session;
let administrator: Session;
let funder: Session;
let partner: Session;
let outsider: Session;
let consortiumId: string;
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const coordination = await givenOrganization(db, { name: 'impulseR Gironde — coordination', kind: 'siae' });
  const bastide = await givenOrganization(db, {
    name: 'Chantier d’insertion Bastide Solidaire',
    kind: 'siae',
  });
  const garonne = await givenOrganization(db, { name: 'Garonne Services Insertion', kind: 'siae' });
  const toulouse = await givenOrganization(db, { name: 'Mission Locale de Toulouse' });
  consortiumId = (await givenConsortium(db, coordination.id, [bastide.id, garonne.id])).id;
  const session = async (
    organizationId: string,
    role: Parameters<typeof givenStaff>[2],
    locale: 'fr' | 'en',
  ) =>
    givenSession(db, (await givenStaff(db, organizationId, role, { locale })).actor.userId, organizationId);
  ines = await session(bastide.id, 'counselor', 'fr');
  administrator = await session(bastide.id, 'administrator', 'en');
  funder = await session(bastide.id, 'funder', 'en');
  partner = await session(garonne.id, 'counselor', 'en');
  outsider = await session(toulouse.id, 'counselor', 'en');
});
afterAll(() => t.close());

const send = (as: Session, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    cookies: as.cookies,
    headers: as.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function counts(): Promise<number[]> {
  const tables = [
    'employers',
    'employer_sites',
    'employer_contacts',
    'employer_commitments',
    'employer_engagements',
  ];
  return Promise.all(
    tables.map(async (table) =>
      Number(
        (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(t.database.db))
          .rows[0]?.n,
      ),
    ),
  );
}

describe('the employers directory over HTTP', () => {
  let employerId: string;
  let hidden: string;

  it('builds an SIAE’s record: identity, a site, a contact, a pledge moved on, a visit in its history', async () => {
    const siret = siretWithKeys('79451237', '0002');
    const created = await send(ines, 'POST', '/api/employers', {
      name: 'Médoc Emploi Solidaire',
      country: 'FR',
      legalIdentifier: siret,
      sectorCode: '88.99B',
      sectorLabel: 'Autre action sociale sans hébergement',
      sizeBand: '10-49',
      website: 'https://medoc-emploi.example',
      siae: true,
      siaeKind: 'aci',
      siaeConsortiumId: consortiumId,
      sharedWithConsortium: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    employerId = created.json().id;
    const site = await send(ines, 'POST', `/api/employers/${employerId}/sites`, {
      name: 'Atelier de Lesparre',
      addressLine: '4 route de Bordeaux',
      postalCode: '33340',
      city: 'Lesparre-Médoc',
      headOffice: true,
    });
    expect(site.statusCode, site.body).toBe(201);
    expect(site.json().located).toBe(true);
    const contact = await send(ines, 'POST', `/api/employers/${employerId}/contacts`, {
      givenName: 'Sylvie',
      familyName: 'Darrieux',
      role: 'tutor',
      jobTitle: 'Encadrante technique',
      phone: '05 56 00 00 00',
    });
    expect(contact.statusCode).toBe(201);
    const pledge = await send(ines, 'POST', `/api/employers/${employerId}/commitments`, {
      kind: 'hiring_pledge',
      field: 'agriculture',
      hires: 4,
      periodStart: `${today().slice(0, 4)}-01-01`,
      periodEnd: `${today().slice(0, 4)}-12-31`,
      madeOn: today(),
    });
    expect(pledge.statusCode, pledge.body).toBe(201);
    const moved = await send(
      ines,
      'PUT',
      `/api/employers/${employerId}/commitments/${pledge.json().id}/status`,
      { status: 'in_progress' },
    );
    expect(moved.json()).toEqual({ id: pledge.json().id, changed: true });
    const visit = await send(ines, 'POST', `/api/employers/${employerId}/engagements`, {
      kind: 'visit',
      occurredOn: today(),
      summary: 'Visite de l’atelier maraîchage avec deux candidats',
      contactId: contact.json().id,
    });
    expect(visit.statusCode).toBe(201);

    const read = await send(ines, 'GET', `/api/employers/${employerId}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      name: 'Médoc Emploi Solidaire',
      legalIdentifier: { scheme: 'siret', value: siret },
      sector: { code: '88.99B' },
      siae: true,
      siaeConsortium: { id: consortiumId },
      mayEdit: true,
      sites: [
        {
          name: 'Atelier de Lesparre',
          headOffice: true,
          place: { name: 'Lesparre-Médoc', district: 'Gironde' },
        },
      ],
      contacts: [{ givenName: 'Sylvie', familyName: 'Darrieux', role: 'tutor' }],
      commitments: [{ kind: 'hiring_pledge', hires: 4, status: 'in_progress' }],
      engagements: 1,
      lastEngagementOn: today(),
    });
    const history = await send(ines, 'GET', `/api/employers/${employerId}/engagements`);
    expect(history.json()).toMatchObject({
      total: 1,
      items: [
        { kind: 'visit', contact: { name: 'Sylvie Darrieux' }, recordedBy: { name: expect.any(String) } },
      ],
    });
    const found = await send(ines, 'GET', '/api/employers?q=medok%20emploi&kind=siae');
    expect(found.json().items.map((i: { id: string }) => i.id)).toEqual([employerId]);
    hidden = (
      await send(ines, 'POST', '/api/employers', { name: 'Boulangerie du Port', country: 'FR' })
    ).json().id;
  });

  it('lets the consortium’s other SIAE read the shared employer only, and hides the rest from everyone else', async () => {
    const list = await send(partner, 'GET', '/api/employers?scope=shared');
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: employerId,
        sharedWithMe: true,
        owner: expect.objectContaining({ organizationName: 'Chantier d’insertion Bastide Solidaire' }),
      }),
    ]);
    const read = await send(partner, 'GET', `/api/employers/${employerId}`);
    expect(read.json()).toMatchObject({ sharedWithMe: true, mayEdit: false });
    const write = await send(partner, 'PUT', `/api/employers/${employerId}`, {
      name: 'Changed',
      country: 'FR',
    });
    expect(write.statusCode).toBe(403);
    expect(write.json()).toMatchObject({ code: 'EMPLOYER_SHARED_READ_ONLY' });
    expect(write.json().message).toContain('Chantier d’insertion Bastide Solidaire');

    for (const [who, id] of [
      [partner, hidden],
      [outsider, employerId],
      [outsider, hidden],
    ] as const) {
      const response = await send(who, 'GET', `/api/employers/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('EMPLOYER_NOT_FOUND');
      expect((await send(who, 'GET', `/api/employers/${id}/engagements`)).statusCode).toBe(404);
    }
    expect((await send(outsider, 'GET', '/api/employers')).json().total).toBe(0);
  });

  it('lets an administrator read without writing, and refuses funders', async () => {
    expect((await send(administrator, 'GET', `/api/employers/${employerId}`)).json().mayEdit).toBe(false);
    expect(
      (
        await send(administrator, 'POST', `/api/employers/${employerId}/engagements`, {
          kind: 'call',
          occurredOn: today(),
          summary: 'Appel',
        })
      ).statusCode,
    ).toBe(403);
    for (const url of ['/api/employers', `/api/employers/${employerId}`])
      expect((await send(funder, 'GET', url)).statusCode).toBe(403);
  });

  it('refuses bad input with nothing written, and a duplicate SIRET in the account’s language', async () => {
    const before = await counts();
    const bad = [
      await send(ines, 'POST', '/api/employers', {
        name: 'X',
        country: 'FR',
        legalIdentifier: '12345678901234',
      }),
      await send(ines, 'POST', '/api/employers', { name: 'X', country: 'FR', siae: 'yes' }),
      await send(ines, 'POST', '/api/employers', { country: 'FR' }),
      await send(ines, 'PUT', `/api/employers/${employerId}`, {
        name: 'Médoc',
        country: 'US',
        legalIdentifier: siretWithKeys('79451237', '0002'),
      }),
      await send(ines, 'POST', `/api/employers/${employerId}/sites`, { name: 'Site', city: '' }),
      await send(ines, 'POST', `/api/employers/${employerId}/contacts`, {
        givenName: 'A',
        familyName: 'B',
        role: 'boss',
      }),
      await send(ines, 'POST', `/api/employers/${employerId}/commitments`, {
        kind: 'hiring_pledge',
        hires: 0,
        periodStart: today(),
        periodEnd: today(),
        madeOn: today(),
      }),
      await send(ines, 'POST', `/api/employers/${employerId}/engagements`, {
        kind: 'lunch',
        occurredOn: today(),
        summary: 'x',
      }),
      await send(ines, 'POST', `/api/employers/${employerId}/engagements`, {
        kind: 'call',
        occurredOn: today(),
        summary: 'x',
        contactId: 'not-a-uuid',
      }),
      await send(ines, 'GET', '/api/employers?pageSize=1000'),
    ];
    for (const response of bad) expect(response.statusCode, response.body).toBe(400);
    expect(bad[0]?.json().code).toBe('EMPLOYER_LEGAL_ID_INVALID');
    expect(bad[0]?.json().message).toContain('SIRET valide');
    expect(bad[3]?.json().code).toBe('EMPLOYER_LEGAL_ID_INVALID');
    expect(await counts()).toEqual(before);

    const again = await send(ines, 'POST', '/api/employers', {
      name: 'Médoc Emploi Solidaire (bis)',
      country: 'FR',
      legalIdentifier: siretWithKeys('79451237', '0002'),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'EMPLOYER_LEGAL_ID_TAKEN', details: { employerId } });
    expect(again.json().message).toContain('Votre répertoire contient déjà un employeur');
    expect(await counts()).toEqual(before);
  });
});
