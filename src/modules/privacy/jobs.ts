import { type JobHandlers, scheduleDailyJob } from '../../core/jobs/job-queue.js';
import type { Deps } from '../../core/use-case.js';
import { applyRetention } from './use-cases/apply-retention.js';

export const retentionSweepKind = 'privacy.retention-sweep';
/** At night, before the morning reminder sweeps. */
const sweepHourUtc = 2;

export function scheduleRetentionSweep(deps: Deps, day = deps.clock.now().toISOString().slice(0, 10)) {
  return scheduleDailyJob(deps, retentionSweepKind, sweepHourUtc, day);
}

/** Every night: anonymizes what has expired, then schedules the next night. */
async function sweepRetention(deps: Deps): Promise<void> {
  // The sweep is scheduled by UTC day; each organization's periods end on its own day.
  const today = deps.clock.now().toISOString().slice(0, 10);
  await applyRetention(deps);
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  await scheduleRetentionSweep(deps, tomorrow);
}

export const privacyJobHandlers: JobHandlers = { [retentionSweepKind]: sweepRetention };
