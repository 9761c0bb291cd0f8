import type { OutgoingMail } from '../../core/mail/mailer.js';
import { formatDateTimeInZone } from '../../core/time-zone.js';
import type { AppointmentMode } from './domain/appointment-status.js';

export interface AppointmentMailData {
  kind: 'invitation' | 'update' | 'cancellation' | 'reminder';
  locale: 'fr' | 'en';
  name: string;
  organizationName: string;
  /** The organization's time zone and country: the time is written as it is read there. */
  timeZone: string;
  country: string | null;
  mode: AppointmentMode;
  startsAt: Date;
  durationMinutes: number;
  /** The meeting link, the site or the place; null for a phone call. */
  where: string | null;
}

const modeText = {
  fr: { in_person: 'sur place', phone: 'par téléphone', video: 'en visio' },
  en: { in_person: 'in person', phone: 'by phone', video: 'by video' },
} as const;

/**
 * Short messages; the time is written in the organization's time zone, with its name ("à 12 h 00 (heure
 * de l’Est)"); the attached calendar carries the instant, which calendar apps show in their own zone.
 */
export function appointmentMail(d: AppointmentMailData): Omit<OutgoingMail, 'to'> {
  const when = formatDateTimeInZone(d.startsAt, {
    timeZone: d.timeZone,
    language: d.locale,
    country: d.country,
  });
  const how = modeText[d.locale][d.mode];
  if (d.locale === 'fr') {
    const subject = {
      invitation: `Rendez-vous ${how} : ${d.organizationName}`,
      update: `Rendez-vous déplacé : ${d.organizationName}`,
      cancellation: `Rendez-vous annulé : ${d.organizationName}`,
      reminder: `Rappel : rendez-vous demain avec ${d.organizationName}`,
    }[d.kind];
    const lead = {
      invitation: 'Un rendez-vous est prévu',
      update: 'Votre rendez-vous a été déplacé',
      cancellation: 'Le rendez-vous suivant est annulé',
      reminder: 'Rappel de votre rendez-vous',
    }[d.kind];
    return {
      subject,
      text: `Bonjour ${d.name},\n\n${lead} ${how}, ${when}, ${d.durationMinutes} min.\n${d.where ? `Lieu ou lien : ${d.where}\n` : ''}${d.kind === 'reminder' ? '' : 'Le rendez-vous est joint (fichier .ics) pour votre agenda.\n'}`,
    };
  }
  const subject = {
    invitation: `Appointment ${how}: ${d.organizationName}`,
    update: `Appointment moved: ${d.organizationName}`,
    cancellation: `Appointment cancelled: ${d.organizationName}`,
    reminder: `Reminder: appointment tomorrow with ${d.organizationName}`,
  }[d.kind];
  const lead = {
    invitation: 'An appointment is planned',
    update: 'Your appointment was moved',
    cancellation: 'This appointment is cancelled',
    reminder: 'A reminder of your appointment',
  }[d.kind];
  return {
    subject,
    text: `Hello ${d.name},\n\n${lead} ${how}, ${when}, ${d.durationMinutes} min.\n${d.where ? `Place or link: ${d.where}\n` : ''}${d.kind === 'reminder' ? '' : 'The appointment is attached (.ics file) for your calendar.\n'}`,
  };
}
