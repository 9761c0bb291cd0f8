import type { z } from 'zod';
import type { personItemInput } from '../../../contracts/people.js';
import type { IdGenerator } from '../../../core/ids.js';
import type { TimelineEvent, TimelinePublisher } from '../../../core/timeline/timeline.js';
import type { ItemTable, peopleRepository } from '../adapters/people-repository.js';
import { itemAddedEvent } from './file-timeline.js';
import { itemRow, itemTables } from './person-items.js';

type ItemInput = z.output<typeof personItemInput>;

/**
 * Writes the items a new file starts with (languages, consents…) and tells the person's story of each,
 * the same way whether the file is opened by a counselor or from the public front door. One statement
 * per kind of item and one for their events, however many items the intake gathered.
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
  const rowsByTable = new Map<ItemTable, Record<string, unknown>[]>();
  const events: TimelineEvent[] = [];
  for (const item of items) {
    const itemId = scope.newId();
    const table = itemTables[item.kind];
    const row = itemRow(item, {
      id: itemId,
      organizationId: subject.organizationId,
      personId: subject.personId,
      now: scope.now,
      actorUserId: subject.recordedBy,
    });
    rowsByTable.set(table, [...(rowsByTable.get(table) ?? []), row]);
    const told = itemAddedEvent(subject, item, itemId);
    if (told) events.push(told);
  }
  for (const [table, rows] of rowsByTable) await scope.repo.insertItems(table, rows);
  await scope.timeline.publishMany(events);
}
