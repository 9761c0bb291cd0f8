import { z } from 'zod';
import { relocationPlanBody } from '../../../contracts/relocation-plans.js';
import { requireActor } from '../../../core/auth/actor.js';
import { isUniqueViolation } from '../../../core/db/unique-violation.js';
import { defineUseCase, type UseCaseScope } from '../../../core/use-case.js';
import { documentBelongsTo } from '../../documents/api.js';
import { checkLegalIdentifier } from '../../employers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { findPlaces } from '../../places/api.js';
import { fieldsOf, relocationPlansRepository } from '../adapters/relocation-plans-repository.js';
import { type PlanFields, snapshotOf } from '../domain/plan.js';
import { changedFields } from '../domain/plan-rules.js';
import { relocationPlanErrors } from '../errors.js';
import { planFile } from './plan-access.js';

const input = relocationPlanBody.safeExtend({ personId: z.uuid() });
type Input = z.output<typeof input>;

/**
 * Starts or revises the household's regionalization plan, whole, on its main contact's file (or the
 * file of a person in no household). `expectedRevision` is the revision the form was read at: a save
 * over someone else's is refused rather than lost. Each save is a numbered revision with the fields
 * it changed; timeline events mark the plan started, the track changed, the arrival day set and the
 * business created. The audit names the fields changed, never their values.
 */
export const saveRelocationPlan = defineUseCase(input, async (scope) => {
  const { input, ctx, trx, now, newId, audit, timeline } = scope;
  const actor = requireActor(ctx);
  const file = await planFile(trx, actor, input.personId);
  if (!file.holdsHouseholdPlan) {
    const main = file.household.members.find((m) => m.personId === file.household.mainContactPersonId);
    throw relocationPlanErrors.notMainContact({ name: main ? `${main.givenName} ${main.familyName}` : '' });
  }
  const repo = relocationPlansRepository(trx);
  const current = await repo.ofPerson(actor.organizationId, input.personId, true);
  if ((current?.revision ?? 0) !== input.expectedRevision)
    throw relocationPlanErrors.staleRevision({ revision: current?.revision ?? 0 });
  const elsewhere = await repo.ofHousehold(actor.organizationId, file.household.householdKey);
  if (elsewhere && elsewhere.id !== current?.id) throw relocationPlanErrors.householdHasPlan();
  const fields = await checkedFields(
    scope,
    input,
    file.household.members.map((m) => m.personId),
  );

  const before = current ? fieldsOf(current) : null;
  const changed = changedFields(before, fields).map(String);
  const planId = current?.id ?? newId();
  const revision = (current?.revision ?? 0) + 1;
  if (current && changed.length === 0) return { id: planId, revision: current.revision };
  if (current)
    await repo.update({
      id: planId,
      organizationId: actor.organizationId,
      householdKey: file.household.householdKey,
      fields,
      revision,
      userId: actor.userId,
      now,
    });
  else
    try {
      await repo.insert({
        id: planId,
        organizationId: actor.organizationId,
        personId: input.personId,
        householdKey: file.household.householdKey,
        fields,
        userId: actor.userId,
        now,
      });
    } catch (error) {
      // Two first saves at once: the second finds the plan the first started.
      if (isUniqueViolation(error, 'relocation_plans_one_per_person'))
        throw relocationPlanErrors.staleRevision({ revision: 1 });
      if (isUniqueViolation(error, 'relocation_plans_one_per_household'))
        throw relocationPlanErrors.householdHasPlan();
      throw error;
    }
  await repo.insertRevision({
    id: newId(),
    organizationId: actor.organizationId,
    planId,
    personId: input.personId,
    revision,
    changedFields: changed,
    snapshot: snapshotOf(fields),
    userId: actor.userId,
    now,
  });

  const event = (kind: string, data: Record<string, string | number | boolean | null>) =>
    timeline.publish({
      organizationId: actor.organizationId,
      personId: input.personId,
      occurredAt: now,
      module: 'relocation-plans',
      kind,
      resourceType: 'relocation_plan',
      resourceId: planId,
      data,
      recordedBy: actor.userId,
    });
  const firstRegion = fields.regions[0]?.code ?? null;
  if (!before) await event('relocation_plan.created', { track: fields.track, firstRegion });
  else await event('relocation_plan.updated', { revision, fields: changed.length });
  if (before && before.track !== fields.track)
    await event('relocation_plan.track_changed', { from: before.track, to: fields.track });
  if (fields.plannedArrivalOn && fields.plannedArrivalOn !== before?.plannedArrivalOn)
    await event('relocation_plan.arrival_date_set', { plannedArrivalOn: fields.plannedArrivalOn });
  if (fields.businessCreatedOn && fields.businessCreatedOn !== before?.businessCreatedOn)
    await event('relocation_plan.business_created', { createdOn: fields.businessCreatedOn });

  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: before ? 'relocation_plan.revise' : 'relocation_plan.create',
    resourceType: 'relocation_plan',
    resourceId: planId,
    personId: input.personId,
    requestId: ctx.requestId,
    details: { revision, changedFields: changed, track: fields.track },
  });
  return { id: planId, revision };
});

/** The body checked against the records it names (household members, documents, the place, the NEQ). */
async function checkedFields(
  { trx, now, ctx }: UseCaseScope<Input>,
  input: Input,
  householdMemberIds: string[],
): Promise<PlanFields> {
  const actor = requireActor(ctx);
  if (input.movingMemberIds.some((id) => !householdMemberIds.includes(id)))
    throw relocationPlanErrors.memberNotInHousehold();
  for (const document of input.predepartureDocuments)
    if (
      document.documentId &&
      !(await documentBelongsTo(trx, document.documentId, actor.organizationId, input.personId))
    )
      throw relocationPlanErrors.documentNotOfPerson();
  const placeCode = input.businessPlaceCode ?? null;
  if (placeCode && (await findPlaces(trx, [{ country: 'CA', code: placeCode }])).length === 0)
    throw relocationPlanErrors.placeUnknown();
  let neq: string | null = null;
  if (input.businessNeq?.trim()) {
    const check = checkLegalIdentifier('CA', input.businessNeq);
    if (!check.valid) throw relocationPlanErrors.neqInvalid();
    neq = check.value;
  }
  const createdOn = input.businessCreatedOn ?? null;
  if (createdOn && createdOn > (await organizationsApi(trx).todayOf(actor.organizationId, now)))
    throw relocationPlanErrors.createdInFuture();
  return {
    track: input.track,
    regions: input.regions,
    movingMemberIds: input.movingMemberIds,
    housingTenure: input.housingTenure ?? null,
    housingRooms: input.housingRooms ?? null,
    housingBudgetMinCents: input.housingBudgetMinCents ?? null,
    housingBudgetMaxCents: input.housingBudgetMaxCents ?? null,
    schoolsNeeded: input.schoolsNeeded,
    childcareNeeded: input.childcareNeeded,
    healthNeeds: input.healthNeeds,
    healthNote: input.healthNote || null,
    lifeSettings: input.lifeSettings,
    spouseOccupation: input.spouseOccupation || null,
    spouseSeeksWork: input.spouseSeeksWork ?? null,
    studiesProgram: input.studiesProgram || null,
    studiesInstitution: input.studiesInstitution || null,
    studiesRegionCode: input.studiesRegionCode ?? null,
    abroadCountry: input.abroadCountry ?? null,
    abroadTimeZone: input.abroadTimeZone ?? null,
    plannedArrivalOn: input.plannedArrivalOn ?? null,
    predepartureDocuments: input.predepartureDocuments,
    businessKind: input.businessKind ?? null,
    businessDescription: input.businessDescription || null,
    businessTakeoverOf: input.businessTakeoverOf || null,
    businessPlaceCode: placeCode,
    businessSteps: input.businessSteps,
    businessCreatedOn: createdOn,
    businessNeq: neq,
  };
}
