/**
 * The words of a regionalization plan (docs/relocation-plans.md). Pure and browser-safe: the contract
 * and the web app use them.
 */

/** What the household comes to the region for. */
export const relocationTracks = ['employment', 'entrepreneurship', 'studies'] as const;
export type RelocationTrack = (typeof relocationTracks)[number];

export const housingTenures = ['tenant', 'owner', 'either'] as const;
export type HousingTenure = (typeof housingTenures)[number];

/**
 * Health services the household needs where it settles: a checklist, never a diagnosis. `none` stands
 * alone (the contract refuses it with another need).
 */
export const healthNeeds = ['family_doctor', 'specialist_follow_up', 'none'] as const;
export type HealthNeed = (typeof healthNeeds)[number];

/** The climate of life sought. */
export const lifeSettings = ['city', 'small_town', 'village', 'near_nature', 'by_the_water'] as const;
export type LifeSetting = (typeof lifeSettings)[number];

/** A business of one's own: a new one from an idea, or the takeover of an existing one. */
export const businessKinds = ['idea', 'takeover'] as const;
export type BusinessKind = (typeof businessKinds)[number];

export const stepStatuses = ['to_do', 'in_progress', 'done'] as const;
export type StepStatus = (typeof stepStatuses)[number];

/** The business plan's steps, in their usual order (the defaults of a new entrepreneurship track). */
export const businessStepKinds = [
  'market_study',
  'financing_plan',
  'business_plan_written',
  'financing_obtained',
  'registration_neq',
  'premises',
] as const;
export type BusinessStepKind = (typeof businessStepKinds)[number];

export const documentStatuses = ['to_do', 'done'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/** What a CSQ holder still abroad prepares before leaving (the defaults of the pre-departure checklist). */
export const predepartureDocumentKinds = [
  'passport',
  'csq',
  'permanent_residence_confirmation',
  'diplomas_and_translations',
  'driving_record',
  'vaccination_records',
] as const;
export type PredepartureDocumentKind = (typeof predepartureDocumentKinds)[number];

/** At most this many regions in order of preference. */
export const maxPreferredRegions = 5;

import { quebecRegions } from '../../places/domain/quebec-regions.js';

export { quebecRegionCodes, quebecRegions } from '../../places/domain/quebec-regions.js';

/** A region kept as a district of the places module. */
export interface RegionRef {
  country: 'CA';
  code: string;
}

export function regionName(code: string): string {
  return quebecRegions.find((r) => r.code === code)?.name ?? code;
}
