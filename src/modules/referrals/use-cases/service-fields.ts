import type { z } from 'zod';
import type { serviceBody } from '../../../contracts/referrals.js';
import type { ServiceFields } from '../adapters/services-repository.js';

/** The directory's columns from the form's body (absent texts stored as null). */
export const serviceFieldsOf = (body: z.output<typeof serviceBody>): ServiceFields => ({
  name: body.name,
  providerName: body.providerName ?? null,
  kind: body.kind,
  address: body.address ?? null,
  area: body.area ?? null,
  phone: body.phone ?? null,
  email: body.email ?? null,
  website: body.website ?? null,
  languages: body.languages,
  notes: body.notes ?? null,
  sharedWithConsortium: body.sharedWithConsortium,
});
