import type { Executor } from '../../../core/db/types.js';
import { consortiumMembersOf } from './referral-access.js';

/** The organizations whose services shared with their consortia the organization reads: its consortium partners. */
export async function partnersSharingServices(db: Executor, organizationId: string): Promise<string[]> {
  return (await consortiumMembersOf(db, organizationId)).map((o) => o.id);
}
