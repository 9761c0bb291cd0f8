import type { Executor } from '../../../core/db/types.js';
import type { TimelinePublisher } from '../../../core/timeline/timeline.js';
import { onDay } from '../../../core/timeline/timeline.js';
import { programsRepository } from '../adapters/programs-repository.js';

/**
 * Ends an enrolment and says so on the person's timeline. The reason is free text: the timeline says
 * that the person left, the enrolment says why. Shared by the plain end of an enrolment and by an
 * exit recorded with its outcome (outcomes module), which checks scope and state before.
 */
export async function closeEnrolment(
  db: Executor,
  timeline: TimelinePublisher,
  enrolment: { id: string; organizationId: string; personId: string; programId: string },
  change: {
    status: 'exited' | 'withdrawn';
    endedOn: string;
    reason: string | null;
    recordedBy: string;
    /** The caller publishes its own, more telling event (an exit with its outcome). */
    silent?: boolean;
  },
) {
  const repo = programsRepository(db);
  await repo.endEnrolment(enrolment.id, change.status, change.endedOn, change.reason);
  if (change.silent) return;
  const program = await repo.findProgram(enrolment.programId);
  await timeline.publish({
    organizationId: enrolment.organizationId,
    personId: enrolment.personId,
    ...onDay(change.endedOn),
    module: 'programs',
    kind: change.status === 'exited' ? 'enrolment.exited' : 'enrolment.withdrawn',
    resourceType: 'enrolment',
    resourceId: enrolment.id,
    data: { programNameFr: program?.nameFr ?? null, programNameEn: program?.nameEn ?? null },
    recordedBy: change.recordedBy,
  });
}
