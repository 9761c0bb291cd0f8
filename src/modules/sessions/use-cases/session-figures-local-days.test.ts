import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenEveningWorkshopInMontreal } from '../../../../test/support/evening-workshop-scene.js';
import type { givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { sessionFiguresOfPeriod } from './session-figures-of-period.js';

/**
 * A period's session figures count the meetings of the organization's days: a workshop at 20:00 in
 * Montréal on 31 January (01:00 UTC on 1 February) is January's, in the whole month, at a period's
 * ragged end, and in one series' detail alike.
 */
let database: TestDatabase;
const clock = fixedClock('2026-03-10T15:00:00Z');
let deps: ReturnType<typeof testDeps>;
let coordinator: Awaited<ReturnType<typeof givenStaff>>;
let seriesId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  ({ coordinator, seriesId } = await givenEveningWorkshopInMontreal(database.db, deps));
});
afterAll(() => database.close());

describe("session figures by the organization's days", () => {
  it('count a meeting of the evening of the 31st in its month, not the next', async () => {
    const figuresOf = (from: string, to: string) => sessionFiguresOfPeriod(deps)(coordinator, { from, to });
    // January read as a whole month, then as a ragged end, then the month after.
    for (const [from, to] of [
      ['2026-01-01', '2026-01-31'],
      ['2026-01-10', '2026-01-31'],
      ['2025-12-01', '2026-01-31'],
    ] as const)
      expect(await figuresOf(from, to)).toMatchObject({ sessions: 1, meetingsHeld: 2, participants: 1 });
    expect((await figuresOf('2026-01-31', '2026-01-31')).meetingsHeld).toBe(1);
    expect(await figuresOf('2026-02-01', '2026-02-28')).toMatchObject({ sessions: 0, meetingsHeld: 0 });
    const detail = await sessionFiguresOfPeriod(deps)(coordinator, {
      from: '2026-01-01',
      to: '2026-01-31',
      seriesId,
    });
    expect(detail.byMeeting).toHaveLength(2);
  });
});
