import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';

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
