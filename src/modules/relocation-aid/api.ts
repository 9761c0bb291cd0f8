/** What other modules may ask of relocation aid (the lead's household figures). They never read its tables. */
import type { Executor } from '../../core/db/types.js';
import { aidRepository } from './adapters/aid-repository.js';
import type { AidPurpose } from './domain/vocabulary.js';

export { type AidPurpose, aidPurposes } from './domain/vocabulary.js';

/** One request granted aid, as figures count it: no names, no amounts asked. */
export interface AidFact {
  requestId: string;
  personId: string;
  /** The household's id when the person was in one on filing, else the person's (counts a household once). */
  householdKey: string;
  /** The member organization that filed it (follows the person). */
  organizationId: string;
  purpose: AidPurpose;
  /** For a trip, the stay's region; for the move, the destination region. */
  regionCountry: string;
  regionCode: string;
  approvedCents: number;
  /** Paid and not reversed. */
  paidCents: number;
  /** The day of the payment in force; null while unpaid. */
  paidOn: string | null;
}

/**
 * Requests of these organizations approved (paid or not) on a day in [from, to] ('YYYY-MM-DD', both
 * included), oldest decision first. Refused, withdrawn and pending requests are left out.
 */
export async function aidFacts(
  db: Executor,
  q: { organizationIds: readonly string[]; from: string; to: string },
): Promise<AidFact[]> {
  const rows = await aidRepository(db).facts(q.organizationIds, q.from, q.to);
  return rows.map((r) => ({
    requestId: r.requestId,
    personId: r.personId,
    householdKey: r.householdKey,
    organizationId: r.organizationId,
    purpose: r.purpose,
    regionCountry: r.regionCountry.trim(),
    regionCode: r.regionCode,
    approvedCents: r.approvedCents,
    paidCents: r.paidCents,
    paidOn: r.paidOn,
  }));
}

export * as relocationAidPersonData from './person-data.js';
