import { sql } from 'kysely';
import type { ExchangeFactsQuery } from './exchange-aggregates.js';
import './tables.js';

/**
 * Every referral as the figures read it (`domain/exchange-figures.ts` `ExchangeFact`): who sent it, to
 * which organization (none: a directory service), in which program (none: null), its purpose, status and
 * coded decline reason, when it
 * was sent, answered, and withdrawn unanswered. No person, no message, no note.
 */
export const referralFacts: ExchangeFactsQuery = sql`
  SELECT r.organization_id AS sender_id, r.receiver_organization_id AS receiver_id, r.program_id,
    r.purpose AS category,
    r.status, r.decline_reason, r.sent_at, r.answered_at,
    CASE WHEN r.answered_at IS NULL THEN r.closed_at END AS closed_at
  FROM referrals r`;
