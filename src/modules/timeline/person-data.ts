/** The timeline's part in the person's rights (export, anonymization), through `api.ts`. */
import type { Role } from '../../core/auth/roles.js';
import type { Executor } from '../../core/db/types.js';
import { timelinePersonDataRepository } from './adapters/person-data-repository.js';
import { readerOf } from './domain/reading.js';

/** The person's timeline, oldest first, as this reader may see it (sensitive and restricted events). */
export async function personDataFor(
  db: Executor,
  organizationId: string,
  personId: string,
  reader: { userId: string; role: Role },
) {
  const { rows, complete } = await timelinePersonDataRepository(db).all(
    organizationId,
    personId,
    readerOf(reader),
  );
  return {
    complete,
    events: rows.reverse().map((r) => ({
      occurredAt: r.occurredAt.toISOString(),
      allDay: r.allDay,
      module: r.module,
      kind: r.kind,
      data: r.data,
    })),
  };
}

/** Keeps the dated events (module and kind) without what they displayed; returns how many. */
export function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  return timelinePersonDataRepository(db).erase(organizationId, personId);
}
