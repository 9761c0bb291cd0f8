import { defineError } from '../../core/errors.js';

export const organizationErrors = {
  organizationNotFound: defineError('ORGANIZATION_NOT_FOUND', 'not_found', {
    en: 'This organization does not exist.',
    fr: "Cette structure n'existe pas.",
  }),
  consortiumNotFound: defineError('CONSORTIUM_NOT_FOUND', 'not_found', {
    en: 'This consortium does not exist or your organization is not part of it.',
    fr: "Ce consortium n'existe pas ou votre structure n'en fait pas partie.",
  }),
};
