import type { Executor } from '../../../core/db/types.js';
import { newSecretToken } from '../domain/tokens.js';
import './tables.js';

export type AuthenticationMethod = 'password' | 'single_sign_on';

export interface LiveSession {
  id: string;
  userId: string;
  organizationId: string | null;
  csrfToken: string;
  secondFactorPending: boolean;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
  authenticationMethod: AuthenticationMethod;
  authenticatedAt: Date | null;
  secondFactorAt: Date | null;
}

/** What resolving a session needs of its account. */
export interface SessionUser {
  id: string;
  displayName: string;
  locale: string;
  disabledAt: Date | null;
}

const liveSessionColumns = [
  'id',
  'user_id as userId',
  'organization_id as organizationId',
  'csrf_token as csrfToken',
  'second_factor_pending as secondFactorPending',
  'created_at as createdAt',
  'last_seen_at as lastSeenAt',
  'user_agent as userAgent',
  'authentication_method as authenticationMethod',
  'authenticated_at as authenticatedAt',
  'second_factor_at as secondFactorAt',
] as const;

/** Sessions seen by their lifetime, their device and their proofs of identity (see ADR 5 and 9). */
export function sessionsRepository(db: Executor) {
  return {
    /** A session neither revoked nor past its stored expiry; the timeouts are checked by the caller. */
    async findByTokenHash(tokenHash: string, now: Date): Promise<LiveSession | undefined> {
      return db
        .selectFrom('sessions')
        .select(liveSessionColumns)
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
    },
    /**
     * `findByTokenHash` and the session's account in one statement (the account is null if it is gone):
     * resolving a session runs before every authenticated request.
     */
    async findWithUserByTokenHash(
      tokenHash: string,
      now: Date,
    ): Promise<(LiveSession & { user: SessionUser | null }) | undefined> {
      const row = await db
        .selectFrom('sessions as s')
        .leftJoin('users as u', 'u.id', 's.user_id')
        .select(liveSessionColumns.map((column) => `s.${column}` as const))
        .select([
          'u.id as accountId',
          'u.display_name as accountDisplayName',
          'u.locale as accountLocale',
          'u.disabled_at as accountDisabledAt',
        ])
        .where('s.token_hash', '=', tokenHash)
        .where('s.revoked_at', 'is', null)
        .where('s.expires_at', '>', now)
        .executeTakeFirst();
      if (!row) return undefined;
      const { accountId, accountDisplayName, accountLocale, accountDisabledAt, ...session } = row;
      return {
        ...session,
        user:
          accountId === null
            ? null
            : {
                id: accountId,
                displayName: accountDisplayName!,
                locale: accountLocale!,
                disabledAt: accountDisabledAt,
              },
      };
    },
    async findById(sessionId: string): Promise<LiveSession | undefined> {
      return db
        .selectFrom('sessions')
        .select(liveSessionColumns)
        .where('id', '=', sessionId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
    },
    /** Every completed, unrevoked session of an account (the timeouts are applied by the caller). */
    async openSessionsOfUser(userId: string, now: Date): Promise<LiveSession[]> {
      return db
        .selectFrom('sessions')
        .select(liveSessionColumns)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .where('second_factor_pending', '=', false)
        .where('expires_at', '>', now)
        .orderBy('last_seen_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
    },
    async touch(sessionId: string, now: Date, expiresAt: Date) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: now, expires_at: expiresAt })
        .where('id', '=', sessionId)
        .execute();
    },
    async end(sessionId: string, now: Date) {
      await db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('id', '=', sessionId)
        .where('revoked_at', 'is', null)
        .execute();
    },
    /** Ends one session of this account; 0 when it is not theirs or already ended. */
    async endSessionOfUser(userId: string, sessionId: string, now: Date): Promise<number> {
      const result = await db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('id', '=', sessionId)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async endOtherSessions(userId: string, keptSessionId: string, now: Date): Promise<number> {
      const result = await db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('user_id', '=', userId)
        .where('id', '!=', keptSessionId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    /**
     * Gives the session a new token after a proof of identity (second factor, re-authentication), so a
     * token seen before that proof is worth nothing afterwards (ASVS 7.2.4).
     */
    async rotateToken(sessionId: string): Promise<string> {
      const { token, hash } = newSecretToken();
      await db.updateTable('sessions').set({ token_hash: hash }).where('id', '=', sessionId).execute();
      return token;
    },
    async recordProof(sessionId: string, proof: { authenticatedAt?: Date; secondFactorAt?: Date }) {
      await db
        .updateTable('sessions')
        .set({
          ...(proof.authenticatedAt ? { authenticated_at: proof.authenticatedAt } : {}),
          ...(proof.secondFactorAt ? { second_factor_at: proof.secondFactorAt } : {}),
        })
        .where('id', '=', sessionId)
        .execute();
    },
    async insert(row: {
      id: string;
      tokenHash: string;
      userId: string;
      organizationId: string;
      csrfToken: string;
      secondFactorPending: boolean;
      secondFactorAt: Date | null;
      authenticationMethod: AuthenticationMethod;
      now: Date;
      expiresAt: Date;
      ip: string | null;
      userAgent: string | null;
    }) {
      await db
        .insertInto('sessions')
        .values({
          id: row.id,
          token_hash: row.tokenHash,
          user_id: row.userId,
          organization_id: row.organizationId,
          csrf_token: row.csrfToken,
          second_factor_pending: row.secondFactorPending,
          created_at: row.now,
          last_seen_at: row.now,
          expires_at: row.expiresAt,
          ip: row.ip,
          user_agent: row.userAgent,
          authenticated_at: row.now,
          second_factor_at: row.secondFactorAt,
          authentication_method: row.authenticationMethod,
        })
        .execute();
    },
  };
}
