import type { ImmigrationStatus } from './domain/immigration-status.js';
import type { EligibilityFacts } from './person-reads.js';
import type { PersonDraft } from './use-cases/register-person.js';

/**
 * The facts eligibility rules read, taken from a file not yet saved (the intake's draft) exactly as
 * `eligibilityFacts` would read them once saved: a check before anything is written answers what
 * the enrolment will answer. `personId` names the file the draft will become, when it is known.
 */
export function draftEligibilityFacts(
  draft: Pick<PersonDraft, 'identity' | 'education' | 'household'>,
  organizationId: string,
  personId = '',
): EligibilityFacts {
  const identity = draft.identity;
  return {
    personId,
    organizationId,
    birthDate: identity.birthDate ?? null,
    immigrationStatus: (identity.immigrationStatus ?? null) as ImmigrationStatus | null,
    statusDate: identity.statusDate ?? null,
    asylumApplicationDate: identity.asylumApplicationDate ?? null,
    arrivalDate: identity.arrivalDate ?? null,
    hasForeignDegree: draft.education.some((education) => education.obtainedAbroad),
    residenceCountry: identity.country ?? null,
    residenceRegion: identity.region ?? null,
    residenceCity: identity.city ?? null,
    householdSize: 1 + draft.household.length,
    householdKey: personId,
    countingKey: null,
  };
}
