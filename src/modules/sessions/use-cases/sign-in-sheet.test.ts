import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { drawnLines } from '../../../../test/support/pdf-text.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { signInSheetRoute } from '../../../contracts/sessions.js';
import { fixedClock } from '../../../core/clock.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { createSessionType } from './create-session-type.js';
import { planSeries } from './plan-series.js';
import { signInSheet } from './sign-in-sheet.js';

let database: TestDatabase;
// 21:00 on Thursday 3 December in Montréal, already Friday 4 December in UTC.
const clock = fixedClock('2026-12-04T02:00:00Z');
let deps: ReturnType<typeof testDeps>;
let coordinator: Awaited<ReturnType<typeof givenStaff>>;
let meetingId: string;

const spaced = (pdf: Buffer) => drawnLines(pdf).map((line) => line.replace(/[\u202F\u00A0\u2009]/g, ' '));

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const montreal = await givenOrganization(database.db, {
    name: 'Carrefour Montréal',
    country: 'CA',
    timeZone: 'America/Toronto',
  });
  coordinator = await givenStaff(database.db, montreal.id, 'coordinator');
  const type = await createSessionType(deps)(coordinator, {
    code: 'ATL-CV',
    nameFr: 'Atelier CV',
    nameEn: 'CV workshop',
    kind: 'workshop',
    audience: 'beneficiaries',
    language: 'fr',
    durationMinutes: 120,
    capacity: 12,
    mode: 'in_person',
    attestationRule: { minAttendancePercent: 80, requireCompleteRollCall: true },
  });
  // 19:00 on Friday 4 December in Montréal (00:00 UTC on the 5th).
  const series = await planSeries(deps)(coordinator, {
    sessionTypeId: type.id,
    title: 'Atelier CV du soir',
    place: 'Salle 3',
    meetings: [{ startsAt: '2026-12-05T00:00:00Z' }],
  });
  meetingId = (await sessionsRepository(database.db).meetingsOf(series.id))[0]!.id;
});
afterAll(() => database.close());

describe('the sign-in sheet', () => {
  it('writes the meeting’s time and the day it was printed in the organizer’s time zone', async () => {
    const { pdf } = await signInSheet(deps)(coordinator, { meetingId, locale: 'en' });
    const lines = spaced(pdf);
    expect(
      lines.some((line) => line.includes('Friday, December 4, 2026, 7:00 – 9:00 PM') && line.includes('EST')),
    ).toBe(true);
    expect(lines.some((line) => line.includes('Saturday'))).toBe(false);
    expect(lines.some((line) => line.includes('Generated on December 3, 2026'))).toBe(true);
  });

  it('takes no time zone from the request: one sent is ignored', async () => {
    expect(Object.keys(signInSheetRoute.query?.shape ?? {})).toEqual(['locale']);
    const { pdf } = await signInSheet(deps)(coordinator, {
      meetingId,
      locale: 'en',
      ...({ timeZone: 'Asia/Tokyo' } as object),
    });
    const lines = spaced(pdf);
    expect(lines.some((line) => line.includes('Friday, December 4, 2026, 7:00 – 9:00 PM'))).toBe(true);
    expect(lines.some((line) => line.includes('GMT+9'))).toBe(false);
  });
});
