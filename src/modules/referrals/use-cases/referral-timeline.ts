import type { TimelinePublisher } from '../../../core/timeline/timeline.js';
import type { ReferralRecord } from '../adapters/referrals-repository.js';

export type ReferralEventKind =
  | 'referral.sent'
  | 'referral.received'
  | 'referral.accepted'
  | 'referral.declined'
  | 'referral.completed'
  | 'referral.withdrawn';

/**
 * A referral's moves on the person's timeline: always on the sender's file; on the receiver's once it
 * linked a file of its own to the referral (before that it has no file to show it in). Names of
 * organizations and services and coded values only, never the message or the notes.
 */
export async function publishReferralEvent(
  timeline: TimelinePublisher,
  referral: ReferralRecord,
  event: { kind: ReferralEventKind; at: Date; by: string; senderName: string; targetName: string },
): Promise<void> {
  const data = {
    purpose: referral.purpose,
    from: event.senderName,
    to: event.targetName,
    reason: event.kind === 'referral.declined' ? referral.declineReason : null,
  };
  const common = {
    occurredAt: event.at,
    module: 'referrals',
    resourceType: 'referral',
    resourceId: referral.id,
    data,
    recordedBy: event.by,
  };
  if (event.kind !== 'referral.received')
    await timeline.publish({
      ...common,
      kind: event.kind,
      organizationId: referral.organizationId,
      personId: referral.personId,
    });
  if (referral.receiverOrganizationId && referral.receiverPersonId && event.kind !== 'referral.sent')
    await timeline.publish({
      ...common,
      kind: event.kind,
      organizationId: referral.receiverOrganizationId,
      personId: referral.receiverPersonId,
    });
}
