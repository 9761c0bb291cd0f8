import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { createSessionType } from './create-session-type.js';
import { listPublicInfoSessions } from './list-public-info-sessions.js';
import { listSeries } from './list-series.js';
import { planSeries } from './plan-series.js';

/**
 * "Next first" means by the next meeting to come: a list sorted by title put the session of
 * 10 December before the one of 3 December, and the staff list put the latest first.
 */
let database: TestDatabase;
// Everything is planned in November, then the lists are read on 2 December.
const clock = fixedClock('2026-11-01T12:00:00Z');
let deps: ReturnType<typeof testDeps>;
let coordinator: Awaited<ReturnType<typeof givenStaff>>;
const anonymous = { actor: null, requestId: 'req-public', locale: 'fr' as const, ip: '203.0.113.9' };

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const promis = await givenOrganization(database.db, { name: 'PROMIS', country: 'CA' });
  coordinator = await givenStaff(database.db, promis.id, 'coordinator');
  const info = await createSessionType(deps)(coordinator, {
    code: 'INFO-EMPLOI',
    nameFr: 'Info-Emploi en régions',
    nameEn: 'Jobs in the regions information session',
    kind: 'info_session',
    audience: 'beneficiaries',
    language: 'fr',
    durationMinutes: 90,
    mode: 'virtual',
  });
  const plan = (title: string, meetings: string[]) =>
    planSeries(deps)(coordinator, {
      sessionTypeId: info.id,
      title,
      openness: 'public',
      presenter: 'Place aux jeunes en région',
      meetings: meetings.map((startsAt) => ({ startsAt })),
    });
  // Titles in the opposite order of the dates, so that a sort by title shows.
  await plan('A — Abitibi', ['2026-12-10T17:00:00Z']);
  await plan('B — Bas-Saint-Laurent', ['2026-12-03T17:00:00Z']);
  await plan('C — Côte-Nord (over)', ['2026-11-05T17:00:00Z']);
  await plan('D — Estrie (over, later)', ['2026-11-20T17:00:00Z']);
  // Started in November, its next meeting is the 17th.
  await plan('E — Gaspésie (under way)', ['2026-11-10T17:00:00Z', '2026-12-17T17:00:00Z']);
  clock.set(new Date('2026-12-02T12:00:00Z'));
});
afterAll(() => database.close());

describe('lists that show the next first', () => {
  it("the staff's sessions list: coming sessions by their next meeting, then past ones, latest first", async () => {
    const { items } = await listSeries(deps)(coordinator, { page: 1, pageSize: 50 });
    expect(items.map((i) => i.title)).toEqual([
      'B — Bas-Saint-Laurent',
      'A — Abitibi',
      'E — Gaspésie (under way)',
      'D — Estrie (over, later)',
      'C — Côte-Nord (over)',
    ]);
  });

  it('the same order on every page', async () => {
    const first = await listSeries(deps)(coordinator, { page: 1, pageSize: 2 });
    const second = await listSeries(deps)(coordinator, { page: 2, pageSize: 2 });
    expect([...first.items, ...second.items].map((i) => i.title)).toEqual([
      'B — Bas-Saint-Laurent',
      'A — Abitibi',
      'E — Gaspésie (under way)',
      'D — Estrie (over, later)',
    ]);
  });

  it('the public info-emploi page: 3 December before 10 December', async () => {
    const { items } = await listPublicInfoSessions(deps)(anonymous, {});
    expect(items.map((i) => i.title)).toEqual([
      'B — Bas-Saint-Laurent',
      'A — Abitibi',
      'E — Gaspésie (under way)',
    ]);
  });
});
