import { defineError } from '../../core/errors.js';

export const outreachErrors = {
  leadNotFound: defineError('OUTREACH_LEAD_NOT_FOUND', 'not_found', {
    en: 'This lead does not exist or is not your organization’s.',
    fr: "Ce contact de repérage n'existe pas ou n'appartient pas à votre structure.",
  }),
  leadClosed: defineError('OUTREACH_LEAD_CLOSED', 'conflict', {
    en: 'This lead is already closed. Reopen it first if it was closed by mistake.',
    fr: "Ce contact de repérage est déjà clos. Rouvrez-le d'abord s'il a été clos par erreur.",
  }),
  leadNotClosed: defineError('OUTREACH_LEAD_NOT_CLOSED', 'conflict', {
    en: 'This lead is still open: there is nothing to reopen.',
    fr: "Ce contact de repérage est encore ouvert : il n'y a rien à rouvrir.",
  }),
  leadAnonymized: defineError('OUTREACH_LEAD_ANONYMIZED', 'conflict', {
    en: 'This lead was anonymized a year after it was closed: it can no longer be reopened. Record a new lead.',
    fr: 'Ce contact de repérage a été anonymisé un an après sa clôture : il ne peut plus être rouvert. Enregistrez un nouveau contact.',
  }),
  programNotFound: defineError('OUTREACH_PROGRAM_NOT_FOUND', 'not_found', {
    en: 'This program does not exist or your organization takes no part in it.',
    fr: "Ce programme n'existe pas ou votre structure n'y participe pas.",
  }),
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  notEnrolled: defineError('OUTREACH_PERSON_NOT_ENROLLED', 'conflict', {
    en: 'This person has no enrolment with your organization (in the lead’s program, if it names one) since the day the lead was met: enrol them at intake first, then link the lead.',
    fr: "Cette personne n'a aucune inscription dans votre structure (dans le programme du contact, s'il en nomme un) depuis le jour du repérage : inscrivez-la d'abord lors de l'accueil, puis reliez le contact.",
  }),
  assigneeNotColleague: defineError('OUTREACH_ASSIGNEE_NOT_COLLEAGUE', 'bad_request', {
    en: 'A lead is followed up by an active colleague of your organization who works with people’s files. Choose another colleague.',
    fr: 'Un contact de repérage est suivi par un membre actif de votre structure qui travaille sur les dossiers. Choisissez une autre personne.',
  }),
  attemptBeforeMeeting: defineError<{ metOn: string }>('OUTREACH_ATTEMPT_BEFORE_MEETING', 'bad_request', {
    en: 'An attempt to reach a person comes after the day they were met or signalled ({metOn}).',
    fr: 'Une tentative de contact a lieu après le jour du repérage ({metOn}).',
  }),
  closedBeforeMeeting: defineError<{ metOn: string }>('OUTREACH_CLOSED_BEFORE_MEETING', 'bad_request', {
    en: 'A lead is closed on or after the day the person was met or signalled ({metOn}).',
    fr: 'Un contact de repérage se clôt le jour du repérage ({metOn}) ou après.',
  }),
};
