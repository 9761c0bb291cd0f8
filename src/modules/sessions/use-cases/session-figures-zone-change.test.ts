import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenEveningWorkshopInMontreal } from '../../../../test/support/evening-workshop-scene.js';
import { givenSession, givenStaff } from '../../../../test/support/fixtures.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { fixedClock } from '../../../core/clock.js';
import { nextDay } from '../../../core/time-zone.js';
import { factsFromRecords } from '../adapters/figures-repository.js';
import { factsFromSummary } from '../adapters/figures-summary-read.js';
import { sessionFiguresOfPeriod } from './session-figures-of-period.js';

/**
 * The session figures' summary is keyed by the day a meeting starts in its organization's zone. An
 * administrator who changes the zone (`PATCH /api/organization`, through the composition root that
 * hands organizations the sessions' rebuild) has it recomputed on the new days in the same
 * transaction: a workshop at 20:00 in Montréal on 31 January (01:00 UTC on 1 February) is January's
 * in America/Toronto and February's (02:00) once the organization works in Europe/Paris.
 */
let t: TestApp;
const clock = fixedClock('2026-03-10T15:00:00Z');
let organizationId: string;
let coordinator: Awaited<ReturnType<typeof givenStaff>>;
let administrator: Awaited<ReturnType<typeof givenSession>>;

beforeAll(async () => {
  t = await createTestApp({ clock });
  ({ organizationId, coordinator } = await givenEveningWorkshopInMontreal(t.database.db, t.deps));
  const admin = await givenStaff(t.database.db, organizationId, 'administrator');
  administrator = await givenSession(t.database.db, admin.actor.userId, organizationId);
});
afterAll(() => t.close());

const january = { from: '2026-01-01', to: '2026-01-31' };
const february = { from: '2026-02-01', to: '2026-02-28' };
const figuresOf = (period: { from: string; to: string }) =>
  sessionFiguresOfPeriod(t.deps)(coordinator, period);

/** The summary's facts of the organization equal those recomputed from the records, for the period. */
async function expectSummaryEqualsRecords(period: { from: string; to: string }) {
  const scope = {
    organizationId,
    programId: null,
    seriesId: null,
    from: period.from,
    to: nextDay(period.to),
  };
  const now = clock.now();
  const [summary, records] = [
    await factsFromSummary(t.database.db, scope, now),
    await factsFromRecords(t.database.db, scope, now),
  ];
  // The summary keeps no meeting-by-meeting detail (`heldBySeries`): series and participants compare.
  expect(summary.series).toEqual(records.series);
  expect(summary.participants).toEqual(records.participants);
}

describe('session figures when the organization changes its time zone', () => {
  it('count the evening of 31 January in Montréal in February once the organization is in Paris', async () => {
    expect(await figuresOf(january)).toMatchObject({ sessions: 1, meetingsHeld: 2, participants: 1 });
    expect(await figuresOf(february)).toMatchObject({ sessions: 0, meetingsHeld: 0, participants: 0 });

    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/organization',
      payload: { timeZone: 'Europe/Paris' },
      ...administrator,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ timeZone: 'Europe/Paris' });

    expect(await figuresOf(january)).toMatchObject({ sessions: 1, meetingsHeld: 1, participants: 1 });
    expect(await figuresOf(february)).toMatchObject({ sessions: 1, meetingsHeld: 1, participants: 1 });
    expect((await figuresOf({ from: '2026-02-01', to: '2026-02-01' })).meetingsHeld).toBe(1);
    expect((await figuresOf({ from: '2026-01-31', to: '2026-01-31' })).meetingsHeld).toBe(0);
    for (const period of [january, february, { from: '2026-01-20', to: '2026-02-05' }])
      await expectSummaryEqualsRecords(period);
  });
});
