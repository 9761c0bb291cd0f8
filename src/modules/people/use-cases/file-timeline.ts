import type { z } from 'zod';
import type { personItemInput } from '../../../contracts/people.js';
import { onDay, type TimelineEvent } from '../../../core/timeline/timeline.js';
import { sensitiveBarrierCategories } from '../domain/file-vocabulary.js';

type ItemInput = z.output<typeof personItemInput>;

interface Subject {
  organizationId: string;
  personId: string;
  recordedBy: string;
}

/**
 * A barrier on the timeline: its category, unless the category itself is sensitive (health), which
 * makes the event sensitive and leaves the category out (null: withheld).
 */
export function barrierEvent(
  subject: Subject,
  barrier: { id: string; category: string; on: string },
  kind: 'barrier.identified' | 'barrier.resolved',
): TimelineEvent {
  const sensitive = sensitiveBarrierCategories.includes(barrier.category);
  return {
    ...subject,
    ...onDay(barrier.on),
    module: 'people',
    kind,
    resourceType: 'barrier',
    resourceId: barrier.id,
    sensitive,
    data: { category: sensitive ? null : barrier.category },
  };
}

/** The event an entry added to the file tells, if any: a consent given or a barrier identified. */
export function itemAddedEvent(subject: Subject, item: ItemInput, itemId: string): TimelineEvent | undefined {
  if (item.kind === 'consent') {
    return {
      ...subject,
      ...onDay(item.data.givenOn),
      module: 'people',
      kind: 'consent.given',
      resourceType: 'consent',
      resourceId: itemId,
      data: { purpose: item.data.purpose },
    };
  }
  if (item.kind === 'barrier') {
    return barrierEvent(
      subject,
      { id: itemId, category: item.data.category, on: item.data.identifiedOn },
      'barrier.identified',
    );
  }
  return undefined;
}
