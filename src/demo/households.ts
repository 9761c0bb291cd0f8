import type { RequestContext } from '../core/auth/actor.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { addHouseholdMember } from '../modules/people/use-cases/add-household-member.js';
import { formHousehold } from '../modules/people/use-cases/form-household.js';
import { rekeyOpenEnrolments } from '../modules/programs/api.js';

interface Staff {
  organizationId: string;
  userId: string;
}

/** Sizes of the households, in turn: couples most often, some with a parent or a grown child. */
const sizes = [2, 3, 2, 4, 2, 3] as const;
const relationsBySize = {
  2: ['spouse'],
  3: ['spouse', 'parent'],
  4: ['spouse', 'child', 'sibling'],
} as const;

/**
 * Québec's regionalization counts households: some of the people Emplois en régions enrolled came as
 * families, each with a file. People of one origin are grouped, in the order they were enrolled, into
 * households of two to four, through the use cases as the counselor (their open enrolments then count
 * in the household), so that the program's figures in households differ from its persons.
 */
export async function loadDemoHouseholds(
  deps: Deps,
  cast: { enrolledByProgram: Map<string, string[]>; counselor: Staff; people: number },
): Promise<{ households: number; members: number }> {
  const actor = await buildActor(
    deps.db,
    { id: cast.counselor.userId, displayName: 'demo', locale: 'fr' },
    'demo-loader',
    cast.counselor.organizationId,
  );
  if (!actor) throw new Error('demo households: counselor without membership');
  const ctx: RequestContext = { actor, requestId: 'demo-loader', locale: 'fr', ip: null };
  const enrolled = [...new Set(cast.enrolledByProgram.get('emplois-en-regions') ?? [])];
  if (enrolled.length === 0) return { households: 0, members: 0 };
  const rows = await deps.db
    .selectFrom('people')
    .select(['id', 'nationality'])
    .where('id', 'in', enrolled)
    .where('organization_id', '=', cast.counselor.organizationId)
    .execute();
  const originOf = new Map(rows.map((r) => [r.id, r.nationality ?? '']));
  const byOrigin = new Map<string, string[]>();
  for (const id of enrolled.slice(0, cast.people)) {
    if (!originOf.has(id)) continue;
    const origin = originOf.get(id)!;
    byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), id]);
  }
  const form = formHousehold(rekeyOpenEnrolments)(deps);
  const add = addHouseholdMember(rekeyOpenEnrolments)(deps);
  let households = 0;
  let members = 0;
  for (const people of byOrigin.values()) {
    let next = 0;
    while (next < people.length) {
      const size = sizes[households % sizes.length]!;
      if (people.length - next < 2) break;
      const [main, ...others] = people.slice(next, next + size);
      next += size;
      const { householdId } = await form(ctx, { personId: main! });
      households += 1;
      members += 1;
      for (const [index, personId] of others.entries()) {
        await add(ctx, { householdId, personId, relation: relationsBySize[size][index]! });
        members += 1;
      }
    }
  }
  return { households, members };
}
