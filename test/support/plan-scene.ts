import { inflateSync } from 'node:zlib';
import { fixedClock } from '../../src/core/clock.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenOrganization, givenStaff } from './fixtures.js';
import { testDeps } from './test-app.js';
import type { TestDatabase } from './test-database.js';

/**
 * A St. Louis career-pathways office with its file roles, a funder and an administrator, another
 * organization's counselor, and a Syrian civil engineer it follows. People go through the use cases.
 */
export async function givenPlanScene(database: TestDatabase) {
  const clock = fixedClock('2026-03-10T09:00:00Z');
  const deps = testDeps(database, clock);
  const office = await givenOrganization(database.db, { name: 'International Institute', country: 'US' });
  const other = await givenOrganization(database.db, { name: 'Other Agency', country: 'US' });
  const staff = {
    counselor: await givenStaff(database.db, office.id, 'counselor'),
    referent: await givenStaff(database.db, office.id, 'program_referent'),
    coordinator: await givenStaff(database.db, office.id, 'coordinator'),
    director: await givenStaff(database.db, office.id, 'director'),
    funder: await givenStaff(database.db, office.id, 'funder'),
    administrator: await givenStaff(database.db, office.id, 'administrator'),
    outsider: await givenStaff(database.db, other.id, 'counselor'),
  };
  const engineer = await createPerson(deps)(staff.counselor, {
    identity: {
      givenName: 'Omar',
      familyName: 'Haddad',
      givenNameOriginal: 'عمر',
      familyNameOriginal: 'حداد',
    },
  });
  return { clock, deps, office, other, staff, personId: engineer.id };
}

/** A compressed PDF with its content streams inflated, so that `drawnLines` can read what is drawn. */
export function inflatedPdf(pdf: Buffer): Buffer {
  const raw = pdf.toString('latin1');
  return Buffer.from(
    raw.replace(/stream\n([\s\S]*?)\nendstream/g, (whole, body: string) => {
      try {
        return `stream\n${inflateSync(Buffer.from(body, 'latin1')).toString('latin1')}\nendstream`;
      } catch {
        return whole;
      }
    }),
    'latin1',
  );
}
