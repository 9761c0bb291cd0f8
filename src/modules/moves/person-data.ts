/** The moves module's part in the person's rights (export, anonymization). */
import type { Executor } from '../../core/db/types.js';
import { movesRepository } from './adapters/moves-repository.js';

/** The household's moves recorded on the file or naming the person: where, when, housing, activity. */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const rows = await movesRepository(db).naming(personId, organizationId);
  return {
    moves: rows.map((row) => ({
      id: row.id,
      movedOn: row.moved_on,
      destination: { country: row.destination_country, code: row.destination_code },
      region: row.region_name,
      housing: row.housing,
      activity: row.activity,
      activityNote: row.activity_note,
      dependants: row.dependants,
      receivingOrganizationId: row.receiving_organization_id,
      note: row.note,
      status: row.status,
      recordedAt: row.recorded_at.toISOString(),
      cancelReason: row.cancel_reason,
    })),
  };
}

/** A move stays (the households settled count it) but loses its free texts. */
export async function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  return movesRepository(db).clearTextsOfPerson(organizationId, personId);
}
