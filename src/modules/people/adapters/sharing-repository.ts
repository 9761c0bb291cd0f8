import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { sharingPurpose } from '../domain/consent.js';
import './privacy-tables.js';
import './tables.js';

export interface SharedConsentRow {
  id: string;
  personId: string;
  organizationId: string;
  purpose: string;
  partnerOrganizationIds: string[];
  partnerConsortiumIds: string[];
  covers: string[];
  givenOn: string;
  expiresOn: string | null;
  revokedOn: string | null;
}

const consentColumns = [
  'c.id',
  'c.person_id as personId',
  'c.organization_id as organizationId',
  'c.purpose',
  'c.partner_organization_ids as partnerOrganizationIds',
  'c.partner_consortium_ids as partnerConsortiumIds',
  'c.covers',
  'c.given_on as givenOn',
  'c.expires_on as expiresOn',
  'c.revoked_on as revokedOn',
] as const;

/**
 * Consents to share read across organizations, for a partner reading the files shared with it. A file
 * whose processing is restricted or which is anonymized is never shared (GDPR art. 18 and 17).
 */
export function sharingRepository(db: Executor) {
  return {
    /**
     * The consents to share naming this organization or one of these consortia, on live files, with the
     * person's name (one statement: a partner's list reads thousands at most); oldest first.
     */
    async consentsNaming(
      organizationId: string,
      consortiumIds: readonly string[],
    ): Promise<(SharedConsentRow & { givenName: string; familyName: string })[]> {
      return db
        .selectFrom('consents as c')
        .innerJoin('people as p', (join) =>
          join.onRef('p.id', '=', 'c.person_id').onRef('p.organization_id', '=', 'c.organization_id'),
        )
        .leftJoin('person_privacy as pp', 'pp.person_id', 'c.person_id')
        .select([...consentColumns, 'p.given_name as givenName', 'p.family_name as familyName'])
        .where('c.purpose', '=', sharingPurpose)
        .where('pp.restricted_at', 'is', null)
        .where('pp.anonymized_at', 'is', null)
        .where((eb) =>
          eb.or([
            sql<boolean>`c.partner_organization_ids @> ARRAY[${organizationId}]::uuid[]`,
            ...(consortiumIds.length === 0
              ? []
              : [sql<boolean>`c.partner_consortium_ids && ARRAY[${sql.join(consortiumIds)}]::uuid[]`]),
          ]),
        )
        .orderBy('c.created_at')
        .orderBy('c.id')
        .execute();
    },
    /** The person's consents, when the file is live (not restricted, not anonymized); oldest first. */
    async consentsOfLiveFile(personId: string): Promise<SharedConsentRow[]> {
      return db
        .selectFrom('consents as c')
        .leftJoin('person_privacy as pp', 'pp.person_id', 'c.person_id')
        .select(consentColumns)
        .where('c.person_id', '=', personId)
        .where('pp.restricted_at', 'is', null)
        .where('pp.anonymized_at', 'is', null)
        .orderBy('c.created_at')
        .orderBy('c.id')
        .execute();
    },
  };
}
