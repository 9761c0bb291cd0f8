import { defineError } from '../../core/errors.js';

export const referenceErrors = {
  occupationNotFound: defineError('OCCUPATION_NOT_FOUND', 'not_found', {
    en: 'This occupation is not in the ESCO classification Passerelle ships. Search for it by name.',
    fr: "Ce métier n'est pas dans la classification ESCO fournie avec Passerelle. Cherchez-le par son nom.",
  }),
};
