/** Languages in which ESCO occupation labels are searchable. */
export const occupationLanguages = ['fr', 'en', 'es', 'ar', 'uk'] as const;
export type OccupationLanguage = (typeof occupationLanguages)[number];

export const escoAttribution = 'This service uses the ESCO classification of the European Commission.';

/** Labels are shown in the reader's language when ESCO has it, in English otherwise. */
export function occupationLanguageOf(locale: string): OccupationLanguage {
  return (occupationLanguages as readonly string[]).includes(locale) ? (locale as OccupationLanguage) : 'en';
}

const escoOccupationUri = 'http://data.europa.eu/esco/occupation/';

/** An occupation is kept by its ESCO id, the last segment of its URI (the URI itself is accepted). */
export function escoIdOf(value: string): string {
  const trimmed = value.trim();
  return trimmed.startsWith(escoOccupationUri) ? trimmed.slice(escoOccupationUri.length) : trimmed;
}
