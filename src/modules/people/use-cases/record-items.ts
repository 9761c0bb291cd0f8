import type { z } from 'zod';
import type { personItemInput } from '../../../contracts/people.js';
import type { IdGenerator } from '../../../core/ids.js';
import type { TimelinePublisher } from '../../../core/timeline/timeline.js';
import type { peopleRepository } from '../adapters/people-repository.js';
import { itemAddedEvent } from './file-timeline.js';
import { itemRow, itemTables } from './person-items.js';

type ItemInput = z.output<typeof personItemInput>;

/**
 * Writes the items a new file starts with (languages, consents…) and tells the person's story of each,
 * the same way whether the file is opened by a counselor or from the public front door.
 */
export async function recordInitialItems(
  scope: {
    repo: ReturnType<typeof peopleRepository>;
    timeline: TimelinePublisher;
    newId: IdGenerator;
    now: Date;
  },
  subject: { organizationId: string; personId: string; recordedBy: string },
  items: readonly ItemInput[],
): Promise<void> {
  for (const item of items) {
    const itemId = scope.newId();
    await scope.repo.insertItem(
      itemTables[item.kind],
      itemRow(item, {
        id: itemId,
        organizationId: subject.organizationId,
        personId: subject.personId,
        now: scope.now,
        actorUserId: subject.recordedBy,
      }),
    );
    const told = itemAddedEvent(subject, item, itemId);
    if (told) await scope.timeline.publish(told);
  }
}
