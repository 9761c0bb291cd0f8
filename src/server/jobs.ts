import type { JobHandlers } from '../core/jobs/job-queue.js';
import type { Deps } from '../core/use-case.js';
import { caseloadJobHandlers } from '../modules/caseload/jobs.js';
import { followUpJobHandlers, scheduleAppointmentReminderSweep } from '../modules/follow-up/jobs.js';
import { frontDoorJobHandlers, scheduleRequestAnonymization } from '../modules/front-door/jobs.js';
import { handoffJobHandlers, scheduleHandoffReminders } from '../modules/handoffs/jobs.js';
import { loanFundJobHandlers, scheduleLoanReminderSweep } from '../modules/loan-fund/jobs.js';
import { networkJobHandlers } from '../modules/network/jobs.js';
import { outcomeJobHandlers, scheduleFollowUpSweep } from '../modules/outcomes/jobs.js';
import { outreachJobHandlers, scheduleLeadAnonymization } from '../modules/outreach/jobs.js';
import { peopleJobHandlers } from '../modules/people/jobs.js';
import { placementJobHandlers, scheduleEndAlertSweep } from '../modules/placements/jobs.js';
import { privacyJobHandlers, scheduleRetentionSweep } from '../modules/privacy/jobs.js';
import { referralJobHandlers, scheduleReferralReminders } from '../modules/referrals/jobs.js';
import {
  reportJobHandlers,
  scheduleReportFilesPurge,
  scheduleSubscriptionSweep,
} from '../modules/reports/jobs.js';
import { scheduleSessionReminderSweep, sessionJobHandlers } from '../modules/sessions/jobs.js';

/** Each module adds its handlers here, and its recurring jobs to `scheduleRecurringJobs`. */
export const jobHandlers: JobHandlers = {
  ...loanFundJobHandlers,
  ...sessionJobHandlers,
  ...followUpJobHandlers,
  ...privacyJobHandlers,
  ...caseloadJobHandlers,
  ...placementJobHandlers,
  ...outcomeJobHandlers,
  ...reportJobHandlers,
  ...outreachJobHandlers,
  ...frontDoorJobHandlers,
  ...peopleJobHandlers,
  ...networkJobHandlers,
  ...referralJobHandlers,
  ...handoffJobHandlers,
};

/** Idempotent (dedupe keys): run at every start, so a restart never loses a recurring job. */
export async function scheduleRecurringJobs(deps: Deps): Promise<void> {
  await scheduleLoanReminderSweep(deps);
  await scheduleSessionReminderSweep(deps);
  await scheduleAppointmentReminderSweep(deps);
  await scheduleRetentionSweep(deps);
  await scheduleEndAlertSweep(deps);
  await scheduleFollowUpSweep(deps);
  await scheduleReportFilesPurge(deps);
  await scheduleSubscriptionSweep(deps);
  await scheduleLeadAnonymization(deps);
  await scheduleRequestAnonymization(deps);
  await scheduleReferralReminders(deps);
  await scheduleHandoffReminders(deps);
}
