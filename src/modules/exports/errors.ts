import { defineError } from '../../core/errors.js';

export const exportErrors = {
  tooLarge: defineError<{ limit: number }>('EXPORT_TOO_LARGE', 'unprocessable', {
    en: 'This list has more than {limit} rows. Narrow it with a filter before exporting it.',
    fr: 'Cette liste compte plus de {limit} lignes. Affinez-la avec un filtre avant de l’exporter.',
  }),
  programNotFound: defineError('EXPORT_PROGRAM_NOT_FOUND', 'not_found', {
    en: 'This program does not exist or your organization takes no part in it.',
    fr: "Ce programme n'existe pas ou votre structure n'y participe pas.",
  }),
};
