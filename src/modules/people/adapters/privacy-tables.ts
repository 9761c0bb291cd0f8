/**
 * The person's rights (GDPR art. 17 and 18): a row once a person's processing is restricted or their
 * file anonymized. Its own file so that the file's tables stay as they are (migration 0027).
 */
export interface PersonPrivacyTable {
  person_id: string;
  organization_id: string;
  restricted_at: Date | null;
  restricted_by: string | null;
  restriction_reason: string | null;
  anonymized_at: Date | null;
  anonymized_by: string | null;
  anonymization_reason: string | null;
  pseudonym: string | null;
  birth_year: number | null;
}

declare module '../../../core/db/types.js' {
  interface Database {
    person_privacy: PersonPrivacyTable;
  }
}
