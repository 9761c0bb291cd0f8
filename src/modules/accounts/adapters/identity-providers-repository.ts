import type { Executor } from '../../../core/db/types.js';
import './tables.js';

export interface IdentityProviderRecord {
  organizationId: string;
  issuer: string;
  clientId: string;
  clientSecretSealed: string;
  allowedEmailDomains: string[];
  secondFactorAcr: string | null;
  enabled: boolean;
  updatedAt: Date;
}

const columns = [
  'organization_id as organizationId',
  'issuer',
  'client_id as clientId',
  'client_secret_sealed as clientSecretSealed',
  'allowed_email_domains as allowedEmailDomains',
  'second_factor_acr as secondFactorAcr',
  'enabled',
  'updated_at as updatedAt',
] as const;

/** Organizations' OpenID Connect providers (ADR 9). */
export function identityProvidersRepository(db: Executor) {
  return {
    async ofOrganization(organizationId: string): Promise<IdentityProviderRecord | undefined> {
      return db
        .selectFrom('identity_providers')
        .select(columns)
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
    },
    /** The enabled providers that accept this e-mail domain (one organization each). */
    async enabledForDomain(domain: string): Promise<IdentityProviderRecord[]> {
      const rows = await db
        .selectFrom('identity_providers')
        .select(columns)
        .where('enabled', '=', true)
        .orderBy('organization_id')
        .execute();
      return rows.filter((row) => row.allowedEmailDomains.includes(domain));
    },
    async upsert(row: Omit<IdentityProviderRecord, 'updatedAt'> & { now: Date; updatedBy: string | null }) {
      const values = {
        issuer: row.issuer,
        client_id: row.clientId,
        client_secret_sealed: row.clientSecretSealed,
        allowed_email_domains: row.allowedEmailDomains,
        second_factor_acr: row.secondFactorAcr,
        enabled: row.enabled,
        updated_at: row.now,
        updated_by: row.updatedBy,
      };
      await db
        .insertInto('identity_providers')
        .values({ organization_id: row.organizationId, ...values })
        .onConflict((conflict) => conflict.column('organization_id').doUpdateSet(values))
        .execute();
    },
  };
}
