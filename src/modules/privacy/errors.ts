import { defineError } from '../../core/errors.js';

export const privacyErrors = {
  personNotFound: defineError('PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or is not followed by your organization.',
    fr: "Cette personne n'existe pas ou n'est pas suivie par votre structure.",
  }),
  alreadyAnonymized: defineError('PERSON_ALREADY_ANONYMIZED', 'conflict', {
    en: 'This file has already been anonymized. Nothing was changed.',
    fr: 'Ce dossier est déjà anonymisé. Rien n’a été modifié.',
  }),
  alreadyRestricted: defineError('PERSON_ALREADY_RESTRICTED', 'conflict', {
    en: 'Processing of this person’s data is already restricted. Nothing was changed.',
    fr: 'Le traitement des données de cette personne est déjà limité. Rien n’a été modifié.',
  }),
  notRestricted: defineError('PERSON_NOT_RESTRICTED', 'conflict', {
    en: 'Processing of this person’s data is not restricted: there is nothing to lift.',
    fr: 'Le traitement des données de cette personne n’est pas limité : il n’y a rien à lever.',
  }),
};
