import type { AuditWriter } from '../../../core/audit/audit-log.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { onDay, type TimelinePublisher } from '../../../core/timeline/timeline.js';
import { employerSummary } from '../../employers/api.js';
import { offerSummary } from '../../offers/api.js';
import { type ApplicationRecord, applicationsRepository } from '../adapters/applications-repository.js';
import type { ApplicationState, RefusalParty } from '../domain/application-state.js';

export interface AppliedMove {
  to: ApplicationState;
  onDate: string;
  refusal?: { reason: string; by: RefusalParty } | null;
  placementId?: string | null;
  note?: string | null;
}

/**
 * Records one step of an application: its new state, the row of its history, the event on the person's
 * timeline (the offer, the employer and a refusal's coded reason, never the note) and the audit entry
 * (field names only). Every move goes through here, the first ("proposed") included.
 */
export async function recordMove(
  db: Executor,
  scope: { actor: Actor; now: Date; newId: () => string; audit: AuditWriter; timeline: TimelinePublisher },
  application: Pick<ApplicationRecord, 'id' | 'organizationId' | 'personId' | 'offerId' | 'employerId'> & {
    state: ApplicationState | null;
  },
  move: AppliedMove,
  requestId: string | null,
): Promise<void> {
  const repo = applicationsRepository(db);
  const { actor, now } = scope;
  if (application.state !== null)
    await repo.setState(application.id, {
      state: move.to,
      refusalReason: move.refusal?.reason ?? null,
      refusedBy: move.refusal?.by ?? null,
      placementId: move.placementId ?? null,
      hiredOn: move.to === 'hired' ? move.onDate : null,
      now,
    });
  await repo.insertMove({
    id: scope.newId(),
    applicationId: application.id,
    organizationId: application.organizationId,
    personId: application.personId,
    fromState: application.state,
    toState: move.to,
    refusalReason: move.refusal?.reason ?? null,
    refusedBy: move.refusal?.by ?? null,
    note: move.note ?? null,
    occurredOn: move.onDate,
    recordedBy: actor.userId,
    recordedAt: now,
  });
  const offer = await offerSummary(db, application.offerId, application.organizationId);
  const employer = await employerSummary(db, application.employerId, application.organizationId);
  await scope.timeline.publish({
    organizationId: application.organizationId,
    personId: application.personId,
    ...onDay(move.onDate),
    module: 'applications',
    kind: `application.${move.to}`,
    resourceType: 'job_application',
    resourceId: application.id,
    data: {
      offer: offer?.title ?? '—',
      employer: employer?.name ?? '—',
      ...(move.refusal ? { reason: move.refusal.reason, refusedBy: move.refusal.by } : {}),
    },
    recordedBy: actor.userId,
  });
  await scope.audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: application.organizationId,
    action: application.state === null ? 'application.propose' : 'application.move',
    resourceType: 'job_application',
    resourceId: application.id,
    personId: application.personId,
    requestId,
    details: {
      from: application.state,
      to: move.to,
      withReason: Boolean(move.refusal),
      withNote: Boolean(move.note),
      withPlacement: Boolean(move.placementId),
    },
  });
}
