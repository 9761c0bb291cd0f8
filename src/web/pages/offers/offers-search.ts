import { z } from 'zod';
import { contractTypes } from '../../../modules/offers/domain/contract-types.js';
import { offerStatuses } from '../../../modules/offers/domain/offer-status.js';

/** The offers list's search and filters in its URL, so a filtered list can be shared or reopened. */
export const offersSearch = z.object({
  q: z.string().max(100).optional().catch(undefined),
  status: z.enum(offerStatuses).optional().catch(undefined),
  contractType: z.enum(contractTypes).optional().catch(undefined),
  employerId: z.uuid().optional().catch(undefined),
  place: z.string().max(120).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
