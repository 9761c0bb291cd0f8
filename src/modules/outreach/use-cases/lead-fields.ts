import type { z } from 'zod';
import type { leadBody } from '../../../contracts/outreach.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { programScopeOf } from '../../programs/api.js';
import type { LeadFields } from '../adapters/leads-repository.js';
import { outreachErrors } from '../errors.js';
import { requireColleague } from './lead-access.js';

/**
 * A lead's fields as the body gives them, checked against the organization: the program must be one it
 * takes part in, the colleague who follows up an active one (myself when none is named; the one already
 * following it up is kept without a check, so that a lead stays correctable after they left).
 */
export async function leadFieldsOf(
  db: Executor,
  actor: Actor,
  body: z.output<typeof leadBody>,
  currentAssignee: string | null = null,
): Promise<LeadFields> {
  const programId = body.programId ?? null;
  if (programId && !(await programScopeOf(db, actor, programId))) throw outreachErrors.programNotFound();
  const assignedUserId = body.assignedUserId ?? actor.userId;
  if (assignedUserId !== actor.userId && assignedUserId !== currentAssignee)
    await requireColleague(db, actor.organizationId, assignedUserId);
  return {
    programId,
    metOn: body.metOn,
    source: body.source,
    partnerKind: body.source === 'partner_referral' ? (body.partnerKind ?? null) : null,
    partnerName: body.source === 'partner_referral' ? (body.partnerName ?? null) : null,
    eventName: body.source === 'outreach_event' ? (body.eventName ?? null) : null,
    givenName: body.givenName,
    familyName: body.familyName ?? null,
    phone: body.phone ?? null,
    email: body.email ?? null,
    language: body.language ?? null,
    note: body.note ?? null,
    assignedUserId,
  };
}

/** Which fields a change touched: the audit says which, never their values. */
export function changedFields(before: LeadFields, after: LeadFields): string[] {
  return (Object.keys(after) as (keyof LeadFields)[]).filter((key) => before[key] !== after[key]);
}
