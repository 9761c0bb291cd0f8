import { z } from 'zod';
import { recordMoveBody } from '../../../contracts/moves.js';
import { onDay } from '../../../core/timeline/timeline.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { recordExitWithin } from '../../outcomes/api.js';
import { currentHouseholdOfPerson } from '../../people/api.js';
import { findPlaces, type PlaceCountry } from '../../places/api.js';
import { enrolmentForExit, enrolmentsOfPeople } from '../../programs/api.js';
import { movesRepository } from '../adapters/moves-repository.js';
import { moveProblems } from '../domain/move-rules.js';
import { moveErrors, moveProblemError } from '../errors.js';
import { moveActor, requirePerson } from './move-access.js';
import { regionOfPlace } from './region-of-place.js';

/**
 * A household's move, recorded on its main contact's file once it happened: the municipality it
 * settled in (its region copied for the figures), housing, what brings its income, who moved. With
 * the program's open enrolment, the move ends it with the exit "moved to a region" in the same
 * transaction, so that the outcomes module asks at 6 and 12 months whether the household still lives
 * there; a move that ends none counts in the program of the person's latest enrolment. The regional partner named is told nothing yet: the hand-off is proposed from the file,
 * under the person's consent.
 */
export const recordMove = defineUseCase(
  recordMoveBody.extend({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = moveActor(ctx, true);
    const person = await requirePerson(trx, actor, input.personId);
    const organizations = organizationsApi(trx);
    const today = await organizations.todayOf(actor.organizationId, now);
    const [place] = await findPlaces(trx, [
      { country: input.destination.country as PlaceCountry, code: input.destination.code },
    ]);
    if (!place) throw moveErrors.placeUnknown();
    const enrolment = input.enrolmentId ? await enrolmentForExit(trx, input.enrolmentId) : undefined;
    if (
      input.enrolmentId &&
      (!enrolment ||
        enrolment.organizationId !== actor.organizationId ||
        enrolment.personId !== person.id ||
        enrolment.status !== 'enrolled')
    )
      throw moveErrors.enrolmentNotOpen();
    if (input.receivingOrganizationId) {
      const receiver = await organizations.findOrganization(input.receivingOrganizationId);
      if (!receiver || receiver.id === actor.organizationId) throw moveErrors.receiverUnknown();
    }
    const household = await currentHouseholdOfPerson(trx, person.id, actor.organizationId);
    const members = [...new Set(input.memberPersonIds.filter((id) => id !== person.id))];
    const [problem] = moveProblems({
      movedOn: input.movedOn,
      today,
      enrolledOn: enrolment?.enrolledOn ?? null,
      memberPersonIds: members,
      householdMemberIds: household?.members.map((m) => m.personId) ?? [],
    });
    if (problem) throw moveProblemError(problem);
    const region = regionOfPlace(place);
    // A move that ends no enrolment (the household moves again) counts in the program it was followed in.
    const programId =
      enrolment?.programId ??
      (await enrolmentsOfPeople(trx, actor.organizationId, [person.id]))[0]?.programId ??
      null;
    const id = newId();
    const exit = enrolment
      ? await recordExitWithin({ trx, now, newId, audit, timeline, requestId: ctx.requestId }, actor, {
          enrolmentId: enrolment.id,
          outcome: 'moved_to_region',
          exitOn: input.movedOn,
          region: region.name,
          evidence: { kind: 'declaration' },
          note: null,
        })
      : null;
    await movesRepository(trx).insert({
      id,
      organization_id: actor.organizationId,
      person_id: person.id,
      household_key: enrolment?.householdKey ?? household?.householdId ?? person.id,
      program_id: programId,
      enrolment_id: enrolment?.id ?? null,
      exit_id: exit?.id ?? null,
      moved_on: input.movedOn,
      destination_country: place.country,
      destination_code: place.code,
      region_country: region.country,
      region_code: region.code,
      region_name: region.name,
      housing: input.housing,
      activity: input.activity,
      activity_note: input.activityNote ?? null,
      member_person_ids: members,
      dependants: input.dependants,
      receiving_organization_id: input.receivingOrganizationId ?? null,
      note: input.note ?? null,
      status: 'recorded',
      recorded_by: actor.userId,
      recorded_at: now,
    });
    for (const personId of [person.id, ...members])
      await timeline.publish({
        ...onDay(input.movedOn),
        organizationId: actor.organizationId,
        personId,
        module: 'moves',
        kind: 'move.recorded',
        resourceType: 'move',
        resourceId: id,
        data: { municipality: place.name, region: region.name },
        recordedBy: actor.userId,
      });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'move.record',
      resourceType: 'move',
      resourceId: id,
      personId: person.id,
      requestId: ctx.requestId,
      details: { members: members.length, dependants: input.dependants, exit: exit !== null },
    });
    return { id, exitId: exit?.id ?? null };
  },
);
