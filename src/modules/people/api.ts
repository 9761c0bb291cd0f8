/**
 * What other modules may ask of the people module. They never read its tables. The reads live in
 * their own files by concern; this file is the module's public surface.
 */

export type { PersonIdQuery } from './adapters/caseload-repository.js';
/** Every file's duplicate-detection keys written again (`passerelle duplicates rebuild-keys`). */
export { rebuildAllDuplicateKeys } from './adapters/duplicate-keys-repository.js';
export type { MatchingProfileRow } from './adapters/matching-profiles-repository.js';
export { reportLanguageLevelsQuery } from './adapters/report-language-levels.js';
export type { SharedConsentRow as SharingConsent } from './adapters/sharing-repository.js';
export { type CaseloadFilters, caseloadAll, caseloadPage, matchingProfiles } from './caseload-reads.js';
export {
  consentReader,
  consentsOfPerson,
  hasConsent,
  peopleSharedWith,
  sharedFileOf,
  type TodayOf,
} from './consent-reads.js';
export {
  type ConsentReader,
  type ConsentSection,
  consentSections,
  sharingPurpose,
} from './domain/consent.js';
export type { ImmigrationStatus } from './domain/immigration-status.js';
export { immigrationStatuses, internationalProtection } from './domain/immigration-status.js';
export { draftEligibilityFacts } from './draft-facts.js';
export { runConsortiumDuplicatesNow } from './duplicate-runs.js';
export { type FrontDoorApplicant, registerFromFrontDoor } from './front-door-registration.js';
export {
  followsPerson,
  linkFilesForCounting,
  linkHandedOverFiles,
  openHandedOverFile,
  takeOverWithReferent,
} from './handoff-files.js';
export { copyHandedOverDependants, reformHandedOverHousehold } from './handoff-household.js';
export { type HouseholdFacts, householdFactsOf } from './household-facts.js';
export { currentHouseholdOfPerson } from './household-of-person.js';
export {
  filesMergedInto,
  type KeptFileReads,
  keptFileOf,
  keptFileReads,
  keptFilesCountedAs,
  type MergedFileOrigin,
  type MergedFileRef,
  mergedAwayFiles,
  mergedFilesCountedAs,
} from './merged-files.js';
export * as peopleMerges from './merges.js';
export { type PersonHighlights, personHighlights } from './overview.js';
export {
  type EligibilityFacts,
  eligibilityFacts,
  findPersonByEmail,
  linkedPeople,
  type PersonSummary,
  personSummary,
  personSummaryWithReferent,
  reminderContact,
} from './person-reads.js';
export * as peoplePrivacy from './privacy.js';
export {
  type OutcomeFactsRow,
  outcomeFactsOf,
  qualificationEvidenceOf,
  type ReportFactsRow,
  reportBreakdownFactsQuery,
  reportFactsOf,
} from './report-reads.js';
/** The enrolment port of the caseload import, which programs implements (`importEnrolments`). */
export type {
  ImportEnrolmentRefusal,
  ImportEnrolmentRequest,
  ImportEnrolments,
  ImportProgram,
} from './use-cases/import-people-enrolments.js';
export {
  type PersonDraft,
  type PersonRegistrationScope,
  registerPerson,
} from './use-cases/register-person.js';
