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
 * (all when it steers the program, else its own), today, and the rule in force at the period's end.
 * The figures read no record: the database counts them (adapters/figures).
 */
export async function programFiguresAccess(
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
  return { actor, program, organizations, today, rule };
}

/**
 * `programFiguresAccess` with the records of those organizations' enrolments entered by the period's
 * end, for what reads people (drill-down, underemployment statistics).
 */
export async function programFiguresScope(
  db: Executor,
  ctxActor: Parameters<typeof requireActor>[0],
  query: { programId: string; to: string; memberOrganizationId?: string | undefined },
  now: Date,
) {
  const access = await programFiguresAccess(db, ctxActor, query, now);
  const { records, displayNames } = await outcomeRecordsOf(
    db,
    access.program.id,
    access.organizations.map((o) => o.id),
    query.to,
  );
  return { ...access, records, displayNames };
}
