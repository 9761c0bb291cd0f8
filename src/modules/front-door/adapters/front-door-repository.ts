import type { Executor } from '../../../core/db/types.js';
import { doorRepository } from './door-repository.js';
import { requestReads } from './request-reads.js';
import { requestWrites } from './request-writes.js';

export type { FrontDoorRecord } from './door-repository.js';
export type { NewRequestRow } from './request-writes.js';

/** The front door's tables: the doors, and the requests read and written (one object for the use cases). */
export function frontDoorRepository(db: Executor) {
  return { ...doorRepository(db), ...requestReads(db), ...requestWrites(db) };
}

export type RequestRecord = Awaited<ReturnType<ReturnType<typeof frontDoorRepository>['find']>> & {};
