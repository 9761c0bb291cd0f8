import { auditWriter } from '../../core/audit/audit-log.js';
import { enqueueJob, type JobHandlers, scheduleDailyJob } from '../../core/jobs/job-queue.js';
import { dayInZone } from '../../core/time-zone.js';
import { timelinePublisher } from '../../core/timeline/timeline.js';
import type { Deps } from '../../core/use-case.js';
import { employerSummary } from '../employers/api.js';
import { organizationsApi } from '../organizations/api.js';
import { personSummaryWithReferent, reminderContact } from '../people/api.js';
import { giveTask } from '../tasks/api.js';
import { placementsRepository } from './adapters/placements-repository.js';
import { addDays, endAlert } from './domain/contract-rules.js';
import { defaultEndAlertDays, maxEndAlertDays } from './domain/vocabulary.js';

export const endAlertSweepKind = 'placements.end-alert-sweep';
export const endAlertKind = 'placements.end-alert';
const sweepHourUtc = 6;

export function scheduleEndAlertSweep(deps: Deps, day = deps.clock.now().toISOString().slice(0, 10)) {
  return scheduleDailyJob(deps, endAlertSweepKind, sweepHourUtc, day);
}

/**
 * Every morning: one job per contract reaching its term within its organization's window (today in
 * the organization's zone), deduplicated by the contract and its term, so that the referent gets one
 * task per term — a renewal moves the term and alerts again when the new one nears.
 */
async function sweepEndAlerts(deps: Deps): Promise<void> {
  const now = deps.clock.now();
  const utcToday = now.toISOString().slice(0, 10);
  await deps.db.transaction().execute(async (trx) => {
    const repository = placementsRepository(trx);
    // A day either side of UTC's today covers every zone's today; each contract is kept by its own.
    const candidates = await repository.withTermBetween(
      {},
      addDays(utcToday, -1),
      addDays(utcToday, maxEndAlertDays + 1),
    );
    const organizationIds = [...new Set(candidates.map((c) => c.organizationId))];
    const [organizations, windows] = await Promise.all([
      organizationsApi(trx).listOrganizations(organizationIds),
      repository.endAlertDays(organizationIds),
    ]);
    const zones = new Map(organizations.map((o) => [o.id, o.timeZone]));
    for (const placement of candidates) {
      const today = dayInZone(now, zones.get(placement.organizationId) ?? 'UTC');
      const alert = endAlert(placement, today, windows.get(placement.organizationId) ?? defaultEndAlertDays);
      if (!alert) continue;
      await enqueueJob(trx, {
        id: deps.newId(),
        kind: endAlertKind,
        payload: {
          placementId: placement.id,
          organizationId: placement.organizationId,
          endsOn: alert.endsOn,
        },
        runAt: now,
        now,
        dedupeKey: `${endAlertKind}:${placement.id}:${alert.endsOn}`,
      });
    }
  });
  await scheduleEndAlertSweep(deps, addDays(utcToday, 1));
}

const taskTexts = {
  fr: {
    title: (jobTitle: string, employer: string, endsOn: string) =>
      `Fin de contrat le ${endsOn} : ${jobTitle} chez ${employer}`.slice(0, 200),
    note: 'Préparer la suite avec la personne : renouvellement, embauche, formation ou autre emploi.',
  },
  en: {
    title: (jobTitle: string, employer: string, endsOn: string) =>
      `Contract ends on ${endsOn}: ${jobTitle} at ${employer}`.slice(0, 200),
    note: 'Prepare what comes next with the person: a renewal, a hire, a training or another job.',
  },
};

/**
 * The person's referent gets a task due a week before the term (today when that has passed). Nothing
 * when the contract changed since the sweep (renewed, ended early), when nobody is the referent, or
 * while the person's processing is restricted.
 */
async function giveEndAlertTask(deps: Deps, payload: Record<string, unknown>): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const organizationId = String(payload.organizationId);
    const repository = placementsRepository(trx);
    const placement = await repository.find(String(payload.placementId), organizationId);
    if (!placement) return;
    const organization = await organizationsApi(trx).findOrganization(organizationId);
    const today = dayInZone(now, organization?.timeZone ?? 'UTC');
    const window =
      (await repository.endAlertDays([organizationId])).get(organizationId) ?? defaultEndAlertDays;
    const alert = endAlert(placement, today, window);
    if (!alert || alert.endsOn !== payload.endsOn) return;
    const [person, contact, employer] = await Promise.all([
      personSummaryWithReferent(trx, placement.personId, organizationId),
      reminderContact(trx, placement.personId, organizationId),
      employerSummary(trx, placement.employerId, organizationId),
    ]);
    if (!person?.referentUserId || !contact || contact.restricted) return;
    const texts = organization?.defaultLocale === 'en' ? taskTexts.en : taskTexts.fr;
    const weekBefore = addDays(alert.endsOn, -7);
    const taskId = deps.newId();
    await giveTask(
      trx,
      timelinePublisher(trx, () => now, deps.newId),
      {
        id: taskId,
        organizationId,
        personId: placement.personId,
        assigneeUserId: person.referentUserId,
        title: texts.title(placement.jobTitle, employer?.name ?? '—', alert.endsOn),
        note: texts.note,
        // Dates as 'YYYY-MM-DD' sort as they fall: the later of the two.
        dueOn: [today, weekBefore].sort()[1] as string,
      },
      now,
    );
    await auditWriter(trx, () => now, deps.newId).record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: organizationId,
      action: 'placement.end_alert',
      resourceType: 'placement',
      resourceId: placement.id,
      personId: placement.personId,
      requestId: `job:${endAlertKind}`,
      details: { taskId, daysLeft: alert.daysLeft },
    });
  });
}

export const placementJobHandlers: JobHandlers = {
  [endAlertSweepKind]: sweepEndAlerts,
  [endAlertKind]: giveEndAlertTask,
};
