import type { Executor } from '../../../core/db/types.js';
import '../../../core/timeline/tables.js';
import type { TimelineReader } from '../domain/reading.js';
import { type TimelineRow, timelineRepository } from './timeline-repository.js';

/** Far more than any person's story; an export is never cut silently (see `complete`). */
const exportLimit = 20_000;

/** The timeline's SQL for the person's rights: the whole story as the reader may see it, and its erasure. */
export function timelinePersonDataRepository(db: Executor) {
  return {
    async all(organizationId: string, personId: string, reader: TimelineReader) {
      const rows: TimelineRow[] = await timelineRepository(db).page(
        { organizationId, personId, reader },
        { modules: [], kinds: [] },
        exportLimit + 1,
        { offset: 0 },
      );
      return { rows: rows.slice(0, exportLimit), complete: rows.length <= exportLimit };
    },
    /** Events keep their date, module and kind; what they displayed (titles, names) goes. */
    async erase(organizationId: string, personId: string): Promise<number> {
      const result = await db
        .updateTable('timeline_events')
        .set({ data: '{}' })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
