import { z } from 'zod';
import { frontDoorConsentTextVersion, frontDoorRequestBody } from '../../../contracts/front-door.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { peopleErrors } from '../../people/errors.js';
import { findPlaces } from '../../places/api.js';
import { occupationTitles } from '../../reference/api.js';
import { frontDoorRepository } from '../adapters/front-door-repository.js';
import { sealRequestStatus } from '../adapters/sealed-status.js';
import { proposeOrganization } from '../domain/routing.js';
import { repeatWindowDays } from '../domain/vocabulary.js';
import { frontDoorErrors } from '../errors.js';
import { memberLoads } from './member-loads.js';

const dayMs = 86_400_000;
/** A phone compared without its spaces, dots, dashes and brackets: the same number typed twice matches. */
export const normalizedPhone = (phone: string) => phone.replace(/[\s().-]/g, '');

/**
 * Anyone asks for accompaniment at a program's front door. The answer is the same whether the person
 * asked before or not: a repeat within 30 days (same e-mail or phone, same consortium) is counted on
 * the first request and queued no second time; a filled honeypot (robots) is answered alike and
 * dropped. The request lands in the consortium's queue with the member the routing rules propose.
 * Nothing of what the person wrote reaches the audit log or the logs.
 */
export const submitFrontDoorRequest = defineUseCase(
  z.object({ slug: z.string(), body: frontDoorRequestBody }),
  async ({ input, ctx, trx, now, newId, audit, deps }) => {
    const received = { status: 'received' as const };
    const repo = frontDoorRepository(trx);
    const door = await repo.doorBySlug(input.slug);
    if (!door?.open) throw frontDoorErrors.frontDoorNotFound();
    const body = input.body;
    if (body.website) return received;

    const email = body.email?.toLowerCase() ?? null;
    const phone = body.phone ? normalizedPhone(body.phone) : null;
    const repeat = await repo.findRepeat(
      door.consortiumId,
      email,
      phone,
      new Date(now.getTime() - repeatWindowDays * dayMs),
    );
    if (repeat) {
      await repo.countRepeat(repeat.id, repeat.organizationId, now);
      await audit.record({
        actorUserId: null,
        organizationId: null,
        subjectOrganizationId: door.organizationId,
        action: 'front_door.request_repeat',
        resourceType: 'front_door_request',
        resourceId: repeat.id,
        requestId: ctx.requestId,
        details: { programId: door.programId },
      });
      return received;
    }

    let placeCode: string | null = null;
    let regionCode: string | null = null;
    let city = body.residence.city ?? null;
    if (body.residence.country === 'CA' && body.residence.placeCode) {
      const [place] = await findPlaces(trx, [{ country: 'CA', code: body.residence.placeCode }]);
      if (!place) throw frontDoorErrors.placeNotFound();
      placeCode = place.code;
      regionCode = place.region.code === 'QC' ? (place.district?.code ?? null) : null;
      city = place.name;
    }

    // A code picked among the suggestions is an ESCO occupation; what the person typed stays as written.
    let occupation = body.occupation ?? null;
    if (body.occupationCode) {
      const [picked] = await occupationTitles(
        trx,
        [{ scheme: 'esco', code: body.occupationCode }],
        body.language,
      );
      if (!picked?.title) throw frontDoorErrors.occupationNotFound();
      occupation ??= picked.title;
    }

    const id = newId();
    let sealedStatus: string | null = null;
    if (body.status) {
      if (!deps.keyRing) throw peopleErrors.encryptionNotConfigured();
      sealedStatus = sealRequestStatus(deps.keyRing, id, body.status);
    }
    const withChildren = body.household.some((member) => member.relation === 'child');
    const languages = [...new Set([body.language, ...body.languages.map((l) => l.code)])];
    const loads = await memberLoads(
      trx,
      door.programId,
      door.receivingOrganizationIds,
      await organizationsApi(trx).todayOf(door.organizationId, now),
    );
    const proposal = proposeOrganization(
      {
        languages,
        status: body.status ?? null,
        residenceCountry: body.residence.country,
        residenceRegionCode: regionCode,
        withChildren,
      },
      door.rules,
      loads,
    );
    await repo.insertRequest({
      id,
      organizationId: door.organizationId,
      programId: door.programId,
      consortiumId: door.consortiumId,
      language: body.language,
      givenName: body.givenName,
      familyName: body.familyName ?? null,
      birthYear: body.birthYear ?? null,
      email,
      phone,
      residenceCountry: body.residence.country,
      residencePlaceCode: placeCode,
      residenceRegionCode: regionCode,
      residenceCity: city,
      sealedStatus,
      languages: body.languages,
      occupation,
      occupationCode: body.occupationCode ?? null,
      regionsSought: body.anyRegion ? [] : body.regionsSought,
      anyRegion: body.anyRegion,
      communityKinds: body.communityKinds,
      communityNeeds: body.communityNeeds,
      household: body.household.map((m) => ({
        relation: m.relation,
        givenName: m.givenName ?? null,
        birthYear: m.birthYear,
      })),
      householdSize: 1 + body.household.length,
      withChildren,
      message: body.message ?? null,
      consentTextVersion: `${frontDoorConsentTextVersion}:${body.language}`,
      proposedOrganizationId: proposal?.organizationId ?? null,
      proposalReason: proposal?.reason ?? null,
      now,
    });
    await audit.record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: door.organizationId,
      action: 'front_door.request_receive',
      resourceType: 'front_door_request',
      resourceId: id,
      requestId: ctx.requestId,
      details: {
        programId: door.programId,
        householdSize: 1 + body.household.length,
        proposal: proposal?.reason.kind ?? null,
        statusGiven: body.status !== undefined,
      },
    });
    return received;
  },
);
