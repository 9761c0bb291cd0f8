import { defineError } from '../../core/errors.js';

export const sharingErrors = {
  /** Not shared, no longer shared, not covered, or not a role that reads files: existence is not revealed. */
  sharedPersonNotFound: defineError('SHARED_PERSON_NOT_FOUND', 'not_found', {
    en: 'This person does not exist or has not agreed to share their file with your organization.',
    fr: "Cette personne n'existe pas ou n'a pas accepté de partager son dossier avec votre structure.",
  }),
};
