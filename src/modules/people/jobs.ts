import type { JobHandlers } from '../../core/jobs/job-queue.js';
import { duplicateRunJobHandlers } from './duplicate-runs.js';

/** The people module's jobs: the batch run of duplicate detection over a consortium. */
export const peopleJobHandlers: JobHandlers = { ...duplicateRunJobHandlers };
