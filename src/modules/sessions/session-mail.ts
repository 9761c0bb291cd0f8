import type { OutgoingMail } from '../../core/mail/mailer.js';

interface SessionMailData {
  kind: 'invitation' | 'reminder';
  locale: 'fr' | 'en';
  name: string;
  title: string;
  startsAt: Date;
  link: string | null;
  place: string | null;
}

/** Short messages; the time is given in UTC and in the attached calendar, which shows it in local time. */
export function sessionMail(d: SessionMailData): Omit<OutgoingMail, 'to'> {
  const when = new Intl.DateTimeFormat(d.locale === 'fr' ? 'fr-FR' : 'en-US', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(d.startsAt);
  const where = d.link ?? d.place ?? '';
  if (d.locale === 'fr') {
    return d.kind === 'invitation'
      ? {
          subject: `Inscription : ${d.title}`,
          text: `Bonjour ${d.name},\n\nVous êtes inscrit·e à « ${d.title} ». Première séance : ${when} (UTC).\n${where ? `Lieu ou lien : ${where}\n` : ''}Le calendrier complet est joint (fichier .ics).\n`,
        }
      : {
          subject: `Rappel : ${d.title} demain`,
          text: `Bonjour ${d.name},\n\nRappel : « ${d.title} » a lieu ${when} (UTC).\n${where ? `Lieu ou lien : ${where}\n` : ''}`,
        };
  }
  return d.kind === 'invitation'
    ? {
        subject: `Enrolled: ${d.title}`,
        text: `Hello ${d.name},\n\nYou are enrolled in "${d.title}". First meeting: ${when} (UTC).\n${where ? `Place or link: ${where}\n` : ''}The full calendar is attached (.ics file).\n`,
      }
    : {
        subject: `Reminder: ${d.title} tomorrow`,
        text: `Hello ${d.name},\n\nA reminder: "${d.title}" takes place ${when} (UTC).\n${where ? `Place or link: ${where}\n` : ''}`,
      };
}
