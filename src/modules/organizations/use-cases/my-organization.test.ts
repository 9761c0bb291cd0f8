import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { addSite } from './add-site.js';
import { createConsortium } from './create-consortium.js';
import { createOrganization } from './create-organization.js';
import { myOrganization } from './my-organization.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('organizations and consortia', () => {
  it('groups Missions Locales into a consortium that each member sees with its partners', async () => {
    const deps = testDeps(database);
    const system = systemContext();
    const regional = await createOrganization(deps)(system, {
      name: 'Association régionale des Missions Locales',
      kind: 'mission_locale',
      country: 'fr',
    });
    const toulouse = await createOrganization(deps)(system, {
      name: 'Mission Locale de Toulouse',
      kind: 'mission_locale',
      country: 'FR',
      city: 'Toulouse',
      sites: [{ name: 'Antenne Mirail', city: 'Toulouse' }],
    });
    const nimes = await createOrganization(deps)(system, {
      name: 'Mission Locale de Nîmes',
      kind: 'mission_locale',
      country: 'FR',
    });
    await createConsortium(deps)(system, {
      name: 'IPR Occitanie',
      coordinatingOrganizationId: regional.id,
      memberOrganizationIds: [toulouse.id, nimes.id],
    });
    const counselor = await givenStaff(database.db, toulouse.id, 'counselor');
    const view = await myOrganization(deps)(counselor, {});
    expect(view.organization).toMatchObject({ name: 'Mission Locale de Toulouse', country: 'FR' });
    expect(view.sites.map((s) => s.name)).toEqual(['Antenne Mirail']);
    expect(view.consortia).toHaveLength(1);
    expect(view.consortia[0]?.members.map((m) => m.name)).toEqual([
      'Mission Locale de Nîmes',
      'Mission Locale de Toulouse',
    ]);

    const coordinator = await givenStaff(database.db, regional.id, 'coordinator');
    expect(coordinator.actor.coordinatedConsortiumIds).toEqual([view.consortia[0]?.id]);
  });

  it('lets only administrators and directors add a site, and only the platform create organizations', async () => {
    const deps = testDeps(database);
    const organization = await createOrganization(deps)(systemContext(), {
      name: 'SIAE Bordeaux',
      kind: 'siae',
      country: 'FR',
    });
    const director = await givenStaff(database.db, organization.id, 'director');
    const counselor = await givenStaff(database.db, organization.id, 'counselor');
    await expect(
      addSite(deps)(director, { name: 'Atelier Bastide', city: 'Bordeaux' }),
    ).resolves.toMatchObject({ name: 'Atelier Bastide' });
    await expect(addSite(deps)(counselor, { name: 'Atelier Nord' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      createOrganization(deps)(director, { name: 'Rogue', kind: 'siae', country: 'FR' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      createConsortium(deps)(systemContext(), {
        name: 'Consortium fantôme',
        coordinatingOrganizationId: organization.id,
        memberOrganizationIds: ['01950000-0000-7000-8000-000000000000'],
      }),
    ).rejects.toMatchObject({ code: 'ORGANIZATION_NOT_FOUND' });
  });
});
