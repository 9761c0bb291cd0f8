import type { AuditWriter } from '../../../core/audit/audit-log.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { IdentityRead } from './present-handoffs.js';

/**
 * A receiver told who a person is before taking them over read them under their consent: audited as
 * the sharing module's reads (`sharing.list` in a list, `sharing.read` for one hand-off), under that
 * consent, so that the person's organization sees it among the reads the consent allowed.
 */
export async function auditIdentityReads(
  audit: AuditWriter,
  entry: { actor: Actor; requestId: string; kind: 'list' | 'read'; reads: readonly IdentityRead[] },
) {
  for (const { handoff, consentId, personId } of entry.reads)
    await audit.record({
      actorUserId: entry.actor.userId,
      organizationId: entry.actor.organizationId,
      subjectOrganizationId: handoff.organization_id,
      action: entry.kind === 'list' ? 'sharing.list' : 'sharing.read',
      resourceType: 'consent',
      resourceId: consentId,
      personId: personId ?? handoff.person_id,
      requestId: entry.requestId,
      details: { handoffId: handoff.id, sections: ['identity'] },
    });
}
