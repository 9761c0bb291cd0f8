import type { OutgoingMail } from '../../core/mail/mailer.js';
import { formatCalendarDate } from '../../core/time-zone.js';
import { formatCents } from './domain/money.js';
import type { ReminderKind } from './domain/reminders.js';

interface ReminderData {
  to: string;
  locale: 'fr' | 'en';
  givenName: string;
  reminder: ReminderKind;
  loanReference: string;
  fundName: string;
  currency: string;
  dueOn: string;
  amountCents: number;
  /** The organization's country, for the way dates are written there. */
  country?: string | null;
}

/** A short, kind message: the amount, the date, and that the counselor can help (restructuring exists). */
export function reminderMail(d: ReminderData): OutgoingMail {
  const amount = formatCents(d.amountCents, d.currency, d.locale);
  const date = formatCalendarDate(d.dueOn, d.locale, d.country ?? 'US');
  if (d.locale === 'fr') {
    const subject =
      d.reminder === 'upcoming'
        ? `Rappel : échéance de votre prêt ${d.loanReference} le ${date}`
        : `Échéance impayée de votre prêt ${d.loanReference}`;
    const body =
      d.reminder === 'upcoming'
        ? `Votre prochaine échéance de ${amount} est attendue le ${date}.`
        : `L'échéance du ${date} (${amount} restant dû) n'a pas encore été réglée.`;
    return {
      to: d.to,
      subject,
      text: `Bonjour ${d.givenName},\n\n${body}\n\nSi vous rencontrez une difficulté, parlez-en à votre conseillère ou à votre conseiller : l'échéancier peut être adapté.\n\n${d.fundName}\n`,
    };
  }
  const subject =
    d.reminder === 'upcoming'
      ? `Reminder: loan ${d.loanReference} installment due ${date}`
      : `Loan ${d.loanReference}: an installment is past due`;
  const body =
    d.reminder === 'upcoming'
      ? `Your next installment of ${amount} is due on ${date}.`
      : `The installment due on ${date} (${amount} still owed) has not been paid yet.`;
  return {
    to: d.to,
    subject,
    text: `Hello ${d.givenName},\n\n${body}\n\nIf anything makes paying difficult, talk to your counselor: the schedule can be adjusted.\n\n${d.fundName}\n`,
  };
}
