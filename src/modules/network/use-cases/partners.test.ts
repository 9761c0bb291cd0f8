import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import { addContact } from './add-contact.js';
import { changeContact } from './change-contact.js';
import { changePartner } from './change-partner.js';
import { createPartner } from './create-partner.js';
import { listPartners } from './list-partners.js';
import { readPartner } from './read-partner.js';
import { recordEngagement } from './record-engagement.js';

let database: TestDatabase;
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let coordinator: Staff;
let counselor: Staff;
let funder: Staff;
let partnerOrgStaff: Staff;
let outsider: Staff;

const cityHall = {
  name: 'Ville de Québec — Bureau des relations internationales',
  kind: 'public_body' as const,
  sectors: ['settlement' as const, 'employment' as const],
  area: 'Capitale-Nationale',
  website: 'https://www.ville.quebec.qc.ca',
};

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-06-01T14:00:00Z'));
  const mine = await givenOrganization(database.db, { name: 'Table de concertation Québec' });
  const member = await givenOrganization(database.db, { name: 'Service d’accueil Lévis' });
  await givenConsortium(database.db, mine.id, [mine.id, member.id]);
  coordinator = await givenStaff(database.db, mine.id, 'coordinator', { displayName: 'Sophie' });
  counselor = await givenStaff(database.db, mine.id, 'counselor', { displayName: 'Karim' });
  funder = await givenStaff(database.db, mine.id, 'funder');
  partnerOrgStaff = await givenStaff(database.db, member.id, 'counselor');
  outsider = await givenStaff(
    database.db,
    (await givenOrganization(database.db, { name: 'Elsewhere' })).id,
    'coordinator',
  );
});
afterAll(() => database.close());

const audited = (action: string) =>
  database.db
    .selectFrom('audit_events')
    .select(['action', 'details', 'resource_id'])
    .where('action', '=', action)
    .execute();

describe('partners', () => {
  it('keeps a partner with its sectors, finds it by name, area, kind and sector', async () => {
    const { id } = await createPartner(deps)(coordinator, cityHall);
    await createPartner(deps)(coordinator, { name: 'Cégep Garneau', kind: 'school', sectors: ['training'] });
    const all = await listPartners(deps)(counselor, {});
    expect(all.items.map((p) => p.name)).toEqual(['Cégep Garneau', cityHall.name]);
    expect((await listPartners(deps)(counselor, { q: 'capitale' })).items.map((p) => p.id)).toEqual([id]);
    expect((await listPartners(deps)(counselor, { kind: 'school' })).items.map((p) => p.name)).toEqual([
      'Cégep Garneau',
    ]);
    expect((await listPartners(deps)(counselor, { sector: 'settlement' })).items.map((p) => p.id)).toEqual([
      id,
    ]);
    expect((await listPartners(deps)(counselor, { q: '100%_' })).items).toEqual([]);
    await expect(listPartners(deps)(funder, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('shows contacts and the engagement history newest first, each with its author; reads audited', async () => {
    const { id } = await createPartner(deps)(coordinator, {
      ...cityHall,
      name: 'Ministère de l’Immigration',
    });
    const contact = await addContact(deps)(coordinator, {
      partnerId: id,
      body: {
        name: 'Marie Tremblay',
        role: 'Conseillère',
        email: 'Marie.T@Example.org',
        languages: ['fr', 'en'],
      },
    });
    await recordEngagement(deps)(counselor, {
      partnerId: id,
      body: {
        occurredOn: '2026-03-01',
        kind: 'meeting',
        summary: 'Première rencontre',
        contactId: contact.id,
      },
    });
    await recordEngagement(deps)(coordinator, {
      partnerId: id,
      body: { occurredOn: '2026-05-10', kind: 'agreement_signed', summary: 'Entente de référencement' },
    });
    const view = await readPartner(deps)(counselor, { partnerId: id });
    expect(view.contactsList).toEqual([
      {
        id: contact.id,
        name: 'Marie Tremblay',
        role: 'Conseillère',
        email: 'marie.t@example.org',
        phone: null,
        languages: ['fr', 'en'],
      },
    ]);
    expect(
      view.engagements.map((e) => [e.occurredOn, e.kind, e.author.name, e.contact?.name ?? null]),
    ).toEqual([
      ['2026-05-10', 'agreement_signed', 'Sophie', null],
      ['2026-03-01', 'meeting', 'Karim', 'Marie Tremblay'],
    ]);
    expect(view.lastEngagementOn).toBe('2026-05-10');
    const [added] = await audited('network.contact_add');
    expect(JSON.stringify(added?.details)).not.toContain('Tremblay');
    expect(JSON.stringify(added?.details)).not.toContain('example.org');
    expect((await audited('network.partner_read')).length).toBeGreaterThan(0);

    await changeContact(deps)(coordinator, {
      contactId: contact.id,
      body: { name: 'Marie Tremblay', role: 'Directrice', email: 'marie.t@example.org', languages: ['fr'] },
    });
    const [changed] = await audited('network.contact_change');
    expect(changed?.details).toMatchObject({ fields: ['role', 'languages'] });
  });

  it('refuses a contact of another partner in an engagement', async () => {
    const a = await createPartner(deps)(coordinator, { name: 'A', kind: 'association' });
    const b = await createPartner(deps)(coordinator, { name: 'B', kind: 'association' });
    const contact = await addContact(deps)(coordinator, { partnerId: b.id, body: { name: 'Léa' } });
    await expect(
      recordEngagement(deps)(coordinator, {
        partnerId: a.id,
        body: { occurredOn: '2026-05-01', kind: 'call', summary: 'Appel', contactId: contact.id },
      }),
    ).rejects.toMatchObject({ code: 'NETWORK_CONTACT_OF_ANOTHER_PARTNER' });
  });

  it('links an employer partner to the employers directory, and only an employer', async () => {
    const employer = await createEmployer(deps)(coordinator, { name: 'CHU de Québec', country: 'CA' });
    const { id } = await createPartner(deps)(coordinator, {
      name: 'CHU de Québec',
      kind: 'employer',
      employerId: employer.id,
    });
    expect((await readPartner(deps)(coordinator, { partnerId: id })).employerName).toBe('CHU de Québec');
    await expect(
      createPartner(deps)(coordinator, { name: 'X', kind: 'association', employerId: employer.id }),
    ).rejects.toMatchObject({ code: 'NETWORK_EMPLOYER_LINK_KIND' });
    const foreign = await createEmployer(deps)(outsider, { name: 'Ailleurs', country: 'CA' });
    await expect(
      createPartner(deps)(coordinator, { name: 'Y', kind: 'employer', employerId: foreign.id }),
    ).rejects.toMatchObject({ code: 'NETWORK_EMPLOYER_NOT_FOUND' });
  });

  it('shares a partner marked shared with the consortium, read only; hides it from others', async () => {
    const shared = await createPartner(deps)(coordinator, {
      name: 'Forum régional',
      kind: 'association',
      sharedWithConsortium: true,
    });
    const own = await createPartner(deps)(coordinator, { name: 'Interne', kind: 'association' });
    const seen = await listPartners(deps)(partnerOrgStaff, {});
    expect(seen.items.map((p) => [p.name, p.owned, p.ownerName])).toEqual([
      ['Forum régional', false, 'Table de concertation Québec'],
    ]);
    expect((await readPartner(deps)(partnerOrgStaff, { partnerId: shared.id })).owned).toBe(false);
    await expect(readPartner(deps)(partnerOrgStaff, { partnerId: own.id })).rejects.toMatchObject({
      code: 'NETWORK_PARTNER_NOT_FOUND',
    });
    await expect(
      changePartner(deps)(partnerOrgStaff, {
        partnerId: shared.id,
        body: { name: 'Mine now', kind: 'other' },
      }),
    ).rejects.toMatchObject({ code: 'NETWORK_PARTNER_READ_ONLY' });
    await expect(readPartner(deps)(outsider, { partnerId: shared.id })).rejects.toMatchObject({
      code: 'NETWORK_PARTNER_NOT_FOUND',
    });
    expect((await listPartners(deps)(outsider, {})).items.map((p) => p.id)).not.toContain(shared.id);
  });

  it('audits a change with the names of the fields changed, never their values', async () => {
    const { id } = await createPartner(deps)(coordinator, { name: 'Carrefour', kind: 'association' });
    await changePartner(deps)(coordinator, {
      partnerId: id,
      body: { name: 'Carrefour jeunesse-emploi', kind: 'association', notes: 'Partenaire clé' },
    });
    const changes = await audited('network.partner_change');
    expect(changes.at(-1)?.details).toEqual({ fields: ['name', 'notes'] });
  });
});
