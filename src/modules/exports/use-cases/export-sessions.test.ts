import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { spreadsheetBytes } from '../../../core/spreadsheet/write-spreadsheet.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { createSessionType } from '../../sessions/use-cases/create-session-type.js';
import { enrolParticipant } from '../../sessions/use-cases/enrol-participant.js';
import { planSeries } from '../../sessions/use-cases/plan-series.js';
import { exportSessions } from './export-sessions.js';

let database: TestDatabase;
let deps: ReturnType<typeof testDeps>;
let coordinator: Awaited<ReturnType<typeof givenStaff>>;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-03-02T10:00:00Z'));
  const organizationId = (await givenOrganization(database.db, { timeZone: 'America/Montreal' })).id;
  coordinator = await givenStaff(database.db, organizationId, 'coordinator', { locale: 'en' });
  const type = await createSessionType(deps)(coordinator, {
    code: 'CV',
    nameFr: 'Atelier CV',
    nameEn: 'CV workshop',
    kind: 'workshop',
    audience: 'beneficiaries',
    language: 'fr',
    durationMinutes: 120,
    mode: 'in_person',
  });
  const { id: seriesId } = await planSeries(deps)(coordinator, {
    sessionTypeId: type.id,
    title: '=Atelier CV',
    openness: 'organization',
    capacity: 4,
    meetings: [{ startsAt: '2026-03-03T14:00:00Z' }, { startsAt: '2026-03-10T13:00:00Z' }],
  });
  const { id: personId } = await createPerson(deps)(coordinator, {
    identity: { givenName: 'Amina', familyName: 'Youssef' },
  });
  await enrolParticipant(deps)(coordinator, { seriesId, personId });
});
afterAll(() => database.close());

describe('exporting the sessions list', () => {
  it('gives each series with its counts, fill rate and meetings at the organization’s wall-clock times', async () => {
    const file = await exportSessions(deps)(coordinator, { format: 'csv' });
    const [header, row] = parse((await spreadsheetBytes('csv', [file.sheet])).toString('utf8'), {
      bom: true,
    }) as string[][];
    const cell = (name: string) => row?.[header!.indexOf(name)];
    // A title that looks like a formula is neutralized.
    expect(cell('Title')).toBe("'=Atelier CV");
    expect(cell('Capacity')).toBe('4');
    expect(cell('Enrolled')).toBe('1');
    expect(cell('Fill rate')).toBe('0.25');
    expect(cell('Meetings')).toBe('2');
    // 14:00 UTC is 09:00 in Montréal (EST); summer time begins on 8 March: 13:00 UTC is 09:00 too.
    expect(cell('First meeting')).toBe('2026-03-03 09:00');
    expect(cell('Last meeting')).toBe('2026-03-10 09:00');
    expect(cell('Status')).toBe('Planned');
  });
});
