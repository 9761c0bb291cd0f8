/**
 * What other modules may ask of the partner network: nothing reads its tables. Its roles and words are
 * here for the web app and the tests.
 */
import type { Executor } from '../../core/db/types.js';
import { consortiumPartnersOf } from './use-cases/partner-access.js';
import './adapters/tables.js';

export { bulletinRoles, networkRoles } from './domain/network-roles.js';
export * from './domain/vocabulary.js';

/** A contact of the partner directory as another module may show it: no e-mail, no phone. */
export interface DirectoryContact {
  id: string;
  name: string;
  role: string | null;
  partner: { id: string; name: string };
}

const contactRows = (db: Executor) =>
  db
    .selectFrom('network_contacts as c')
    .innerJoin('network_partners as p', (join) =>
      join.onRef('p.id', '=', 'c.partner_id').onRef('p.organization_id', '=', 'c.organization_id'),
    )
    .select(['c.id', 'c.name', 'c.role', 'p.id as partnerId', 'p.name as partnerName'])
    .orderBy('p.name')
    .orderBy('c.name')
    .orderBy('c.id');

const shown = (
  rows: { id: string; name: string; role: string | null; partnerId: string; partnerName: string }[],
) =>
  rows.map(
    (r): DirectoryContact => ({
      id: r.id,
      name: r.name,
      role: r.role,
      partner: { id: r.partnerId, name: r.partnerName },
    }),
  );

export function networkApi(db: Executor) {
  return {
    /**
     * The contacts of the partners an organization reads in its directory: its own, and those its
     * consortium partners mark shared (as the directory's list shows them), by partner then name.
     */
    async directoryContacts(organizationId: string): Promise<DirectoryContact[]> {
      const sharedBy = await consortiumPartnersOf(db, organizationId);
      const rows = await contactRows(db)
        .where((eb) =>
          eb.or([
            eb('p.organization_id', '=', organizationId),
            ...(sharedBy.length > 0
              ? [eb.and([eb('p.organization_id', 'in', sharedBy), eb('p.shared_with_consortium', '=', true)])]
              : []),
          ]),
        )
        .limit(5000)
        .execute();
      return shown(rows);
    },
    /** These contacts, whoever's directory they are in (the caller chose them from one); unknown ids left out. */
    async contactsByIds(contactIds: readonly string[]): Promise<DirectoryContact[]> {
      if (contactIds.length === 0) return [];
      return shown(
        await contactRows(db)
          .where('c.id', 'in', [...contactIds])
          .execute(),
      );
    },
  };
}
