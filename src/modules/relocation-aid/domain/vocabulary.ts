/** Words of relocation aid, shared by the contracts, the server and the web app (browser-safe). */

/** What a request pays for: a trip of an exploratory stay, or the move itself. */
export const aidPurposes = ['exploratory_stay', 'move'] as const;
export type AidPurpose = (typeof aidPurposes)[number];

/** Costs a program may make eligible, each belonging to one purpose. */
export const costKindsByPurpose = {
  exploratory_stay: ['stay_transport', 'stay_lodging', 'stay_meals', 'stay_child_care'],
  move: ['move_company', 'move_household_transport', 'move_temporary_housing', 'move_storage'],
} as const satisfies Record<AidPurpose, readonly string[]>;
export const costKinds = [...costKindsByPurpose.exploratory_stay, ...costKindsByPurpose.move] as const;
export type CostKind = (typeof costKinds)[number];

export function purposeOfKind(kind: CostKind): AidPurpose {
  return (costKindsByPurpose.exploratory_stay as readonly string[]).includes(kind)
    ? 'exploratory_stay'
    : 'move';
}

/** Why a line was allowed less than asked (several may apply to one line). */
export const assessmentReasons = [
  'ineligible_kind',
  'receipt_missing',
  'share',
  'request_ceiling',
  'household_ceiling',
  'trips_exhausted',
] as const;
export type AssessmentReason = (typeof assessmentReasons)[number];

/**
 * `approved` stays until the payments in force reach the approved amount (`paid`); `cancelled` is an
 * approval whose unpaid remainder was released back to the budget (what was paid stays paid).
 */
export const requestStatuses = [
  'submitted',
  'approved',
  'refused',
  'paid',
  'withdrawn',
  'cancelled',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const refusalReasons = [
  'not_eligible',
  'ceiling_reached',
  'receipts_missing',
  'budget_exhausted',
  'duplicate_request',
  'other',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

export const paymentMethods = ['transfer', 'cheque'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/** Whether the household ceiling counts aid granted in the program year, or all aid ever granted. */
export const householdCeilingPeriods = ['program_year', 'all_time'] as const;
export type HouseholdCeilingPeriod = (typeof householdCeilingPeriods)[number];

/** Where a trip goes or a household moves: one of Québec's administrative regions. */
export { quebecRegionCodes } from '../../places/domain/quebec-regions.js';
