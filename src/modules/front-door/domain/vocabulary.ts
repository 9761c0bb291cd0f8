/**
 * The words of the front door, shared by the contract, the pure rules and the web app (browser-safe).
 * Stored values never change meaning: a new one is appended.
 */

/** The languages the public page speaks (and the person is answered in). Arabic is written right to left. */
export const frontDoorLanguages = ['fr', 'en', 'ar', 'es'] as const;
export type FrontDoorLanguage = (typeof frontDoorLanguages)[number];

/** What the person says of their status (sealed: only roles allowed to see status see it). */
export const frontDoorStatuses = [
  'permanent_resident',
  'csq_holder_abroad',
  'refugee',
  'temporary_worker',
  'student',
  'citizen',
  'other',
] as const;
export type FrontDoorStatus = (typeof frontDoorStatuses)[number];

/** How well a language is spoken; `unknown` when the person does not say. */
export const languageLevels = ['native', 'fluent', 'intermediate', 'beginner', 'unknown'] as const;

export {
  type QuebecRegionCode,
  quebecRegionCodes,
  quebecRegions,
} from '../../places/domain/quebec-regions.js';

/** The kind of community sought. */
export const communityKinds = ['city', 'small_town', 'village'] as const;
/** What the community should have. */
export const communityNeeds = [
  'schools',
  'child_care',
  'health_services',
  'public_transit',
  'job_for_spouse',
  'community_of_origin',
] as const;

/** Who else comes: an adult or a child (with the birth year: schools, child care). */
export { householdRelations } from '../../people/domain/file-vocabulary.js';

/** Where a request stands in the queue. */
export const requestStates = ['new', 'assigned', 'converted', 'closed'] as const;
export type RequestState = (typeof requestStates)[number];

/** Why a request was closed without a file. */
export const closeReasons = ['not_eligible', 'unreachable', 'withdrew', 'duplicate'] as const;
export type CloseReason = (typeof closeReasons)[number];

/** A repeat within this many days of the first request is counted on it, not queued again. */
export const repeatWindowDays = 30;
