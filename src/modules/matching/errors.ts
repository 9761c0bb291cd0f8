import { defineError } from '../../core/errors.js';

export const matchingErrors = {
  personNotFound: defineError('MATCH_PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist, is not followed by your organization, or their file is restricted.',
    fr: "Cette personne n'existe pas, n'est pas suivie par votre structure, ou son dossier est limité.",
  }),
  offerNotFound: defineError('MATCH_OFFER_NOT_FOUND', 'not_found', {
    en: 'This job offer does not exist or is not your organization’s.',
    fr: "Cette offre d'emploi n'existe pas ou n'appartient pas à votre structure.",
  }),
};
