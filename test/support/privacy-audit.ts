import type { RequestContext } from '../../src/core/auth/actor.js';
import type { Db } from '../../src/core/db/types.js';
import { uuidv7 } from '../../src/core/ids.js';

/** The session of `ctx` proved its password at `at`: the export asks for a recent proof. */
export async function provenAt(db: Db, ctx: RequestContext, at: Date) {
  const actor = ctx.actor!;
  await db
    .insertInto('sessions')
    .values({
      id: actor.sessionId,
      token_hash: `hash-${uuidv7()}`,
      user_id: actor.userId,
      organization_id: actor.organizationId,
      csrf_token: `csrf-${uuidv7()}`,
      second_factor_pending: false,
      created_at: at,
      last_seen_at: at,
      expires_at: new Date(at.getTime() + 3_600_000),
      ip: null,
      user_agent: null,
      authenticated_at: at,
    } as never)
    .execute();
}

/** The audit log's entries of one action on one person. */
export async function auditOf(db: Db, action: string, personId: string) {
  return db
    .selectFrom('audit_events')
    .select(['action', 'details', 'actor_user_id'])
    .where('action', '=', action)
    .where('person_id', '=', personId)
    .execute();
}

export const detailsOf = (row: { details: unknown }) =>
  (typeof row.details === 'string' ? JSON.parse(row.details) : row.details) as Record<string, unknown>;
