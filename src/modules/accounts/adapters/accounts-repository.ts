import type { Executor } from '../../../core/db/types.js';
import './tables.js';

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  locale: string;
  totpSecret: string | null;
  totpEnabledAt: Date | null;
  lastOrganizationId: string | null;
  disabledAt: Date | null;
}

const userColumns = [
  'id',
  'email',
  'display_name as displayName',
  'password_hash as passwordHash',
  'locale',
  'totp_secret as totpSecret',
  'totp_enabled_at as totpEnabledAt',
  'last_organization_id as lastOrganizationId',
  'disabled_at as disabledAt',
] as const;

export interface SessionRecord {
  id: string;
  userId: string;
  organizationId: string | null;
  csrfToken: string;
  secondFactorPending: boolean;
  lastSeenAt: Date;
  expiresAt: Date;
}

export function accountsRepository(db: Executor) {
  return {
    async findUserByEmail(email: string): Promise<UserRecord | undefined> {
      return db.selectFrom('users').select(userColumns).where('email', '=', email).executeTakeFirst();
    },
    async findUser(id: string): Promise<UserRecord | undefined> {
      return db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
    },
    /** Every stored second-factor secret (sealed), to re-encrypt them under a new key. */
    async totpSecrets(): Promise<{ id: string; totpSecret: string }[]> {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'totp_secret'])
        .where('totp_secret', 'is not', null)
        .orderBy('id')
        .forUpdate()
        .execute();
      return rows.map((row) => ({ id: row.id, totpSecret: row.totp_secret! }));
    },
    async findUsers(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('users')
        .select([
          'id',
          'email',
          'display_name as displayName',
          'disabled_at as disabledAt',
          'totp_enabled_at as totpEnabledAt',
        ])
        .where('id', 'in', ids)
        .orderBy('display_name')
        .execute();
    },
    async insertUser(row: {
      id: string;
      email: string;
      displayName: string;
      passwordHash: string;
      locale: string;
      createdAt: Date;
    }) {
      await db
        .insertInto('users')
        .values({
          id: row.id,
          email: row.email,
          display_name: row.displayName,
          password_hash: row.passwordHash,
          locale: row.locale,
          created_at: row.createdAt,
        })
        .execute();
    },
    async recordSuccessfulLogin(userId: string, organizationId: string) {
      await db
        .updateTable('users')
        .set({ last_organization_id: organizationId })
        .where('id', '=', userId)
        .execute();
    },
    async updateUser(
      userId: string,
      changes: Partial<{
        passwordHash: string;
        locale: string;
        totpSecret: string | null;
        totpEnabledAt: Date | null;
        lastOrganizationId: string;
        displayName: string;
      }>,
    ) {
      await db
        .updateTable('users')
        .set({
          ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
          ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
          ...(changes.totpSecret !== undefined ? { totp_secret: changes.totpSecret } : {}),
          ...(changes.totpEnabledAt !== undefined ? { totp_enabled_at: changes.totpEnabledAt } : {}),
          ...(changes.lastOrganizationId !== undefined
            ? { last_organization_id: changes.lastOrganizationId }
            : {}),
          ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
        })
        .where('id', '=', userId)
        .execute();
    },
    async findLiveSessionByTokenHash(tokenHash: string, now: Date): Promise<SessionRecord | undefined> {
      return db
        .selectFrom('sessions')
        .select([
          'id',
          'user_id as userId',
          'organization_id as organizationId',
          'csrf_token as csrfToken',
          'second_factor_pending as secondFactorPending',
          'last_seen_at as lastSeenAt',
          'expires_at as expiresAt',
        ])
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
    },
    async touchSession(sessionId: string, now: Date, expiresAt: Date) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: now, expires_at: expiresAt })
        .where('id', '=', sessionId)
        .execute();
    },
    async updateSession(
      sessionId: string,
      changes: { organizationId?: string; secondFactorPending?: boolean; secondFactorAt?: Date },
    ) {
      await db
        .updateTable('sessions')
        .set({
          ...(changes.organizationId !== undefined ? { organization_id: changes.organizationId } : {}),
          ...(changes.secondFactorPending !== undefined
            ? { second_factor_pending: changes.secondFactorPending }
            : {}),
          ...(changes.secondFactorAt !== undefined ? { second_factor_at: changes.secondFactorAt } : {}),
        })
        .where('id', '=', sessionId)
        .execute();
    },
    async revokeAllSessions(userId: string, now: Date): Promise<number> {
      const result = await db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async insertResetToken(row: { tokenHash: string; userId: string; now: Date; expiresAt: Date }) {
      await db
        .insertInto('password_reset_tokens')
        .values({
          token_hash: row.tokenHash,
          user_id: row.userId,
          created_at: row.now,
          expires_at: row.expiresAt,
        })
        .execute();
    },
    /**
     * Ends the account's reset links (and invitation) not used yet: a newer link, or a new password,
     * makes every earlier one worthless.
     */
    async discardUnusedResetTokens(userId: string): Promise<number> {
      const result = await db
        .deleteFrom('password_reset_tokens')
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    /** Marks the token used and returns its user, only if it was still valid: single use even under races. */
    async consumeResetToken(tokenHash: string, now: Date): Promise<string | undefined> {
      const row = await db
        .updateTable('password_reset_tokens')
        .set({ used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returning('user_id')
        .executeTakeFirst();
      return row?.user_id;
    },
  };
}
