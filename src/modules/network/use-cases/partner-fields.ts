import type { z } from 'zod';
import type { contactBody, partnerBody } from '../../../contracts/network.js';
import type { Executor } from '../../../core/db/types.js';
import { employerSummary } from '../../employers/api.js';
import type { ContactFields, PartnerFields } from '../adapters/partners-repository.js';
import { networkErrors } from '../errors.js';

/** A partner's fields as stored; an employer named must be one the organization reads in its directory. */
export async function partnerFieldsOf(
  db: Executor,
  organizationId: string,
  body: z.output<typeof partnerBody>,
): Promise<PartnerFields> {
  const employerId = body.employerId ?? null;
  if (employerId !== null) {
    if (body.kind !== 'employer') throw networkErrors.employerOnlyForEmployers();
    if (!(await employerSummary(db, employerId, organizationId))) throw networkErrors.employerNotFound();
  }
  return {
    name: body.name,
    kind: body.kind,
    sectors: [...new Set(body.sectors)],
    area: body.area || null,
    website: body.website || null,
    notes: body.notes || null,
    employerId,
    sharedWithConsortium: body.sharedWithConsortium,
  };
}

export function contactFieldsOf(body: z.output<typeof contactBody>): ContactFields {
  return {
    name: body.name,
    role: body.role || null,
    email: body.email || null,
    phone: body.phone || null,
    languages: [...new Set(body.languages)],
  };
}
