import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { peopleErrors } from '../errors.js';

/**
 * A consent names organizations that exist, and consortia the organization keeping it belongs to or
 * coordinates ("members of consortium X" of a consortium it is not part of would share with strangers).
 */
export async function checkConsentPartners(
  db: Executor,
  organizationId: string,
  consents: readonly { partnerOrganizationIds: readonly string[]; partnerConsortiumIds: readonly string[] }[],
): Promise<void> {
  const organizationIds = [...new Set(consents.flatMap((c) => c.partnerOrganizationIds))];
  const consortiumIds = [...new Set(consents.flatMap((c) => c.partnerConsortiumIds))];
  if (organizationIds.length === 0 && consortiumIds.length === 0) return;
  const api = organizationsApi(db);
  const known = new Set((await api.listOrganizations(organizationIds)).map((o) => o.id));
  const own = new Set((await api.consortiaOfOrganization(organizationId)).map((c) => c.id));
  if (organizationIds.some((id) => !known.has(id)) || consortiumIds.some((id) => !own.has(id)))
    throw peopleErrors.consentPartnerUnknown();
}

interface StoredPartners {
  partner_organization_ids: readonly string[];
  partner_consortium_ids: readonly string[];
}

/**
 * The names of the organizations and consortia the consents name, read once for all of them: the file
 * shows partners by name ("members of consortium X"), never by id. A name no longer found is left out.
 */
export async function consentPartnerNames(db: Executor, consents: readonly StoredPartners[]) {
  const api = organizationsApi(db);
  const organizationIds = [...new Set(consents.flatMap((c) => c.partner_organization_ids))];
  const consortiumIds = [...new Set(consents.flatMap((c) => c.partner_consortium_ids))];
  const organizations = new Map(
    (await api.listOrganizations(organizationIds)).map((o) => [o.id, o.name] as const),
  );
  const consortia = new Map<string, string>();
  for (const id of consortiumIds) {
    const consortium = await api.findConsortium(id);
    if (consortium) consortia.set(id, consortium.name);
  }
  const named = (ids: readonly string[], names: Map<string, string>) =>
    ids.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id) as string }));
  return (consent: StoredPartners) => ({
    partnerOrganizations: named(consent.partner_organization_ids, organizations),
    partnerConsortia: named(consent.partner_consortium_ids, consortia),
  });
}
