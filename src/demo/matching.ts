import type { RequestContext } from '../core/auth/actor.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { setJobWishes } from '../modules/matching/use-cases/job-wishes.js';
import { personSummary } from '../modules/people/api.js';

interface Staff {
  userId: string;
  organizationId: string;
}

/**
 * ILLUSTRATIVE DATA: the job-search wishes of a few people, recorded through the use case, so that
 * their best offers read distances, contracts and hours against what they said. `nth` is the nth person
 * of the program the team follows (the St. Louis civil engineer of the plans is the first of 'rcp').
 */
const demoWishes = [
  {
    team: 'stLouis',
    program: 'rcp',
    nth: 0,
    wishes: {
      mobilityKm: 40,
      contractTypes: ['permanent'],
      workingTime: 'full_time',
      minHoursPerWeek: 35,
      maxHoursPerWeek: 45,
    },
  },
  {
    team: 'gironde',
    program: 'impulser',
    nth: 0,
    wishes: {
      mobilityKm: 15,
      contractTypes: ['siae_insertion', 'cdd', 'cdi'],
      workingTime: null,
      minHoursPerWeek: 20,
      maxHoursPerWeek: 35,
    },
  },
] as const;

export async function loadDemoMatching(
  deps: Deps,
  cast: { enrolledByProgram: Map<string, string[]>; stLouis: Staff; gironde: Staff },
): Promise<void> {
  for (const demo of demoWishes) {
    const staff = cast[demo.team];
    const locale = demo.team === 'gironde' ? 'fr' : 'en';
    const actor = await buildActor(
      deps.db,
      { id: staff.userId, displayName: 'demo', locale },
      'demo-loader',
      staff.organizationId,
    );
    if (!actor) throw new Error('demo matching: staff without membership');
    const ctx: RequestContext = { actor, requestId: 'demo-loader', locale, ip: null };
    const followed: string[] = [];
    for (const personId of cast.enrolledByProgram.get(demo.program) ?? []) {
      if (await personSummary(deps.db, personId, staff.organizationId)) followed.push(personId);
      if (followed.length > demo.nth) break;
    }
    const personId = followed[demo.nth];
    if (!personId) throw new Error(`demo matching: nobody followed in ${demo.program}`);
    await setJobWishes(deps)(ctx, {
      personId,
      ...demo.wishes,
      contractTypes: [...demo.wishes.contractTypes],
    });
  }
}
