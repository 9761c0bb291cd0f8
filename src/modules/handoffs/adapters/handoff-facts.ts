import { sql } from 'kysely';
import './tables.js';

/**
 * The hand-offs as the figures read them (the referrals module's `ExchangeFact`): their program is that
 * of the enrolment they carry on (none without one: those count in no program's figures, only as how
 * many were left out). Who proposed, to whom, the reason, status and coded decline reason, when it was
 * proposed, decided by the receiver (accepted or declined), and withdrawn. One row per proposal: the
 * members of a household handed over with the person are not counted apart. No person, no message.
 */
export const handoffFacts = sql`
  SELECT h.organization_id AS sender_id, h.receiver_organization_id AS receiver_id, h.program_id,
    h.reason AS category,
    h.status, h.decline_reason, h.proposed_at AS sent_at,
    CASE WHEN h.status IN ('accepted', 'declined') THEN h.decided_at END AS answered_at,
    CASE WHEN h.status = 'withdrawn' THEN h.decided_at END AS closed_at
  FROM handoffs h`;
