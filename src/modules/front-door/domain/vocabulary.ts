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

/** The regions of Québec (administrative regions: the places module's district codes of QC). */
export const quebecRegions = [
  { code: '01', name: 'Bas-Saint-Laurent' },
  { code: '02', name: 'Saguenay–Lac-Saint-Jean' },
  { code: '03', name: 'Capitale-Nationale' },
  { code: '04', name: 'Mauricie' },
  { code: '05', name: 'Estrie' },
  { code: '06', name: 'Montréal' },
  { code: '07', name: 'Outaouais' },
  { code: '08', name: 'Abitibi-Témiscamingue' },
  { code: '09', name: 'Côte-Nord' },
  { code: '10', name: 'Nord-du-Québec' },
  { code: '11', name: 'Gaspésie–Îles-de-la-Madeleine' },
  { code: '12', name: 'Chaudière-Appalaches' },
  { code: '13', name: 'Laval' },
  { code: '14', name: 'Lanaudière' },
  { code: '15', name: 'Laurentides' },
  { code: '16', name: 'Montérégie' },
  { code: '17', name: 'Centre-du-Québec' },
] as const;
export const quebecRegionCodes = quebecRegions.map((region) => region.code);
export type QuebecRegionCode = (typeof quebecRegions)[number]['code'];

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
