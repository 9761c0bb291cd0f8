import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { textLines } from '../../../../test/support/pdf-text.js';
import { provenAt } from '../../../../test/support/privacy-audit.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { scheduleAppointment } from '../../follow-up/use-cases/schedule-appointment.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { exportPersonData, exportPersonDataPdf } from './export-person-data.js';
import { getProcessingRegister } from './processing-register.js';

let database: TestDatabase;
// 22:00 on Monday 1 June in Chicago, already Tuesday 2 June in UTC.
const clock = fixedClock('2026-06-02T03:00:00Z');
let deps: ReturnType<typeof testDeps>;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
let personId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const chicago = await givenOrganization(database.db, {
    name: 'Heartland Newcomers',
    country: 'US',
    timeZone: 'America/Chicago',
  });
  counselor = await givenStaff(database.db, chicago.id, 'counselor');
  personId = (await createPerson(deps)(counselor, { identity: { givenName: 'Layla', familyName: 'Haddad' } }))
    .id;
  // 10:00 in Chicago on 10 June (15:00 UTC).
  await scheduleAppointment(deps)(counselor, {
    personId,
    mode: 'phone',
    startsAt: '2026-06-10T15:00:00.000Z',
    durationMinutes: 45,
  });
  // The export asks for a recent proof of identity: the session proved its password just now.
  await provenAt(database.db, counselor, clock.now());
});
afterAll(() => database.close());

describe('the export of a person’s data, in the organization’s time zone', () => {
  it('names the file by the day it is there and says which zone its instants are read in', async () => {
    const { data, filename } = await exportPersonData(deps)(counselor, { personId });
    expect(filename).toBe(`person-data-${personId}-2026-06-01.json`);
    expect(data.organization.timeZone).toBe('America/Chicago');
    // Instants stay ISO (UTC) in the machine-readable file.
    expect(data.exportedAt).toBe('2026-06-02T03:00:00.000Z');
    expect(data.sections.appointments[0]?.startsAt).toBe('2026-06-10T15:00:00.000Z');
  });

  it('prints the day of the export and every time as they are read there', async () => {
    const en = await exportPersonDataPdf(deps)(counselor, { personId, locale: 'en' });
    expect(en.filename).toBe(`person-data-${personId}-2026-06-01-en.pdf`);
    const text = textLines(en.pdf)
      .join('\n')
      .replace(/[\u202F\u00A0]/g, ' ');
    expect(text).toContain('1 June 2026');
    expect(text).not.toContain('2 June 2026');
    expect(text).toContain('10 June 2026 at 10:00');
    expect(text).not.toContain('2026-06-10T15:00');
    const fr = await exportPersonDataPdf(deps)(counselor, { personId, locale: 'fr' });
    const texte = textLines(fr.pdf)
      .join('\n')
      .replace(/[\u202F\u00A0]/g, ' ');
    expect(texte).toContain('1 juin 2026');
    expect(texte).toContain('10 juin 2026 à 10:00');
  });

  it('dates the processing register on the day it is there', async () => {
    const director = await givenStaff(database.db, counselor.actor!.organizationId, 'director');
    const register = await getProcessingRegister(deps)(director, { locale: 'en' });
    expect(register.drawnUpOn).toBe('2026-06-01');
  });
});
