import type { Generated } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { SecondFactorPolicy } from '../domain/second-factor-policy.js';
import './tables.js';

declare module './tables.js' {
  interface OrganizationsTable {
    /** Migration 0030; see domain/second-factor-policy.ts. */
    second_factor_required_for: Generated<SecondFactorPolicy>;
  }
}

export function secondFactorPolicyRepository(db: Executor) {
  return {
    async of(organizationIds: readonly string[]): Promise<Map<string, SecondFactorPolicy>> {
      if (organizationIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('organizations')
        .select(['id', 'second_factor_required_for'])
        .where('id', 'in', [...new Set(organizationIds)])
        .execute();
      return new Map(rows.map((row) => [row.id, row.second_factor_required_for]));
    },
    async set(organizationId: string, policy: SecondFactorPolicy) {
      await db
        .updateTable('organizations')
        .set({ second_factor_required_for: policy })
        .where('id', '=', organizationId)
        .execute();
    },
  };
}
