import { auditWriter } from '../../core/audit/audit-log.js';
import { type Locale, type Translated, translate } from '../../core/i18n/locale.js';
import { type JobHandlers, scheduleDailyJob } from '../../core/jobs/job-queue.js';
import { timelinePublisher } from '../../core/timeline/timeline.js';
import type { Deps } from '../../core/use-case.js';
import { organizationsApi } from '../organizations/api.js';
import { addDays } from '../outcomes/domain/dates.js';
import { giveTask } from '../tasks/api.js';
import { referralsRepository } from './adapters/referrals-repository.js';
import { daysBetween, reminderDue } from './domain/referral-status.js';
import { pendingReminderDays } from './domain/vocabulary.js';
import { referralReceivedMailKind, sendReferralReceivedMail } from './received-mail.js';

export const referralRemindersKind = 'referrals.pending-reminders';
const sweepHourUtc = 6;

const utcDay = (deps: Deps) => deps.clock.now().toISOString().slice(0, 10);

export function scheduleReferralReminders(deps: Deps, day = utcDay(deps)) {
  return scheduleDailyJob(deps, referralRemindersKind, sweepHourUtc, day);
}

/** Task texts in each organization's language (a task has one title); they name no person. */
export const referralReminderTexts = {
  received: {
    fr: 'Orientation reçue de {organization} sans réponse depuis {days} jours : l’accepter ou la décliner',
    en: 'Referral received from {organization} unanswered for {days} days: accept or decline it',
  },
  sent: {
    fr: 'Orientation vers {organization} sans réponse depuis {days} jours : relancer la structure',
    en: 'Referral to {organization} unanswered for {days} days: follow up with the organization',
  },
  note: {
    fr: 'Ouvrir Orientations. Une orientation en attente est rappelée tous les {days} jours tant que personne n’y répond.',
    en: 'Open Referrals. A pending referral is reminded every {days} days until someone answers it.',
  },
} satisfies Record<string, Translated>;

const localeOf = (value: string | undefined): Locale => (value === 'en' ? 'en' : 'fr');

const texts = {
  received: (locale: Locale, from: string, days: number) =>
    translate(referralReminderTexts.received, locale, { organization: from, days }).slice(0, 200),
  sent: (locale: Locale, to: string, days: number) =>
    translate(referralReminderTexts.sent, locale, { organization: to, days }).slice(0, 200),
  note: (locale: Locale, days: number) => translate(referralReminderTexts.note, locale, { days }),
};

/**
 * Every morning: each referral pending its sender's reminder delay (the organization's setting, 7 days
 * unless it set another, migration 0086; then again every as many days) gives
 * a task due today to each coordinator of the receiving organization (its directors when it has none),
 * on nobody — the person has no file there yet, and the task names nobody — and one to the sender on the
 * person's file. A directory service is outside the platform: only the sender is reminded. The day is
 * the sending organization's; idempotent through `last_reminded_on`. Each task is worded in the language
 * of the organization that holds it (its default locale).
 */
async function remindPendingReferrals(deps: Deps): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const repository = referralsRepository(trx);
    const organizations = organizationsApi(trx);
    const timeline = timelinePublisher(trx, () => now, deps.newId);
    // Every pending referral is a candidate: the shortest delay an organization may set is one day, and
    // the sender's day decides, in its zone.
    const candidates = await repository.pendingSentBefore(now);
    const delays = await organizations.reminderDelaysOf([
      ...new Set(candidates.map((r) => r.organizationId)),
    ]);
    let reminded = 0;
    for (const referral of candidates) {
      const delay = delays.get(referral.organizationId)?.referralDays ?? pendingReminderDays;
      const today = await organizations.todayOf(referral.organizationId, now);
      const sentOn = await organizations.todayOf(referral.organizationId, referral.sentAt);
      if (!reminderDue({ ...referral, sentOn }, today, delay)) continue;
      const days = daysBetween(sentOn, today);
      const sender = await organizations.findOrganization(referral.organizationId);
      if (referral.receiverOrganizationId) {
        const receiver = referral.receiverOrganizationId;
        const staff = await organizations.staffOfOrganization(receiver);
        const coordinators = staff.filter((s) => s.role === 'coordinator');
        const holders = coordinators.length > 0 ? coordinators : staff.filter((s) => s.role === 'director');
        const receiverToday = await organizations.todayOf(receiver, now);
        const receiverLocale = localeOf((await organizations.findOrganization(receiver))?.defaultLocale);
        for (const holder of holders)
          await giveTask(
            trx,
            timeline,
            {
              id: deps.newId(),
              organizationId: receiver,
              personId: null,
              assigneeUserId: holder.userId,
              title: texts.received(receiverLocale, sender?.name ?? '', days),
              note: texts.note(receiverLocale, delay),
              dueOn: receiverToday,
            },
            now,
          );
      }
      const target = referral.receiverOrganizationId
        ? ((await organizations.findOrganization(referral.receiverOrganizationId))?.name ?? '')
        : (referral.serviceName ?? '');
      await giveTask(
        trx,
        timeline,
        {
          id: deps.newId(),
          organizationId: referral.organizationId,
          personId: referral.personId,
          assigneeUserId: referral.sentBy,
          title: texts.sent(localeOf(sender?.defaultLocale), target, days),
          note: texts.note(localeOf(sender?.defaultLocale), delay),
          dueOn: today,
        },
        now,
      );
      await repository.markReminded(referral.id, referral.organizationId, today);
      reminded += 1;
    }
    if (reminded > 0)
      await auditWriter(trx, () => now, deps.newId).record({
        actorUserId: null,
        organizationId: null,
        subjectOrganizationId: null,
        action: 'referral.reminders',
        resourceType: 'referral',
        resourceId: null,
        requestId: `job:${referralRemindersKind}`,
        details: { reminded },
      });
  });
  await scheduleReferralReminders(deps, addDays(utcDay(deps), 1));
}

export const referralJobHandlers: JobHandlers = {
  [referralRemindersKind]: remindPendingReferrals,
  [referralReceivedMailKind]: sendReferralReceivedMail,
};
