import { defineError } from '../../core/errors.js';

export const timelineErrors = {
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  periodReversed: defineError('TIMELINE_PERIOD_REVERSED', 'bad_request', {
    en: 'The end of the period is before its start. Choose an end date after the start date.',
    fr: 'La fin de la période précède son début. Choisissez une date de fin après la date de début.',
  }),
  cursorInvalid: defineError('TIMELINE_CURSOR_INVALID', 'bad_request', {
    en: 'This page of the timeline cannot be found. Reload the timeline from its first page.',
    fr: 'Cette page du fil est introuvable. Rechargez le fil depuis sa première page.',
  }),
};
