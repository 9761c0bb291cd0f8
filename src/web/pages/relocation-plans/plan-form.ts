import type { RelocationPlanBody, RelocationPlanRead } from '../../api/relocation-plans.js';

type Plan = NonNullable<RelocationPlanRead['plan']>;

/** The form's state: the body the server takes, with money typed in dollars. */
export type PlanForm = Omit<RelocationPlanBody, 'housingBudgetMinCents' | 'housingBudgetMaxCents'> & {
  budgetMin: number | '';
  budgetMax: number | '';
};

export function formOf(plan: Plan | null): PlanForm {
  if (!plan)
    return {
      expectedRevision: 0,
      track: 'employment',
      regions: [],
      movingMemberIds: [],
      schoolsNeeded: false,
      childcareNeeded: false,
      healthNeeds: [],
      healthNote: null,
      lifeSettings: [],
      predepartureDocuments: [],
      businessSteps: [],
      budgetMin: '',
      budgetMax: '',
    };
  const { id: _id, revision, regions, businessPlace, updatedAt: _u, updatedByName: _n, ...rest } = plan;
  return {
    ...rest,
    expectedRevision: revision,
    regions: regions.map((r) => ({ country: 'CA' as const, code: r.code })),
    businessPlaceCode: businessPlace?.code ?? null,
    budgetMin: plan.housingBudgetMinCents === null ? '' : plan.housingBudgetMinCents / 100,
    budgetMax: plan.housingBudgetMaxCents === null ? '' : plan.housingBudgetMaxCents / 100,
  };
}

const cents = (dollars: number | '') => (dollars === '' ? null : Math.round(dollars * 100));
const orNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

export function bodyOf(form: PlanForm): RelocationPlanBody {
  const { budgetMin, budgetMax, ...rest } = form;
  return {
    ...rest,
    housingBudgetMinCents: cents(budgetMin),
    housingBudgetMaxCents: cents(budgetMax),
    healthNote: orNull(rest.healthNote),
    spouseOccupation: orNull(rest.spouseOccupation),
    studiesProgram: orNull(rest.studiesProgram),
    studiesInstitution: orNull(rest.studiesInstitution),
    abroadCountry: orNull(rest.abroadCountry),
    abroadTimeZone: orNull(rest.abroadTimeZone),
    plannedArrivalOn: orNull(rest.plannedArrivalOn),
    businessDescription: orNull(rest.businessDescription),
    businessTakeoverOf: orNull(rest.businessTakeoverOf),
    businessCreatedOn: orNull(rest.businessCreatedOn),
    businessNeq: orNull(rest.businessNeq),
  };
}
