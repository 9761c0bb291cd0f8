import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../test/support/fixtures.js';
import { testDeps } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { fixedClock } from '../../core/clock.js';
import { createEmployer } from '../employers/use-cases/create-employer.js';
import { placeCodesInDistrict } from '../places/api.js';
import { openOffersInPlaces } from './api.js';
import { changeOfferStatus } from './use-cases/change-offer-status.js';
import { createOffer } from './use-cases/create-offer.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('open offers in the places of a region (offers and places api)', () => {
  it('lists the organization’s open, unexpired offers placed in the region, and no other', async () => {
    const deps = testDeps(database, fixedClock('2026-06-10T14:00:00Z'));
    const organization = await givenOrganization(database.db, { country: 'CA', timeZone: 'America/Toronto' });
    const counselor = await givenStaff(database.db, organization.id, 'counselor');
    const employerId = (
      await createEmployer(deps)(counselor, { name: 'Scierie du Témiscamingue', country: 'CA' })
    ).id;
    const offer = async (title: string, city: string, expiresOn?: string) =>
      (
        await createOffer(deps)(counselor, {
          employerId,
          title,
          contractType: 'permanent',
          place: { city },
          expiresOn,
        })
      ).id;
    const open = await offer('Mécanicien', 'Rouyn-Noranda');
    const closed = await offer('Journalier', 'Val-d’Or');
    await changeOfferStatus(deps)(counselor, { offerId: closed, status: 'closed' });
    await offer('Cariste', 'Rouyn-Noranda', '2026-06-30');
    await offer('Commis', 'Montréal');
    const other = await givenOrganization(database.db, { country: 'CA', timeZone: 'America/Toronto' });
    const otherCounselor = await givenStaff(database.db, other.id, 'counselor');
    const otherEmployer = (await createEmployer(deps)(otherCounselor, { name: 'Mine', country: 'CA' })).id;
    await createOffer(deps)(otherCounselor, {
      employerId: otherEmployer,
      title: 'Foreur',
      contractType: 'permanent',
      place: { city: 'Rouyn-Noranda' },
    });

    const abitibi = await placeCodesInDistrict(database.db, 'CA', '08');
    expect(abitibi.length).toBeGreaterThan(10);
    expect(await placeCodesInDistrict(database.db, 'CA', '99')).toEqual([]);
    const query = { organizationId: organization.id, country: 'CA', placeCodes: abitibi, limit: 10 };
    const found = await openOffersInPlaces(database.db, { ...query, today: '2026-06-10' });
    // Created at the same instant here: newest first ties, so the titles are compared as a set.
    expect(found.map((o) => o.title).sort()).toEqual(['Cariste', 'Mécanicien']);
    expect(found.find((o) => o.id === open)?.placeName).toBe('Rouyn-Noranda');
    // Past its closing day an open offer has expired.
    const later = await openOffersInPlaces(database.db, { ...query, today: '2026-07-01' });
    expect(later.map((o) => o.title)).toEqual(['Mécanicien']);
    expect(await openOffersInPlaces(database.db, { ...query, placeCodes: [], today: '2026-06-10' })).toEqual(
      [],
    );
  });
});
