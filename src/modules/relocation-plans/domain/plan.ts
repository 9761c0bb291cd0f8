import type { BusinessStep, PredepartureDocument } from './plan-rules.js';
import type {
  BusinessKind,
  HealthNeed,
  HousingTenure,
  LifeSetting,
  RegionRef,
  RelocationTrack,
} from './vocabulary.js';

/** What a regionalization plan says: saved whole, compared field by field between revisions. */
export interface PlanFields {
  track: RelocationTrack;
  regions: RegionRef[];
  movingMemberIds: string[];
  housingTenure: HousingTenure | null;
  housingRooms: number | null;
  housingBudgetMinCents: number | null;
  housingBudgetMaxCents: number | null;
  schoolsNeeded: boolean;
  childcareNeeded: boolean;
  healthNeeds: HealthNeed[];
  healthNote: string | null;
  lifeSettings: LifeSetting[];
  spouseOccupation: string | null;
  spouseSeeksWork: boolean | null;
  studiesProgram: string | null;
  studiesInstitution: string | null;
  studiesRegionCode: string | null;
  abroadCountry: string | null;
  abroadTimeZone: string | null;
  plannedArrivalOn: string | null;
  predepartureDocuments: PredepartureDocument[];
  businessKind: BusinessKind | null;
  businessDescription: string | null;
  businessTakeoverOf: string | null;
  businessPlaceCode: string | null;
  businessSteps: BusinessStep[];
  businessCreatedOn: string | null;
  businessNeq: string | null;
}

/** The fields a revision's snapshot keeps: all but the health note (health data stays in one place). */
export function snapshotOf(
  fields: PlanFields,
): Omit<PlanFields, 'healthNote'> & { healthNoteGiven: boolean } {
  const { healthNote, ...rest } = fields;
  return { ...rest, healthNoteGiven: healthNote !== null };
}
