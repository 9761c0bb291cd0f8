import { type Actor, requireActor, requireRole } from '../../../core/auth/actor.js';
import { figuresRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { programForFigures } from '../../programs/api.js';
import { exitsRepository } from '../adapters/exits-repository.js';
import { ruleInForce } from '../domain/classify-exit.js';
import { outcomeErrors } from '../errors.js';
import { outcomeRecordsOf } from './outcome-records.js';

/**
 * What a viewer of a program's figures may read: the program (taking part), the member organizations
 * (all when it steers the program, else its own), the rule in force at the period's end, and the
 * records of those organizations' enrolments entered by then.
 */
export async function programFiguresScope(
  db: Executor,
  ctxActor: Parameters<typeof requireActor>[0],
  query: { programId: string; to: string; memberOrganizationId?: string | undefined },
  now: Date,
) {
  const actor: Actor = requireActor(ctxActor);
  requireRole(actor, figuresRoles);
  const program = await programForFigures(db, actor, query.programId);
  if (!program) throw outcomeErrors.programNotFound();
  let organizations = program.steers
    ? program.organizations
    : program.organizations.filter((o) => o.id === actor.organizationId);
  if (query.memberOrganizationId) {
    organizations = organizations.filter((o) => o.id === query.memberOrganizationId);
    if (organizations.length === 0) throw outcomeErrors.programNotFound();
  }
  const today = await organizationsApi(db).todayOf(actor.organizationId, now);
  const versions = await exitsRepository(db).ruleVersions(program.id);
  // Dates as 'YYYY-MM-DD' sort as they fall: the earlier of the two.
  const rule = ruleInForce(versions, [query.to, today].sort()[0] as string);
  const { records, displayNames } = await outcomeRecordsOf(
    db,
    program.id,
    organizations.map((o) => o.id),
    query.to,
  );
  return { actor, program, organizations, today, rule, records, displayNames };
}
