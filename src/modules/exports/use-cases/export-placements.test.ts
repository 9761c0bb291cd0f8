import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { spreadsheetBytes } from '../../../core/spreadsheet/write-spreadsheet.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { recordPlacement } from '../../placements/use-cases/record-placement.js';
import { restrictProcessing } from '../../privacy/use-cases/restrict-processing.js';
import { exportPlacements } from './export-placements.js';

let database: TestDatabase;
let deps: ReturnType<typeof testDeps>;
let counselor: Awaited<ReturnType<typeof givenStaff>>;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-03-02T10:00:00Z'));
  const organizationId = (await givenOrganization(database.db, { timeZone: 'Europe/Paris' })).id;
  counselor = await givenStaff(database.db, organizationId, 'counselor', { locale: 'fr' });
  const employerId = (await createEmployer(deps)(counselor, { name: 'Tri Garonne', country: 'FR' })).id;
  for (const [givenName, familyName, startsOn] of [
    ['Yanis', 'Benali', '2026-01-05'],
    ['Restricted', 'Person', '2026-02-01'],
  ] as const) {
    const { id: personId } = await createPerson(deps)(counselor, { identity: { givenName, familyName } });
    await recordPlacement(deps)(counselor, {
      personId,
      employerId,
      jobTitle: 'Agent de tri',
      contractType: 'siae_insertion',
      hoursPerWeek: 26,
      wage: { cents: 1_183_55, period: 'hour' },
      startsOn,
      plannedEndOn: '2026-07-04',
    });
    if (givenName === 'Restricted')
      await restrictProcessing(deps)(counselor, { personId, reason: 'La personne conteste ses données' });
  }
});
afterAll(() => database.close());

describe('exporting placements', () => {
  it('writes each contract with its wage as an amount and its dates as dates, restricted files left out', async () => {
    const file = await exportPlacements(deps)(counselor, { format: 'xlsx' });
    expect(file.rows).toBe(1);
    expect(file.filename).toBe('placements-2026-03-02.xlsx');
    const [header, row] = (await readSheet(await spreadsheetBytes('xlsx', [file.sheet]))) as unknown[][];
    const cell = (name: string) => row?.[header!.indexOf(name)];
    expect(cell('Nom')).toBe('Benali');
    expect(cell('Employeur')).toBe('Tri Garonne');
    expect(cell('Salaire')).toBe(1183.55);
    expect(cell('Heures par semaine')).toBe(26);
    expect(cell('Début')).toEqual(new Date(Date.UTC(2026, 0, 5)));
    expect(cell('État ce jour')).toBe('En cours');
  });

  it('filters by state', async () => {
    expect((await exportPlacements(deps)(counselor, { format: 'csv', state: 'ended' })).rows).toBe(0);
    expect((await exportPlacements(deps)(counselor, { format: 'csv', state: 'running' })).rows).toBe(1);
  });
});
