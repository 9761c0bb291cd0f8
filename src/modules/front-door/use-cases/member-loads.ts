import type { Executor } from '../../../core/db/types.js';
import { programEnrolmentSpans } from '../../programs/api.js';
import { frontDoorRepository } from '../adapters/front-door-repository.js';
import type { MemberLoad } from '../domain/routing.js';

/**
 * The load of each receiving member: its open requests of the program (assigned, not yet a file nor
 * closed) and its open enrolments in the program on `today` (read through the programs api).
 */
export async function memberLoads(
  db: Executor,
  programId: string,
  organizationIds: readonly string[],
  today: string,
): Promise<MemberLoad[]> {
  if (organizationIds.length === 0) return [];
  const [requests, enrolments] = await Promise.all([
    frontDoorRepository(db).openAssignedCounts(programId, organizationIds),
    programEnrolmentSpans(db, programId, organizationIds, { from: today, to: today }),
  ]);
  const open = new Map<string, number>();
  for (const e of enrolments) open.set(e.organizationId, (open.get(e.organizationId) ?? 0) + 1);
  return organizationIds.map((organizationId) => ({
    organizationId,
    load: (requests.get(organizationId) ?? 0) + (open.get(organizationId) ?? 0),
  }));
}
