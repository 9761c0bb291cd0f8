import { fixedClock } from '../../src/core/clock.js';
import { addContact } from '../../src/modules/employers/use-cases/add-contact.js';
import { addSite } from '../../src/modules/employers/use-cases/add-site.js';
import { createEmployer } from '../../src/modules/employers/use-cases/create-employer.js';
import { createImmersion } from '../../src/modules/immersions/use-cases/create-immersion.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenOrganization, givenStaff } from './fixtures.js';
import { testDeps } from './test-app.js';
import type { TestDatabase } from './test-database.js';

/**
 * A Gironde scene for immersions: a counselor (and colleagues of other roles) of an organization, a
 * counselor of another, a person whose name is also written in Arabic, a host employer with a site
 * and a tutor, and another employer with its own contact. The clock stands on 2026-03-10.
 */
export async function givenImmersionScene(database: TestDatabase) {
  const clock = fixedClock('2026-03-10T09:00:00Z');
  const deps = testDeps(database, clock);
  const organization = await givenOrganization(database.db, { name: 'PLIE des Graves' });
  const other = await givenOrganization(database.db, { name: 'Mission Locale de Nîmes' });
  const staff = {
    counselor: await givenStaff(database.db, organization.id, 'counselor', { displayName: 'Sophie Lagarde' }),
    colleague: await givenStaff(database.db, organization.id, 'counselor', { displayName: 'Karim Benali' }),
    director: await givenStaff(database.db, organization.id, 'director'),
    funder: await givenStaff(database.db, organization.id, 'funder'),
    administrator: await givenStaff(database.db, organization.id, 'administrator'),
    outsider: await givenStaff(database.db, other.id, 'counselor'),
  };
  const personId = (
    await createPerson(deps)(staff.counselor, {
      identity: {
        givenName: 'Layla',
        familyName: 'Haddad',
        givenNameOriginal: 'ليلى',
        familyNameOriginal: 'حداد',
        birthDate: '1991-04-02',
      },
    })
  ).id;
  const employerId = (
    await createEmployer(deps)(staff.counselor, { name: 'Boulangerie Martin', country: 'FR' })
  ).id;
  const siteId = (
    await addSite(deps)(staff.counselor, {
      employerId,
      name: 'Atelier de Pessac',
      city: 'Pessac',
      postalCode: '33600',
    })
  ).id;
  const tutorId = (
    await addContact(deps)(staff.counselor, {
      employerId,
      givenName: 'Émilie',
      familyName: 'Martin',
      role: 'tutor',
      jobTitle: 'Cheffe boulangère',
    })
  ).id;
  const otherEmployerId = (
    await createEmployer(deps)(staff.counselor, { name: 'Clinique du Lac', country: 'FR' })
  ).id;
  const otherContactId = (
    await addContact(deps)(staff.counselor, {
      employerId: otherEmployerId,
      givenName: 'Paul',
      familyName: 'Roux',
      role: 'hr',
    })
  ).id;
  const body = (over: Record<string, unknown> = {}) => ({
    personId,
    kind: 'pmsmp' as const,
    employerId,
    siteId,
    tutorContactId: tutorId,
    startsOn: '2026-03-02',
    endsOn: '2026-03-06',
    plannedHours: 35,
    objectives: 'Découvrir le métier de boulanger et confirmer le projet professionnel',
    language: 'fr' as const,
    ...over,
  });
  const newImmersion = async (over: Record<string, unknown> = {}) =>
    (await createImmersion(deps)(staff.counselor, body(over))).id;
  return {
    clock,
    deps,
    organization,
    other,
    staff,
    personId,
    employerId,
    siteId,
    tutorId,
    otherEmployerId,
    otherContactId,
    body,
    newImmersion,
  };
}
