import { auditWriter } from '../../core/audit/audit-log.js';
import type { Executor } from '../../core/db/types.js';
import { enqueueJob, type JobHandlers, scheduleDailyJob } from '../../core/jobs/job-queue.js';
import { dayInZone } from '../../core/time-zone.js';
import type { Deps } from '../../core/use-case.js';
import { organizationsApi } from '../organizations/api.js';
import { reminderContact } from '../people/api.js';
import { fundsRepository } from './adapters/funds-repository.js';
import { loansRepository } from './adapters/loans-repository.js';
import { unpaidInstallmentsDueBetween } from './adapters/reminders-repository.js';
import { remainingOn } from './domain/allocation.js';
import { type ReminderKind, reminderDue, upcomingReminderDays } from './domain/reminders.js';
import { reminderMail } from './reminder-mail.js';

export const sweepKind = 'loan-fund.reminder-sweep';
export const sendKind = 'loan-fund.send-reminder';
/** Reminders go out in the morning (UTC): the sweep runs once a day at this hour. */
const sweepHourUtc = 8;

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
function shiftDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}

/** Enqueues today's sweep if there is none: called at start, so a restart never loses the daily run. */
export async function scheduleLoanReminderSweep(deps: Deps, day = dayOf(deps.clock.now())): Promise<boolean> {
  return scheduleDailyJob(deps, sweepKind, sweepHourUtc, day);
}

/**
 * Finds every unpaid installment that calls for a reminder today and enqueues one job per reminder
 * (deduplicated per installment and step, so a second sweep sends nothing twice); then schedules
 * tomorrow's sweep. Looking back 45 days covers every overdue step a missed sweep could owe.
 */
async function sweep(deps: Deps): Promise<void> {
  // The day is the clock's, not the payload's: a sweep that ran late (server down) covers today.
  const now = deps.clock.now();
  const today = dayOf(now);
  await deps.db.transaction().execute(async (trx) => {
    // One day wider than UTC's on each side: every zone's today lies within.
    const candidates = await unpaidInstallmentsDueBetween(
      trx,
      shiftDays(today, -46),
      shiftDays(today, upcomingReminderDays + 1),
    );
    const zones = await zonesOf(trx, candidates);
    for (const c of candidates) {
      // Due "today" or "in three days" where the borrower's organization is, not in UTC.
      const kind = reminderDue(c.dueOn, dayInZone(now, zones.get(c.borrowerOrganizationId) ?? 'UTC'));
      if (!kind) continue;
      await enqueueJob(trx, {
        id: deps.newId(),
        kind: sendKind,
        payload: { loanId: c.loanId, installmentId: c.installmentId, reminder: kind },
        runAt: now,
        now,
        dedupeKey: `${sendKind}:${c.installmentId}:${kind}`,
      });
    }
  });
  await scheduleLoanReminderSweep(deps, shiftDays(today, 1));
}

async function zonesOf(db: Executor, candidates: readonly { borrowerOrganizationId: string }[]) {
  const ids = [...new Set(candidates.map((c) => c.borrowerOrganizationId))];
  const organizations = await organizationsApi(db).listOrganizations(ids);
  return new Map(organizations.map((o) => [o.id, o.timeZone]));
}

/**
 * Writes to the borrower if the installment is still unpaid and the file has an e-mail address; the
 * loan's history says what was sent or why nothing could be. Nothing about the person goes into logs.
 */
async function send(deps: Deps, payload: Record<string, unknown>): Promise<void> {
  const loanId = String(payload.loanId);
  const installmentId = String(payload.installmentId);
  const reminder = String(payload.reminder) as ReminderKind;
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const loans = loansRepository(trx);
    const loan = await loans.findLoan(loanId);
    if (loan?.status !== 'active') return;
    const installment = (await loans.positions(loan.id)).find((i) => i.installmentId === installmentId);
    if (!installment || remainingOn(installment) <= 0) return;
    const [fund, contact, organization] = await Promise.all([
      fundsRepository(trx).findFund(loan.fundId),
      reminderContact(trx, loan.personId, loan.borrowerOrganizationId),
      organizationsApi(trx).findOrganization(loan.borrowerOrganizationId),
    ]);
    const event = (kind: string) =>
      loans.addEvent({
        id: deps.newId(),
        loanId: loan.id,
        organizationId: loan.organizationId,
        occurredOn: dayInZone(now, organization?.timeZone ?? 'UTC'),
        kind,
        details: { reminder, installment: installment.number },
        recordedBy: null,
        now,
      });
    // The platform itself reads the person's address: recorded like any other read of the file.
    await auditWriter(trx, () => now, deps.newId).record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: loan.borrowerOrganizationId,
      action: 'loan.reminder',
      resourceType: 'loan',
      resourceId: loan.id,
      personId: loan.personId,
      requestId: `job:${sendKind}`,
      details: { reminder, emailOnFile: Boolean(contact?.email) },
    });
    if (contact?.restricted) {
      await event('reminder_not_sent_restricted');
      return;
    }
    if (!fund || !contact?.email) {
      await event('reminder_not_sent_no_email');
      return;
    }
    await deps.mailer.send({
      ...reminderMail({
        to: contact.email,
        locale: contact.preferredLanguage === 'fr' ? 'fr' : 'en',
        givenName: contact.givenName,
        reminder,
        loanReference: loan.reference,
        fundName: fund.name,
        currency: fund.currency,
        dueOn: installment.dueOn,
        amountCents: remainingOn(installment),
        country: organization?.country ?? null,
      }),
      organizationId: loan.borrowerOrganizationId,
    });
    await event('reminder_sent');
  });
}

export const loanFundJobHandlers: JobHandlers = { [sweepKind]: sweep, [sendKind]: send };
