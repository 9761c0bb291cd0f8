import type { Executor } from '../../../core/db/types.js';
import type { ReferralKind } from '../domain/vocabulary.js';
import './tables.js';

export interface ServiceFields {
  name: string;
  providerName: string | null;
  kind: ReferralKind;
  address: string | null;
  area: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  languages: string[];
  notes: string | null;
  sharedWithConsortium: boolean;
}

export interface ServiceRecord extends ServiceFields {
  id: string;
  organizationId: string;
  archivedAt: Date | null;
}

const columns = [
  's.id',
  's.organization_id as organizationId',
  's.name',
  's.provider_name as providerName',
  's.kind',
  's.address',
  's.area',
  's.phone',
  's.email',
  's.website',
  's.languages',
  's.notes',
  's.shared_with_consortium as sharedWithConsortium',
  's.archived_at as archivedAt',
] as const;

const row = (f: ServiceFields) => ({
  name: f.name,
  provider_name: f.providerName,
  kind: f.kind,
  address: f.address,
  area: f.area,
  phone: f.phone,
  email: f.email,
  website: f.website,
  languages: f.languages,
  notes: f.notes,
  shared_with_consortium: f.sharedWithConsortium,
});

export function servicesRepository(db: Executor) {
  return {
    async insert(id: string, organizationId: string, fields: ServiceFields, by: string, now: Date) {
      await db
        .insertInto('referral_services')
        .values({
          id,
          organization_id: organizationId,
          ...row(fields),
          created_by: by,
          created_at: now,
          updated_at: now,
        })
        .execute();
    },
    async update(id: string, organizationId: string, fields: ServiceFields, now: Date) {
      await db
        .updateTable('referral_services')
        .set({ ...row(fields), updated_at: now })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },
    async setArchived(id: string, organizationId: string, archivedAt: Date | null, now: Date) {
      await db
        .updateTable('referral_services')
        .set({ archived_at: archivedAt, updated_at: now })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },
    /** The organization's own services, and those its consortium partners share. */
    async readableBy(organizationId: string, partnerIds: readonly string[], includeArchived: boolean) {
      let query = db
        .selectFrom('referral_services as s')
        .select(columns)
        .where((eb) =>
          partnerIds.length === 0
            ? eb('s.organization_id', '=', organizationId)
            : eb.or([
                eb('s.organization_id', '=', organizationId),
                eb.and([
                  eb('s.organization_id', 'in', partnerIds),
                  eb('s.shared_with_consortium', '=', true),
                ]),
              ]),
        );
      if (!includeArchived) query = query.where('s.archived_at', 'is', null);
      return (await query.orderBy('s.name').execute()) as ServiceRecord[];
    },
    async find(id: string) {
      return (await db
        .selectFrom('referral_services as s')
        .select(columns)
        .where('s.id', '=', id)
        .executeTakeFirst()) as ServiceRecord | undefined;
    },
  };
}
