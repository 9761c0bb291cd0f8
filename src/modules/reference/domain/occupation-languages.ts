/** Languages in which ESCO occupation labels are searchable. */
export const occupationLanguages = ['fr', 'en', 'es', 'ar', 'uk'] as const;
export type OccupationLanguage = (typeof occupationLanguages)[number];

export const escoAttribution = 'This service uses the ESCO classification of the European Commission.';
