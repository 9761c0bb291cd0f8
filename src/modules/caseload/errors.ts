import { defineError } from '../../core/errors.js';

export const caseloadErrors = {
  viewNotFound: defineError('CASELOAD_VIEW_NOT_FOUND', 'not_found', {
    en: 'This saved view does not exist or is not yours to change.',
    fr: "Cette vue enregistrée n'existe pas ou ne vous appartient pas.",
  }),
  viewNameTaken: defineError<{ name: string }>('CASELOAD_VIEW_NAME_TAKEN', 'conflict', {
    en: 'You already have a view named “{name}”. Choose another name.',
    fr: 'Vous avez déjà une vue nommée « {name} ». Choisissez un autre nom.',
  }),
};
