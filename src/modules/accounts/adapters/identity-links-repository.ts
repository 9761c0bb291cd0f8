import type { Executor } from '../../../core/db/types.js';

export interface IdentityLinksTable {
  organization_id: string;
  issuer: string;
  subject: string;
  user_id: string;
  linked_at: Date;
}

declare module '../../../core/db/types.js' {
  interface Database {
    identity_links: IdentityLinksTable;
  }
}

/** Which staff account a provider's subject is, per organization (migration 0032, ADR 9). */
export function identityLinksRepository(db: Executor) {
  return {
    async userOf(organizationId: string, issuer: string, subject: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('identity_links')
        .select('user_id')
        .where('organization_id', '=', organizationId)
        .where('issuer', '=', issuer)
        .where('subject', '=', subject)
        .executeTakeFirst();
      return row?.user_id;
    },
    async subjectOf(organizationId: string, issuer: string, userId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('identity_links')
        .select('subject')
        .where('organization_id', '=', organizationId)
        .where('issuer', '=', issuer)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row?.subject;
    },
    async link(link: { organizationId: string; issuer: string; subject: string; userId: string; now: Date }) {
      await db
        .insertInto('identity_links')
        .values({
          organization_id: link.organizationId,
          issuer: link.issuer,
          subject: link.subject,
          user_id: link.userId,
          linked_at: link.now,
        })
        .execute();
    },
  };
}
