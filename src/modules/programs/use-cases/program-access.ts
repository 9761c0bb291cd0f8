import { type Actor, type RequestContext, requireActor, requireRole } from '../../../core/auth/actor.js';
import { programAdminRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { type ProgramRecord, programsRepository } from '../adapters/programs-repository.js';
import { programErrors } from '../errors.js';

/** The program if the actor's organization runs it or belongs to the consortium that does; else not found. */
export async function visibleProgram(db: Executor, actor: Actor, programId: string): Promise<ProgramRecord> {
  const program = await programsRepository(db).findProgram(programId);
  if (!program || !takesPart(actor, program)) throw programErrors.programNotFound();
  return program;
}

export function takesPart(actor: Actor, program: ProgramRecord): boolean {
  return (
    program.organizationId === actor.organizationId ||
    (program.consortiumId !== null &&
      (actor.consortiumIds.includes(program.consortiumId) ||
        actor.coordinatedConsortiumIds.includes(program.consortiumId)))
  );
}

/** Who steers the program: its owner, or the coordinating organization of its consortium. */
export function steers(actor: Actor, program: ProgramRecord): boolean {
  return (
    program.organizationId === actor.organizationId ||
    (program.consortiumId !== null && actor.coordinatedConsortiumIds.includes(program.consortiumId))
  );
}

/** The organizations taking part: the owner and, for a consortium program, every member. */
export async function participatingOrganizations(db: Executor, program: ProgramRecord) {
  const organizations = organizationsApi(db);
  const owner = await organizations.findOrganization(program.organizationId);
  const members = program.consortiumId ? await organizations.consortiumMembers(program.consortiumId) : [];
  const all = new Map<string, { id: string; name: string }>();
  if (owner) all.set(owner.id, { id: owner.id, name: owner.name });
  for (const member of members) all.set(member.id, { id: member.id, name: member.name });
  return [...all.values()];
}

/**
 * The program a caller may configure: any program for the platform itself (demo loader, command
 * line); otherwise one the actor's organization steers, for the roles that configure programs. A
 * member organization may configure its own part when `memberOrganizationId` is its own.
 */
export async function programToConfigure(
  db: Executor,
  ctx: RequestContext,
  programId: string,
  memberOrganizationId?: string,
): Promise<ProgramRecord> {
  if (ctx.system) {
    const program = await programsRepository(db).findProgram(programId);
    if (!program) throw programErrors.programNotFound();
    return program;
  }
  const actor = requireActor(ctx);
  requireRole(actor, programAdminRoles);
  const program = await visibleProgram(db, actor, programId);
  if (!steers(actor, program) && memberOrganizationId !== actor.organizationId)
    throw programErrors.programNotFound();
  return program;
}
