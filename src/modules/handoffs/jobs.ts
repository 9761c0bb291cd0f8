import { auditWriter } from '../../core/audit/audit-log.js';
import { type Locale, type Translated, translate } from '../../core/i18n/locale.js';
import { type JobHandlers, scheduleDailyJob } from '../../core/jobs/job-queue.js';
import { timelinePublisher } from '../../core/timeline/timeline.js';
import type { Deps } from '../../core/use-case.js';
import { organizationsApi } from '../organizations/api.js';
import { addDays } from '../outcomes/domain/dates.js';
import { personSummaryWithReferent } from '../people/api.js';
import { giveTask } from '../tasks/api.js';
import { handoffsRepository } from './adapters/handoffs-repository.js';
import { daysBetween, waitingReminderDays, waitingReminderDue } from './domain/household-handoff.js';

export const handoffRemindersKind = 'handoffs.waiting-reminders';
const sweepHourUtc = 6;

const utcDay = (deps: Deps) => deps.clock.now().toISOString().slice(0, 10);

/** Scheduled at every start and again by the sweep itself (the referrals' reminders' pattern). */
export function scheduleHandoffReminders(deps: Deps, day = utcDay(deps)) {
  return scheduleDailyJob(deps, handoffRemindersKind, sweepHourUtc, day);
}

/** Task texts in each organization's language; they name no person (the receiver may not know them yet). */
export const handoffReminderTexts = {
  received: {
    fr: 'Passage de relais proposé par {organization} sans réponse depuis {days} jours : le reprendre ou le refuser',
    en: 'Hand-off proposed by {organization} unanswered for {days} days: take it over or decline it',
  },
  sent: {
    fr: 'Passage de relais vers {organization} sans réponse depuis {days} jours : relancer la structure',
    en: 'Hand-off to {organization} unanswered for {days} days: follow up with the organization',
  },
  note: {
    fr: 'Ouvrir Passages de relais. Un passage de relais en attente est rappelé une fois, après {days} jours sans réponse.',
    en: 'Open Hand-offs. A hand-off waiting for an answer is reminded once, after {days} days without one.',
  },
} satisfies Record<string, Translated>;

const localeOf = (value: string | undefined): Locale => (value === 'en' ? 'en' : 'fr');

/**
 * Every morning: each proposal unanswered for its sender's reminder delay (the organization's setting, 7
 * days unless it set another, migration 0086; counted in the sender's days) gives, once,
 * a task due today to each coordinator of the receiving organization (its counselors when it has no
 * coordinator, its directors when it has neither), on nobody, and one to the person's referent at the
 * sender (the proposer when the file has none) on the person's file. Each task is worded in its
 * organization's language. Once per proposal: `handoffs.reminded_at`, set in the same transaction.
 */
async function remindWaitingHandoffs(deps: Deps): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const repository = handoffsRepository(trx);
    const organizations = organizationsApi(trx);
    const timeline = timelinePublisher(trx, () => now, deps.newId);
    // Every proposal waiting is a candidate: the shortest delay an organization may set is one day, and
    // the sender's day decides, in its zone.
    const candidates = await repository.waitingSince(now);
    const delays = await organizations.reminderDelaysOf([
      ...new Set(candidates.map((h) => h.organization_id)),
    ]);
    let reminded = 0;
    for (const handoff of candidates) {
      const delay = delays.get(handoff.organization_id)?.handoffDays ?? waitingReminderDays;
      const today = await organizations.todayOf(handoff.organization_id, now);
      const proposedOn = await organizations.todayOf(handoff.organization_id, handoff.proposed_at);
      const due = waitingReminderDue(
        { status: handoff.status, proposedOn, remindedAt: handoff.reminded_at },
        today,
        delay,
      );
      if (!due) continue;
      const days = daysBetween(proposedOn, today);
      const sender = await organizations.findOrganization(handoff.organization_id);
      const receiver = await organizations.findOrganization(handoff.receiver_organization_id);
      const receiverLocale = localeOf(receiver?.defaultLocale);
      const staff = await organizations.staffOfOrganization(handoff.receiver_organization_id);
      const withRole = (role: string) => staff.filter((s) => s.role === role);
      const holders = [withRole('coordinator'), withRole('counselor'), withRole('director')].find(
        (group) => group.length > 0,
      );
      const receiverToday = await organizations.todayOf(handoff.receiver_organization_id, now);
      for (const holder of new Set((holders ?? []).map((h) => h.userId)))
        await giveTask(
          trx,
          timeline,
          {
            id: deps.newId(),
            organizationId: handoff.receiver_organization_id,
            personId: null,
            assigneeUserId: holder,
            title: translate(handoffReminderTexts.received, receiverLocale, {
              organization: sender?.name ?? '',
              days,
            }).slice(0, 200),
            note: translate(handoffReminderTexts.note, receiverLocale, { days: delay }),
            dueOn: receiverToday,
          },
          now,
        );
      const senderLocale = localeOf(sender?.defaultLocale);
      const person = await personSummaryWithReferent(trx, handoff.person_id, handoff.organization_id);
      await giveTask(
        trx,
        timeline,
        {
          id: deps.newId(),
          organizationId: handoff.organization_id,
          personId: person ? handoff.person_id : null,
          assigneeUserId: person?.referentUserId ?? handoff.proposed_by,
          title: translate(handoffReminderTexts.sent, senderLocale, {
            organization: receiver?.name ?? '',
            days,
          }).slice(0, 200),
          note: translate(handoffReminderTexts.note, senderLocale, { days: delay }),
          dueOn: today,
        },
        now,
      );
      await repository.markReminded(handoff.id, handoff.organization_id, now);
      reminded += 1;
    }
    if (reminded > 0)
      await auditWriter(trx, () => now, deps.newId).record({
        actorUserId: null,
        organizationId: null,
        subjectOrganizationId: null,
        action: 'handoff.reminders',
        resourceType: 'handoff',
        resourceId: null,
        requestId: `job:${handoffRemindersKind}`,
        details: { reminded },
      });
  });
  await scheduleHandoffReminders(deps, addDays(utcDay(deps), 1));
}

export const handoffJobHandlers: JobHandlers = { [handoffRemindersKind]: remindWaitingHandoffs };
