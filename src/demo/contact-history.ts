import type { RequestContext } from '../core/auth/actor.js';
import type { Deps } from '../core/use-case.js';
import { writeNote } from '../modules/follow-up/use-cases/write-note.js';
import { programEnrolmentSpans } from '../modules/programs/api.js';
import { addDays, type DemoCalendar, isWorkingDay } from './demo-calendar.js';
import { seededRandom } from './random.js';

interface Counselor {
  organizationId: string;
  ctx: RequestContext;
}

/** How many months of history the program page shows by default. */
const monthsOfHistory = 6;

const kinds = [
  {
    kind: 'individual_interview',
    minutes: 45,
    body: 'Entretien de suivi : projet professionnel et démarches.',
  },
  { kind: 'phone_call', minutes: 15, body: 'Appel : point sur les démarches de la semaine.' },
  { kind: 'message', minutes: 5, body: 'Message : rappel du prochain rendez-vous et des pièces à apporter.' },
] as const;

/**
 * Months of contacts with every young person of the program, by the counselor of the Mission Locale
 * that follows them, since their enrolment (at most the months the program page shows): most see
 * their counselor two or three times a month, about one in six is hard to reach (none or one), so the
 * program page has a history and some people, not all, below the expectation. People in `keepRecent`
 * already have their last 30 days written by hand (the caseload's examples): only older months here.
 */
export async function loadDemoContactHistory(
  deps: Deps,
  options: {
    programId: string;
    counselors: Counselor[];
    calendar: DemoCalendar;
    keepRecent: ReadonlySet<string>;
  },
): Promise<{ notes: number }> {
  const random = seededRandom(2_026_1203);
  const { calendar } = options;
  const from = addDays(calendar.today, -31 * monthsOfHistory);
  const recentFrom = addDays(calendar.today, -30);
  const spans = await programEnrolmentSpans(
    deps.db,
    options.programId,
    options.counselors.map((c) => c.organizationId),
    { from, to: calendar.today },
  );
  let notes = 0;
  for (const span of spans) {
    const counselor = options.counselors.find((c) => c.organizationId === span.organizationId);
    if (!counselor) continue;
    const hardToReach = random.chance(0.17);
    const first = [span.enrolledOn, from].sort()[1]!;
    const last = options.keepRecent.has(span.personId)
      ? addDays(recentFrom, -1)
      : addDays(calendar.today, -1);
    // About every twelve days for most, every month or two for the hard to reach, on working days.
    let day = addDays(first, random.int(1, 6));
    for (;;) {
      while (!isWorkingDay(day)) day = addDays(day, 1);
      if (day > last) break;
      const { kind, minutes, body } = random.pick(kinds);
      const hour = String(random.int(9, 16)).padStart(2, '0');
      await writeNote(deps)(counselor.ctx, {
        personId: span.personId,
        kind,
        occurredAt: calendar.at(day, `${hour}:${random.pick(['00', '15', '30', '45'])}`),
        minutesSpent: minutes,
        body,
      });
      notes += 1;
      day = addDays(day, hardToReach ? random.int(30, 60) : random.int(9, 15));
    }
  }
  return { notes };
}
