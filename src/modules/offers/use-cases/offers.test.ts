import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { addSite } from '../../employers/use-cases/add-site.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import { changeOffer } from './change-offer.js';
import { changeOfferStatus } from './change-offer-status.js';
import { createOffer } from './create-offer.js';
import { getOffer } from './get-offer.js';
import { listOffers } from './list-offers.js';

const civilEngineer = 'd7d986e1-7333-431b-9719-0c5c6939e360';
let database: TestDatabase;
const clock = fixedClock('2026-11-20T15:00:00Z');
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let dana: Staff;
let funder: Staff;
let outsider: Staff;
let firm: string;
let firmSite: string;

const offer = (over: Record<string, unknown> = {}) => ({
  employerId: firm,
  title: 'Civil Engineer I – Transportation',
  escoId: `http://data.europa.eu/esco/occupation/${civilEngineer}`,
  siteId: firmSite,
  contractType: 'permanent' as const,
  hoursPerWeek: 40,
  pay: { minCents: 6_800_000, maxCents: 8_200_000, period: 'year' as const },
  language: { language: 'en', scale: 'cefr' as const, level: 'B2' },
  requiredCredentials: [{ code: 'us.eit', label: 'Engineer in Training (EIT) certification' }],
  positions: 2,
  expiresOn: '2027-01-31',
  ...over,
});

const count = async (table: string) =>
  Number(
    (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(database.db)).rows[0]?.n,
  );

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const stLouis = (
    await givenOrganization(database.db, { name: 'International Institute of St. Louis', country: 'US' })
  ).id;
  const other = (await givenOrganization(database.db, { name: 'Mission Locale de Toulouse' })).id;
  dana = await givenStaff(database.db, stLouis, 'counselor');
  funder = await givenStaff(database.db, stLouis, 'funder');
  outsider = await givenStaff(database.db, other, 'counselor');
  firm = (await createEmployer(deps)(dana, { name: 'HNTB St. Louis', country: 'US', sectorCode: '541330' }))
    .id;
  firmSite = (
    await addSite(deps)(dana, { employerId: firm, name: 'Downtown', postalCode: '63102', city: 'St. Louis' })
  ).id;
});
afterAll(() => database.close());

describe('job offers', () => {
  it('records an offer at an employer’s site, with its place, ISCO group and equivalents', async () => {
    const { id } = await createOffer(deps)(dana, offer());
    const view = await getOffer(deps)(dana, { offerId: id, lang: 'en' });
    expect(view).toMatchObject({
      employer: { id: firm, name: 'HNTB St. Louis' },
      site: { name: 'Downtown' },
      country: 'US',
      status: 'open',
      pay: { minCents: 6_800_000, maxCents: 8_200_000, period: 'year', currency: 'USD' },
      occupation: { escoId: civilEngineer, label: 'Civil engineer', iscoCode: '2142' },
    });
    expect(view.place?.name).toBe('St. Louis');
    expect(view.place?.latitude).toBeCloseTo(38.6, 0);
    expect(view.occupation?.equivalents.map((e) => `${e.scheme}:${e.code}`)).toContain('onet:17-2051.00');
  });

  it('places an offer by its town when it is not at a site, and refuses a town that is not there', async () => {
    const { id } = await createOffer(deps)(
      dana,
      offer({ siteId: null, place: { postalCode: '63103' }, sourceReference: 'HNTB-2' }),
    );
    expect((await getOffer(deps)(dana, { offerId: id, lang: 'en' })).place?.name).toMatch(
      /St\.? Louis|Saint Louis/,
    );
    const before = await count('job_offers');
    await expect(
      createOffer(deps)(dana, offer({ siteId: null, place: { city: 'Nowhereville Xq' } })),
    ).rejects.toMatchObject({
      code: 'OFFER_PLACE_NOT_FOUND',
    });
    expect(await count('job_offers')).toBe(before);
  });

  it('refuses terms that do not fit together, naming the field, and writes nothing', async () => {
    const before = await count('job_offers');
    for (const [over, path] of [
      [{ contractType: 'cdi' }, 'body.contractType'],
      [{ contractType: 'temporary' }, 'body.contractMonths'],
      [{ pay: { minCents: 9_000_000, maxCents: 8_000_000, period: 'year' } }, 'body.pay'],
      [{ language: { language: 'en', scale: 'clb', level: '14' } }, 'body.language.level'],
    ] as const) {
      const error = await createOffer(deps)(dana, offer(over)).catch((e) => e);
      expect(error.code).toBe('OFFER_INCOHERENT');
      expect(error.details[0].path).toBe(path);
    }
    await expect(createOffer(deps)(dana, offer({ escoId: 'not-an-occupation' }))).rejects.toMatchObject({
      code: 'OFFER_OCCUPATION_UNKNOWN',
    });
    expect(await count('job_offers')).toBe(before);
  });

  it('keeps offers inside the organization: another one gets not found, a funder is refused', async () => {
    const { id } = await createOffer(deps)(dana, offer({ sourceReference: 'HNTB-3' }));
    await expect(getOffer(deps)(outsider, { offerId: id, lang: 'en' })).rejects.toMatchObject({
      code: 'OFFER_NOT_FOUND',
    });
    await expect(createOffer(deps)(outsider, offer())).rejects.toMatchObject({ code: 'EMPLOYER_NOT_FOUND' });
    await expect(listOffers(deps)(funder, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listOffers(deps)(outsider, {})).total).toBe(0);
  });

  it('finds offers by the words of their town or the beginning of its code', async () => {
    const { id } = await createOffer(deps)(dana, offer({ sourceReference: 'HNTB-PLACE' }));
    const byName = await listOffers(deps)(dana, { place: 'louis', pageSize: 100 });
    expect(byName.items.map((i) => i.id)).toContain(id);
    expect(byName.items.every((i) => /louis/i.test(i.placeName ?? ''))).toBe(true);
    expect((await listOffers(deps)(dana, { place: 'Nowhereville Xq' })).total).toBe(0);
    expect((await listOffers(deps)(dana, { place: '100%_' })).total).toBe(0);
  });

  it('refuses a second offer with the same reference from the same source', async () => {
    await createOffer(deps)(dana, offer({ source: 'job_board', sourceReference: 'IND-77' }));
    await expect(
      createOffer(deps)(dana, offer({ source: 'job_board', sourceReference: 'IND-77' })),
    ).rejects.toMatchObject({
      code: 'OFFER_SOURCE_REFERENCE_TAKEN',
    });
  });

  it('changes an offer, fills it, reopens it, and shows it expired after its closing date', async () => {
    const { id } = await createOffer(deps)(
      dana,
      offer({ sourceReference: 'HNTB-4', expiresOn: '2026-11-30' }),
    );
    await changeOffer(deps)(dana, {
      ...offer({ sourceReference: 'HNTB-4', expiresOn: '2026-11-30' }),
      offerId: id,
      positions: 3,
    });
    expect((await getOffer(deps)(dana, { offerId: id, lang: 'en' })).positions).toBe(3);
    await changeOfferStatus(deps)(dana, { offerId: id, status: 'filled' });
    await expect(changeOfferStatus(deps)(dana, { offerId: id, status: 'filled' })).rejects.toMatchObject({
      code: 'OFFER_SAME_STATUS',
    });
    await changeOfferStatus(deps)(dana, { offerId: id, status: 'open' });
    const later = testDeps(database, fixedClock('2026-12-05T15:00:00Z'));
    expect((await getOffer(later)(dana, { offerId: id, lang: 'en' })).status).toBe('expired');
    const expired = await listOffers(later)(dana, { status: 'expired' });
    expect(expired.items.map((i) => i.id)).toContain(id);
    await changeOfferStatus(later)(dana, { offerId: id, status: 'closed' });
    await expect(changeOfferStatus(later)(dana, { offerId: id, status: 'open' })).rejects.toMatchObject({
      code: 'OFFER_CLOSING_DATE_PASSED',
    });
  });

  it('lists by words of the title and by status, newest first, with the occupation in the reader’s language', async () => {
    const list = await listOffers(deps)(dana, { q: 'transportaton', status: 'open' });
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((i) => i.status === 'open')).toBe(true);
    expect(list.items[0]?.occupationLabel).toBe('Civil engineer');
  });
});
