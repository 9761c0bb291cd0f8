/**
 * The organization's hires and contracts of these people, for an export (the exports module): each
 * with its end after renewals and its state on `today`. The caller gives the people its organization
 * follows (restricted and anonymized files left out), checks roles (`placementReadRoles`) and audits.
 */
import type { Executor } from '../../core/db/types.js';
import { placementsRepository } from './adapters/placements-repository.js';
import { contractEnd, contractStateOn } from './domain/contract-rules.js';

const idsPerRead = 2000;

export async function placementsForExport(
  db: Executor,
  organizationId: string,
  personIds: readonly string[],
  today: string,
) {
  const repo = placementsRepository(db);
  const rows = [];
  for (let i = 0; i < personIds.length; i += idsPerRead) {
    const read = await repo.ofPeople(personIds.slice(i, i + idsPerRead));
    rows.push(...read.filter((p) => p.organizationId === organizationId));
  }
  return rows.map((placement) => ({
    ...placement,
    endsOn: contractEnd(placement),
    state: contractStateOn(placement, today),
  }));
}
