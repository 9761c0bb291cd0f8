import type { Actor } from '../../../core/auth/actor.js';
import type { Role } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { type SeriesRecord, sessionsRepository } from '../adapters/sessions-repository.js';
import { sessionErrors } from '../errors.js';

/** Who runs sessions (catalog, planning, cancelling): referents, coordinators, directors. */
export const sessionOrganizerRoles: readonly Role[] = ['program_referent', 'coordinator', 'director'];
/** Who enrols participants and takes the roll call. */
export const sessionStaffRoles: readonly Role[] = [
  'counselor',
  'program_referent',
  'coordinator',
  'director',
];

/** A series is open to its organization, to a consortium's members, or to every organization. */
export function opensTo(
  actor: Actor,
  series: Pick<SeriesRecord, 'organizationId' | 'openness' | 'consortiumId'>,
): boolean {
  if (series.organizationId === actor.organizationId) return true;
  if (series.openness === 'public') return true;
  return (
    series.openness === 'consortium' &&
    series.consortiumId !== null &&
    actor.consortiumIds.includes(series.consortiumId)
  );
}

export async function visibleSeries(
  db: Executor,
  actor: Actor,
  seriesId: string,
  lock = false,
): Promise<SeriesRecord> {
  const series = await sessionsRepository(db).findSeries(seriesId, lock);
  if (!series || !opensTo(actor, series)) throw sessionErrors.seriesNotFound();
  return series;
}
