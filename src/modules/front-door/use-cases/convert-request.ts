import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { dayInZone } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { registerFromFrontDoor } from '../../people/api.js';
import { findPlaces, type PlaceCountry } from '../../places/api.js';
import { frontDoorRepository } from '../adapters/front-door-repository.js';
import { frontDoorErrors } from '../errors.js';
import { queueRoles, requireOpen, visibleRequest, worksOnRequest } from './request-access.js';

/**
 * The member the request is assigned to opens the person's file from it: the identity and contacts
 * they gave, their language, the household they named as the file's dependants, and the consent they
 * gave on the day they asked. The request is linked to the file, and the file's timeline says so.
 */
export const convertFrontDoorRequest = defineUseCase(
  z.object({ requestId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, queueRoles);
    const request = await visibleRequest(trx, actor, input.requestId, true);
    requireOpen(request);
    if (!worksOnRequest(actor, request)) throw frontDoorErrors.requestNotAssigned();
    if (request.anonymizedAt !== null || request.givenName === null) throw frontDoorErrors.noContactForFile();
    const timeZone = await organizationsApi(trx).timeZoneOf(actor.organizationId);
    // A municipality picked from the list is named from the reference data; a city abroad as typed.
    const [place] = request.residencePlaceCode
      ? await findPlaces(trx, [
          { country: request.residenceCountry as PlaceCountry, code: request.residencePlaceCode },
        ])
      : [];
    const person = await registerFromFrontDoor(
      { trx, now, newId, audit, timeline, requestId: ctx.requestId },
      {
        organizationId: actor.organizationId,
        givenName: request.givenName,
        familyName: request.familyName ?? '',
        email: request.email,
        phone: request.phone,
        preferredLanguage: request.language,
        householdMembers: (request.household ?? []).map((member) => ({
          relation: member.relation as 'spouse' | 'child' | 'parent' | 'sibling' | 'other',
          givenName: member.givenName,
          birthYear: member.birthYear,
        })),
        // What they typed (the label of what they picked when they typed nothing): a past job of the file.
        formerOccupation:
          request.occupation !== null ? { label: request.occupation, escoId: request.occupationCode } : null,
        residence: {
          city: place?.name ?? request.residenceCity,
          region: place?.region.name ?? null,
          country: request.residenceCountry,
        },
        consentGivenOn: dayInZone(request.consentGivenAt, timeZone),
        acceptedBy: actor.userId,
      },
    );
    await frontDoorRepository(trx).convert(request.id, request.organizationId, {
      personId: person.id,
      userId: actor.userId,
      now,
    });
    await timeline.publish({
      organizationId: actor.organizationId,
      personId: person.id,
      occurredAt: request.receivedAt,
      module: 'front-door',
      kind: 'front_door.request_linked',
      resourceType: 'front_door_request',
      resourceId: request.id,
      data: { householdSize: request.householdSize, language: request.language },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: request.organizationId,
      action: 'front_door.request_convert',
      resourceType: 'front_door_request',
      resourceId: request.id,
      personId: person.id,
      requestId: ctx.requestId,
      details: { household: (request.household ?? []).length },
    });
    return { personId: person.id };
  },
);
