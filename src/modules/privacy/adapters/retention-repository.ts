import type { Executor } from '../../../core/db/types.js';
import type { RetentionPurpose } from '../domain/retention.js';
import './tables.js';

export function retentionRepository(db: Executor) {
  return {
    async policiesOf(organizationId: string) {
      return db
        .selectFrom('retention_policies')
        .select(['purpose', 'months', 'updated_by as updatedBy', 'updated_at as updatedAt'])
        .where('organization_id', '=', organizationId)
        .orderBy('purpose')
        .execute();
    },
    async allPolicies() {
      return db
        .selectFrom('retention_policies')
        .select(['organization_id as organizationId', 'purpose', 'months'])
        .orderBy('organization_id')
        .orderBy('purpose')
        .execute();
    },
    async set(
      organizationId: string,
      purpose: RetentionPurpose,
      months: number | null,
      by: string,
      now: Date,
    ) {
      if (months === null) {
        await db
          .deleteFrom('retention_policies')
          .where('organization_id', '=', organizationId)
          .where('purpose', '=', purpose)
          .execute();
        return;
      }
      await db
        .insertInto('retention_policies')
        .values({ organization_id: organizationId, purpose, months, updated_by: by, updated_at: now })
        .onConflict((c) =>
          c.columns(['organization_id', 'purpose']).doUpdateSet({ months, updated_by: by, updated_at: now }),
        )
        .execute();
    },
  };
}
