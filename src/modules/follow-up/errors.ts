import { defineError } from '../../core/errors.js';

export const followUpErrors = {
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  appointmentNotFound: defineError('APPOINTMENT_NOT_FOUND', 'not_found', {
    en: 'This appointment does not exist or belongs to another organization.',
    fr: "Ce rendez-vous n'existe pas ou relève d'une autre structure.",
  }),
  noteNotFound: defineError('NOTE_NOT_FOUND', 'not_found', {
    en: 'This note does not exist or belongs to another organization.',
    fr: "Cette note n'existe pas ou relève d'une autre structure.",
  }),
  staffNotFound: defineError('APPOINTMENT_STAFF_NOT_FOUND', 'unprocessable', {
    en: 'A staff participant is not a member of your organization. Choose colleagues from your organization; add people from other organizations as partners.',
    fr: "Un participant n'est pas membre de votre structure. Choisissez des collègues de votre structure ; ajoutez les personnes d'autres structures comme partenaires.",
  }),
  siteNotFound: defineError('APPOINTMENT_SITE_NOT_FOUND', 'unprocessable', {
    en: 'This site is not one of your organization’s. Choose one of its sites or type the place.',
    fr: "Ce site n'appartient pas à votre structure. Choisissez l'un de ses sites ou saisissez le lieu.",
  }),
  placeRequired: defineError('APPOINTMENT_PLACE_REQUIRED', 'unprocessable', {
    en: 'An appointment in person needs a site or a place. Choose a site or type the address.',
    fr: 'Un rendez-vous en présentiel a besoin d’un site ou d’un lieu. Choisissez un site ou saisissez l’adresse.',
  }),
  linkRequired: defineError('APPOINTMENT_LINK_REQUIRED', 'unprocessable', {
    en: 'A video appointment needs its meeting link (https://…). Paste the link of the video call.',
    fr: 'Un rendez-vous en visio a besoin de son lien (https://…). Collez le lien de la visioconférence.',
  }),
  programNotFound: defineError('PROGRAM_NOT_FOUND', 'not_found', {
    en: 'This program does not exist or your organization does not take part in it.',
    fr: "Ce programme n'existe pas ou votre structure n'y participe pas.",
  }),
  cancelledIsFinal: defineError('APPOINTMENT_CANCELLED', 'conflict', {
    en: 'This appointment was cancelled and cannot change any more. Schedule a new appointment instead.',
    fr: 'Ce rendez-vous a été annulé et ne peut plus changer. Planifiez plutôt un nouveau rendez-vous.',
  }),
  notStartedYet: defineError('APPOINTMENT_NOT_STARTED', 'unprocessable', {
    en: 'This appointment has not begun yet: record whether it was held or missed once it has started.',
    fr: "Ce rendez-vous n'a pas encore commencé : indiquez s'il a eu lieu ou non une fois qu'il a commencé.",
  }),
  alreadyTookPlace: defineError('APPOINTMENT_ALREADY_PAST', 'conflict', {
    en: 'This appointment was already marked held or missed; it can no longer be cancelled or moved. Correct its outcome instead.',
    fr: 'Ce rendez-vous est déjà marqué comme tenu ou manqué ; il ne peut plus être annulé ni déplacé. Corrigez plutôt son issue.',
  }),
  notAllowed: defineError('APPOINTMENT_STATUS_NOT_ALLOWED', 'conflict', {
    en: 'This change of status is not possible for this appointment.',
    fr: "Ce changement d'état n'est pas possible pour ce rendez-vous.",
  }),
  notAuthor: defineError('NOTE_NOT_AUTHOR', 'forbidden', {
    en: 'Only the author of this note or the person’s referent may edit it.',
    fr: 'Seuls l’auteur de cette note ou le référent de la personne peuvent la modifier.',
  }),
  noteInFuture: defineError('NOTE_IN_FUTURE', 'unprocessable', {
    en: 'A note records what happened: its date cannot be in the future. Correct the date.',
    fr: "Une note rend compte de ce qui s'est passé : sa date ne peut pas être dans le futur. Corrigez la date.",
  }),
  appointmentOfOtherPerson: defineError('NOTE_APPOINTMENT_MISMATCH', 'unprocessable', {
    en: 'The appointment this note refers to is not one of this person’s. Choose one of their appointments.',
    fr: "Le rendez-vous auquel se rattache cette note n'est pas un rendez-vous de cette personne. Choisissez l'un de ses rendez-vous.",
  }),
  documentNotFound: defineError('NOTE_DOCUMENT_NOT_FOUND', 'unprocessable', {
    en: 'An attached document is not in this person’s file. Attach documents from their Documents tab.',
    fr: 'Un document joint ne figure pas dans le dossier de cette personne. Joignez des documents de son onglet Documents.',
  }),
  calendarFeedNotFound: defineError('CALENDAR_FEED_NOT_FOUND', 'not_found', {
    en: 'This calendar link does not exist or was revoked. Create a new link from the agenda in Passerelle.',
    fr: "Ce lien d'agenda n'existe pas ou a été révoqué. Créez un nouveau lien depuis l'agenda de Passerelle.",
  }),
};
