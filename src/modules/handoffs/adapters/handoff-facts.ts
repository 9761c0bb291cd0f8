import { sql } from 'kysely';
import './tables.js';

/**
 * The hand-offs of a program as the figures read them (the referrals module's `ExchangeFact`): those that
 * carry an enrolment of the program on, and those that carry none (the organizations taking part decide
 * which of them count). Who proposed, to whom, the reason, status and coded decline reason, when it was
 * proposed, decided by the receiver (accepted or declined), and withdrawn. One row per proposal: the
 * members of a household handed over with the person are not counted apart. No person, no message.
 */
export const handoffFactsOfProgram = (programId: string) => sql`
  SELECT h.organization_id AS sender_id, h.receiver_organization_id AS receiver_id, h.reason AS category,
    h.status, h.decline_reason, h.proposed_at AS sent_at,
    CASE WHEN h.status IN ('accepted', 'declined') THEN h.decided_at END AS answered_at,
    CASE WHEN h.status = 'withdrawn' THEN h.decided_at END AS closed_at
  FROM handoffs h
  WHERE h.program_id = ${programId}::uuid OR h.program_id IS NULL`;
