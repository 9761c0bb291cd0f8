import type { OutgoingMail } from '../../core/mail/mailer.js';
import { formatDateTimeInZone } from '../../core/time-zone.js';

interface SessionMailData {
  kind: 'invitation' | 'reminder';
  locale: 'fr' | 'en';
  name: string;
  title: string;
  startsAt: Date;
  /** The organizing organization's time zone and country: the time is written as it is read there. */
  timeZone: string;
  country: string | null;
  link: string | null;
  place: string | null;
}

/**
 * Short messages; the time is written in the organizer's time zone with its name, and the attached
 * calendar carries the instants, which calendar apps show in their own zone.
 */
export function sessionMail(d: SessionMailData): Omit<OutgoingMail, 'to'> {
  const when = formatDateTimeInZone(d.startsAt, {
    timeZone: d.timeZone,
    language: d.locale,
    country: d.country,
  });
  const where = d.link ?? d.place ?? '';
  if (d.locale === 'fr') {
    return d.kind === 'invitation'
      ? {
          subject: `Inscription : ${d.title}`,
          text: `Bonjour ${d.name},\n\nVous êtes inscrit·e à « ${d.title} ». Première séance : ${when}.\n${where ? `Lieu ou lien : ${where}\n` : ''}Le calendrier complet est joint (fichier .ics).\n`,
        }
      : {
          subject: `Rappel : ${d.title} demain`,
          text: `Bonjour ${d.name},\n\nRappel : « ${d.title} » a lieu ${when}.\n${where ? `Lieu ou lien : ${where}\n` : ''}`,
        };
  }
  return d.kind === 'invitation'
    ? {
        subject: `Enrolled: ${d.title}`,
        text: `Hello ${d.name},\n\nYou are enrolled in "${d.title}". First meeting: ${when}.\n${where ? `Place or link: ${where}\n` : ''}The full calendar is attached (.ics file).\n`,
      }
    : {
        subject: `Reminder: ${d.title} tomorrow`,
        text: `Hello ${d.name},\n\nA reminder: "${d.title}" takes place ${when}.\n${where ? `Place or link: ${where}\n` : ''}`,
      };
}
