import type { Actor } from '../../../core/auth/actor.js';
import { requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import {
  type ContactRecord,
  type PartnerRecord,
  partnersRepository,
} from '../adapters/partners-repository.js';
import { networkRoles } from '../domain/network-roles.js';
import { networkErrors } from '../errors.js';

/**
 * The other organizations of the consortia an organization belongs to or coordinates: the partners
 * they mark shared are read (never changed) by it — a consortium's coordinators keep one network.
 */
export async function consortiumPartnersOf(db: Executor, organizationId: string): Promise<string[]> {
  const organizations = organizationsApi(db);
  const consortia = await organizations.consortiaOfOrganization(organizationId);
  const members = await Promise.all(consortia.map((c) => organizations.consortiumMembers(c.id)));
  const partners = new Set([
    ...consortia.map((c) => c.coordinatingOrganizationId),
    ...members.flat().map((o) => o.id),
  ]);
  partners.delete(organizationId);
  return [...partners];
}

/** A partner the actor reads (its own, or shared by a consortium partner); any other is not found. */
export async function readablePartner(
  db: Executor,
  actor: Actor,
  partnerId: string,
): Promise<{ partner: PartnerRecord; owned: boolean }> {
  requireRole(actor, networkRoles);
  const partner = await partnersRepository(db).findPartner(partnerId);
  if (!partner) throw networkErrors.partnerNotFound();
  if (partner.organizationId === actor.organizationId) return { partner, owned: true };
  if (
    partner.sharedWithConsortium &&
    (await consortiumPartnersOf(db, actor.organizationId)).includes(partner.organizationId)
  )
    return { partner, owned: false };
  throw networkErrors.partnerNotFound();
}

/** A partner of the actor's organization; a shared one is read only (403 naming its owner). */
export async function writablePartner(db: Executor, actor: Actor, partnerId: string): Promise<PartnerRecord> {
  const { partner, owned } = await readablePartner(db, actor, partnerId);
  if (!owned) {
    const [owner] = await organizationsApi(db).listOrganizations([partner.organizationId]);
    throw networkErrors.partnerReadOnly({ organization: owner?.name ?? '—' });
  }
  return partner;
}

/** A contact of one of the organization's own partners (written); any other is not found. */
export async function writableContact(db: Executor, actor: Actor, contactId: string): Promise<ContactRecord> {
  requireRole(actor, networkRoles);
  const contact = await partnersRepository(db).findContact(contactId);
  if (!contact) throw networkErrors.contactNotFound();
  if (contact.organizationId !== actor.organizationId) throw networkErrors.contactNotFound();
  return contact;
}

/** Staff names for the views, in one read. */
export async function staffNames(db: Executor, userIds: readonly string[]) {
  const names = await accountsApi(db).displayNames([...new Set(userIds)]);
  return (userId: string) => ({ userId, name: names.get(userId) ?? null });
}
