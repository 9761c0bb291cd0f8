import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { signupRepository } from '../adapters/signup-repository.js';

/** How many coming dates the public list shows per series. */
const shownMeetings = 4;

/**
 * The front door's list: information sessions open to the public with a date still to come. It says
 * how many seats are left and never who holds them; the meeting link goes out with the invitation only.
 */
export const listPublicInfoSessions = defineUseCase(z.object({}), async ({ trx, now }) => {
  const repo = signupRepository(trx);
  const series = await repo.publicInfoSeries(now);
  const ids = series.map((s) => s.id);
  const [meetings, seated, waiting, organizations] = await Promise.all([
    repo.upcomingMeetings(ids, now),
    repo.seatedCounts(ids),
    repo.waitingSeries(ids),
    organizationsApi(trx).listOrganizations([...new Set(series.map((s) => s.organizationId))]),
  ]);
  const organizationName = new Map(organizations.map((o) => [o.id, o.name]));
  return {
    items: series.map((s) => {
      const seatsLeft = s.capacity === null ? null : Math.max(0, s.capacity - (seated.get(s.id) ?? 0));
      return {
        id: s.id,
        title: s.title,
        organizationName: organizationName.get(s.organizationId) ?? '',
        presenter: s.presenter,
        language: s.language,
        mode: s.mode,
        nextMeetings: meetings
          .filter((m) => m.seriesId === s.id)
          .slice(0, shownMeetings)
          .map((m) => ({ startsAt: m.startsAt.toISOString(), durationMinutes: m.durationMinutes })),
        seatsLeft,
        // Same rule as enrolment: while somebody waits, newcomers wait too.
        waitlist: seatsLeft === 0 || waiting.has(s.id),
      };
    }),
  };
});
