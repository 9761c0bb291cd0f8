import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { addCommitment } from './add-commitment.js';
import { addContact } from './add-contact.js';
import { addSite } from './add-site.js';
import { changeCommitmentStatus } from './change-commitment-status.js';
import { changeContact } from './change-contact.js';
import { changeSite } from './change-site.js';
import { createEmployer } from './create-employer.js';
import { getEmployer } from './get-employer.js';
import { listEmployers } from './list-employers.js';
import { listEngagements } from './list-engagements.js';
import { recordEngagement } from './record-engagement.js';
import { removeSite } from './remove-site.js';

let database: TestDatabase;
const clock = fixedClock('2026-11-20T09:00:00Z');
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let dana: Staff;
let grace: Staff;
let outsider: Staff;
let hospital: string;
let other: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const institute = await givenOrganization(database.db, {
    name: 'International Institute of St. Louis',
    country: 'US',
  });
  const elsewhere = await givenOrganization(database.db, { name: 'Elsewhere', country: 'US' });
  dana = await givenStaff(database.db, institute.id, 'counselor', { displayName: 'Dana Whitfield' });
  grace = await givenStaff(database.db, institute.id, 'program_referent', { displayName: 'Grace Okafor' });
  outsider = await givenStaff(database.db, elsewhere.id, 'counselor');
  hospital = (
    await createEmployer(deps)(dana, {
      name: 'Barnes-Jewish Hospital',
      country: 'US',
      legalIdentifier: '43-0653611',
      sectorCode: '622110',
      sizeBand: '1000+',
    })
  ).id;
  other = (await createEmployer(deps)(dana, { name: 'Boeing St. Louis', country: 'US' })).id;
});
afterAll(() => database.close());

const auditsOf = (resourceId: string) =>
  database.db
    .selectFrom('audit_events')
    .select(['action', 'details'])
    .where('resource_id', '=', resourceId)
    .orderBy('occurred_at')
    .execute();

describe('sites', () => {
  it('adds sites with their postal code in the country’s shape, one head office at a time', async () => {
    const main = await addSite(deps)(dana, {
      employerId: hospital,
      name: 'Main campus',
      addressLine: '1 Barnes Jewish Hospital Plaza',
      postalCode: '631101003',
      city: 'St. Louis',
      headOffice: true,
    });
    const west = await addSite(deps)(grace, {
      employerId: hospital,
      name: 'West County',
      postalCode: '63141',
      city: 'Creve Coeur',
      headOffice: true,
    });
    const { sites } = await getEmployer(deps)(dana, { employerId: hospital });
    expect(sites.map((s) => [s.name, s.postalCode, s.headOffice, s.country])).toEqual([
      ['West County', '63141', true, 'US'],
      ['Main campus', '63110-1003', false, 'US'],
    ]);
    // The list shows the head office's city.
    const { items } = await listEmployers(deps)(dana, { q: 'barnes jewish' });
    expect(items[0]).toMatchObject({ city: 'Creve Coeur' });

    expect(main.located).toBe(true);
    expect(sites[1]?.place).toMatchObject({ code: '63110', region: 'Missouri' });
    // A town the reference data does not know stays unplaced, and says so.
    const nowhere = await addSite(deps)(dana, { employerId: other, name: 'Depot', city: 'Nowhereville' });
    expect(nowhere.located).toBe(false);
    await expect(
      addSite(deps)(dana, { employerId: hospital, name: 'Bad', postalCode: 'G5L 3A1', city: 'Rimouski' }),
    ).rejects.toMatchObject({ code: 'EMPLOYER_POSTAL_CODE_INVALID', status: 400 });

    expect(
      await changeSite(deps)(dana, {
        employerId: hospital,
        siteId: main.id,
        name: 'Main campus',
        addressLine: '1 Barnes Jewish Hospital Plaza',
        postalCode: '63110-1003',
        city: 'St. Louis',
        headOffice: true,
      }),
    ).toEqual({ id: main.id, changed: true, located: true });
    const after = await getEmployer(deps)(dana, { employerId: hospital });
    expect(after.sites.filter((s) => s.headOffice).map((s) => s.id)).toEqual([main.id]);
    expect((await auditsOf(main.id)).map((a) => a.details)).toEqual([
      expect.objectContaining({ fields: ['addressLine', 'postalCode', 'headOffice'] }),
      expect.objectContaining({ fields: ['headOffice'] }),
    ]);

    await removeSite(deps)(dana, { employerId: hospital, siteId: west.id });
    expect((await getEmployer(deps)(dana, { employerId: hospital })).sites.map((s) => s.id)).toEqual([
      main.id,
    ]);
    await expect(removeSite(deps)(dana, { employerId: hospital, siteId: west.id })).rejects.toMatchObject({
      code: 'EMPLOYER_SITE_NOT_FOUND',
    });
    // A site is found only under its own employer.
    await expect(
      changeSite(deps)(dana, { employerId: other, siteId: main.id, name: 'x', city: 'x' }),
    ).rejects.toMatchObject({ code: 'EMPLOYER_SITE_NOT_FOUND' });
  });
});

describe('contacts', () => {
  it('adds and changes contacts, auditing field names, never their names', async () => {
    const { id } = await addContact(deps)(dana, {
      employerId: hospital,
      givenName: 'Rosalind',
      familyName: 'Achterberg',
      role: 'hr',
      jobTitle: 'Talent acquisition partner',
      email: 'r.achterberg@example.test',
    });
    await changeContact(deps)(grace, {
      employerId: hospital,
      contactId: id,
      givenName: 'Rosalind',
      familyName: 'Achterberg-Lowe',
      role: 'hiring_manager',
      jobTitle: 'Talent acquisition partner',
      email: 'r.achterberg@example.test',
      active: false,
    });
    const { contacts } = await getEmployer(deps)(dana, { employerId: hospital });
    expect(contacts).toEqual([
      expect.objectContaining({ id, familyName: 'Achterberg-Lowe', role: 'hiring_manager', active: false }),
    ]);
    const audits = await auditsOf(id);
    expect(audits.map((a) => a.action)).toEqual(['employer_contact.add', 'employer_contact.update']);
    expect(audits[1]?.details).toEqual({ employerId: hospital, fields: ['familyName', 'role', 'active'] });
    const everything = JSON.stringify(
      await database.db.selectFrom('audit_events').select('details').execute(),
    );
    expect(everything).not.toMatch(/Rosalind|Achterberg|example\.test/);
    await expect(
      changeContact(deps)(dana, {
        employerId: other,
        contactId: id,
        givenName: 'R',
        familyName: 'A',
        role: 'hr',
        active: true,
      }),
    ).rejects.toMatchObject({ code: 'EMPLOYER_CONTACT_NOT_FOUND' });
  });
});

describe('commitments', () => {
  it('records a pathway and a hiring pledge, and moves them on as the rule allows', async () => {
    const pathway = await addCommitment(deps)(dana, {
      employerId: hospital,
      commitment: {
        kind: 'pathway',
        field: 'health_care',
        description: 'Opens a pathway for foreign-trained nurses',
        madeOn: '2026-10-01',
      },
    });
    const pledge = await addCommitment(deps)(grace, {
      employerId: hospital,
      commitment: {
        kind: 'hiring_pledge',
        field: 'health_care',
        hires: 12,
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
        madeOn: '2026-10-15',
      },
    });
    const move = (commitmentId: string, status: 'in_progress' | 'fulfilled' | 'withdrawn' | 'committed') =>
      changeCommitmentStatus(deps)(dana, { employerId: hospital, commitmentId, status });
    expect(await move(pledge.id, 'in_progress')).toEqual({ id: pledge.id, changed: true });
    expect(await move(pledge.id, 'in_progress')).toEqual({ id: pledge.id, changed: false });
    expect(await move(pathway.id, 'withdrawn')).toEqual({ id: pathway.id, changed: true });
    await expect(move(pathway.id, 'in_progress')).rejects.toMatchObject({
      code: 'EMPLOYER_COMMITMENT_MOVE_REFUSED',
      status: 409,
    });
    await expect(move(pledge.id, 'committed')).rejects.toMatchObject({
      code: 'EMPLOYER_COMMITMENT_MOVE_REFUSED',
    });

    const { commitments } = await getEmployer(deps)(dana, { employerId: hospital });
    expect(commitments.map((c) => [c.kind, c.status, c.hires, c.periodEnd])).toEqual([
      ['hiring_pledge', 'in_progress', 12, '2027-12-31'],
      ['pathway', 'withdrawn', null, null],
    ]);
    expect(commitments[0]?.nextStatuses).toEqual(['fulfilled', 'not_fulfilled', 'withdrawn']);
    expect(commitments[0]?.statusChangedAt).toBe('2026-11-20T09:00:00.000Z');
    const { items } = await listEmployers(deps)(dana, { q: 'barnes' });
    expect(items[0]?.openCommitments).toBe(1);
    expect((await auditsOf(pledge.id)).map((a) => a.details)).toEqual([
      { employerId: hospital, kind: 'hiring_pledge', field: 'health_care', withDescription: false },
      { employerId: hospital, from: 'committed', to: 'in_progress' },
    ]);
  });
});

describe('the engagement history', () => {
  it('lists the employer’s exchanges newest first, with the contact met and who recorded them', async () => {
    const contact = await addContact(deps)(dana, {
      employerId: hospital,
      givenName: 'Marcus',
      familyName: 'Lee',
      role: 'tutor',
    });
    const record = (
      occurredOn: string,
      kind: 'call' | 'visit' | 'email',
      summary: string,
      contactId?: string,
    ) => recordEngagement(deps)(dana, { employerId: hospital, kind, occurredOn, summary, contactId });
    await record('2026-11-02', 'call', 'First call about the nursing pathway', contact.id);
    clock.advance(60_000);
    await record('2026-11-18', 'visit', 'Visit of the wards with two candidates', contact.id);
    clock.advance(60_000);
    // Recorded later but about an earlier day: placed by its day.
    await record('2026-11-10', 'email', 'Sent the list of credential evaluations');
    clock.advance(60_000);
    await record('2026-11-18', 'call', 'Called back after the visit');

    const page = await listEngagements(deps)(grace, { employerId: hospital, page: 1, pageSize: 3 });
    expect(page.total).toBe(4);
    expect(page.items.map((e) => [e.occurredOn, e.kind])).toEqual([
      ['2026-11-18', 'call'],
      ['2026-11-18', 'visit'],
      ['2026-11-10', 'email'],
    ]);
    expect(page.items[1]).toMatchObject({
      contact: { id: contact.id, name: 'Marcus Lee' },
      recordedBy: { userId: dana.actor.userId, name: 'Dana Whitfield' },
    });
    const next = await listEngagements(deps)(grace, { employerId: hospital, page: 2, pageSize: 3 });
    expect(next.items.map((e) => e.summary)).toEqual(['First call about the nursing pathway']);
    expect(await getEmployer(deps)(grace, { employerId: hospital })).toMatchObject({
      engagements: 4,
      lastEngagementOn: '2026-11-18',
    });

    // Another employer's contact, and another organization: refused, nothing recorded.
    await expect(
      record(
        '2026-11-19',
        'call',
        'x',
        (
          await addContact(deps)(dana, {
            employerId: other,
            givenName: 'Ann',
            familyName: 'Ray',
            role: 'hr',
          })
        ).id,
      ),
    ).rejects.toMatchObject({ code: 'EMPLOYER_CONTACT_NOT_FOUND' });
    await expect(
      recordEngagement(deps)(outsider, {
        employerId: hospital,
        kind: 'call',
        occurredOn: '2026-11-19',
        summary: 'x',
      }),
    ).rejects.toMatchObject({ code: 'EMPLOYER_NOT_FOUND' });
    await expect(listEngagements(deps)(outsider, { employerId: hospital })).rejects.toMatchObject({
      code: 'EMPLOYER_NOT_FOUND',
    });
    expect((await listEngagements(deps)(dana, { employerId: hospital })).total).toBe(4);
    const summaries = JSON.stringify(
      await database.db.selectFrom('audit_events').select('details').execute(),
    );
    expect(summaries).not.toContain('wards');
  });
});
