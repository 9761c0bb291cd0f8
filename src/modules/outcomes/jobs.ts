import { auditWriter } from '../../core/audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import { type JobHandlers, scheduleDailyJob } from '../../core/jobs/job-queue.js';
import { dayInZone } from '../../core/time-zone.js';
import { timelinePublisher } from '../../core/timeline/timeline.js';
import type { Deps } from '../../core/use-case.js';
import { organizationsApi } from '../organizations/api.js';
import { personSummaryWithReferent, reminderContact } from '../people/api.js';
import { giveTask } from '../tasks/api.js';
import { followUpsRepository } from './adapters/follow-ups-repository.js';
import { addDays } from './domain/dates.js';
import { unreachableAfter } from './use-cases/follow-up-access.js';
import { sendFollowUpLinkNow } from './use-cases/follow-up-link.js';

export const followUpSweepKind = 'outcomes.follow-up-sweep';
const sweepHourUtc = 7;

export function scheduleFollowUpSweep(deps: Deps, day = deps.clock.now().toISOString().slice(0, 10)) {
  return scheduleDailyJob(deps, followUpSweepKind, sweepHourUtc, day);
}

const taskTexts = {
  fr: {
    title: (months: number) => `Suivi à ${months} mois après la sortie`,
    note: 'Demander à la personne ce qu’elle est devenue (emploi, formation, région) et noter sa réponse dans son dossier.',
  },
  en: {
    title: (months: number) => `Follow-up ${months} months after exit`,
    note: 'Ask the person what became of them (work, training, region) and record their answer in their file.',
  },
};

/**
 * Every morning, for each follow-up after exit that has fallen due (in its organization's day): the
 * referent gets one task, and the person the form's link by e-mail when they have an address and by
 * text when they have a mobile number (see `sendFollowUpLinkNow`); a
 * link that expired unused counts as an unanswered attempt, and the moment becomes unreachable at
 * the program's number of attempts. One transaction per follow-up, so that one person's restricted
 * file does not hold back the others.
 */
async function sweepFollowUps(deps: Deps): Promise<void> {
  const now = deps.clock.now();
  const utcToday = now.toISOString().slice(0, 10);
  const due = await followUpsRepository(deps.db).dueBy(addDays(utcToday, 1));
  const organizations = await organizationsApi(deps.db).listOrganizations([
    ...new Set(due.map((f) => f.organizationId)),
  ]);
  const zones = new Map(organizations.map((o) => [o.id, o]));
  // Several moments due at once (a backlog): each gives its task, only the latest sends the form.
  const latestOf = new Map<string, string>();
  for (const f of due) latestOf.set(f.enrolmentId, f.id);
  for (const candidate of due) {
    const organization = zones.get(candidate.organizationId);
    const today = dayInZone(now, organization?.timeZone ?? 'UTC');
    if (candidate.dueOn > today || candidate.taskGiven) continue;
    await deps.db.transaction().execute(async (trx) => {
      const repo = followUpsRepository(trx);
      const followUp = await repo.find(candidate.id, candidate.organizationId, true);
      if (followUp?.status !== 'pending' || followUp.taskGiven) return;
      const [person, contact] = await Promise.all([
        personSummaryWithReferent(trx, followUp.personId, followUp.organizationId),
        reminderContact(trx, followUp.personId, followUp.organizationId),
      ]);
      if (!person || !contact || contact.restricted) return;
      const texts = organization?.defaultLocale === 'en' ? taskTexts.en : taskTexts.fr;
      const taskId = deps.newId();
      if (person.referentUserId)
        await giveTask(
          trx,
          timelinePublisher(trx, () => now, deps.newId),
          {
            id: taskId,
            organizationId: followUp.organizationId,
            personId: followUp.personId,
            assigneeUserId: person.referentUserId,
            title: texts.title(followUp.months),
            note: texts.note,
            dueOn: today,
          },
          now,
        );
      await repo.update(followUp.id, { taskGiven: true }, now);
      const sendsForm =
        latestOf.get(followUp.enrolmentId) === followUp.id && !(await repo.hasLink(followUp.id));
      // A text that was the only way and that the provider refused leaves the task to the referent:
      // nothing was written for it, and one person's number does not hold back the others.
      let smsNotSent = false;
      const sent = sendsForm
        ? await sendFollowUpLinkNow(trx, deps, followUp, now, null).catch((error: unknown) => {
            if (!(error instanceof AppError) || error.code !== 'SMS_NOT_SENT') throw error;
            smsNotSent = true;
            return undefined;
          })
        : undefined;
      await auditWriter(trx, () => now, deps.newId).record({
        actorUserId: null,
        organizationId: null,
        subjectOrganizationId: followUp.organizationId,
        action: 'exit_follow_up.due',
        resourceType: 'exit_follow_up',
        resourceId: followUp.id,
        personId: followUp.personId,
        requestId: `job:${followUpSweepKind}`,
        details: {
          months: followUp.months,
          taskGiven: Boolean(person.referentUserId),
          linkSent: Boolean(sent),
          channels: sent?.channels.map((c) => c.channel) ?? [],
          smsNotSent: smsNotSent || Boolean(sent?.smsFailed),
        },
      });
    });
  }
  await countExpiredLinks(deps, now);
  await scheduleFollowUpSweep(deps, addDays(utcToday, 1));
}

async function countExpiredLinks(deps: Deps, now: Date) {
  const expired = await followUpsRepository(deps.db).expiredUnusedLinks(now);
  for (const link of expired) {
    await deps.db.transaction().execute(async (trx) => {
      const repo = followUpsRepository(trx);
      const followUp = await repo.find(link.followUpId, link.organizationId, true);
      await repo.markExpiryCounted(link.id);
      if (followUp?.status !== 'pending') return;
      const organization = await organizationsApi(trx).findOrganization(followUp.organizationId);
      const today = dayInZone(now, organization?.timeZone ?? 'UTC');
      const attempts = followUp.attempts + 1;
      const unreachable = attempts >= (await unreachableAfter(trx, followUp)) && followUp.dueOn <= today;
      await repo.update(
        followUp.id,
        { attempts, ...(unreachable && { status: 'unreachable' as const }) },
        now,
      );
      await repo.insertAttempt({
        id: deps.newId(),
        followUpId: followUp.id,
        organizationId: followUp.organizationId,
        // Sent by text only (no address among where it went): the unanswered attempt was a text.
        channel: link.sentTo && !link.sentTo.includes('@') ? ('sms' as const) : ('email' as const),
        result: 'no_answer',
        note: null,
        recordedBy: null,
        at: now,
      });
    });
  }
}

export const outcomeJobHandlers: JobHandlers = { [followUpSweepKind]: sweepFollowUps };
