import { z } from 'zod';
import { bestPeopleQuery } from '../../../contracts/matching.js';
import { defineUseCase } from '../../../core/use-case.js';
import { matchableOffer } from '../../offers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { matchingProfiles } from '../../people/api.js';
import { targetOccupationsOf } from '../../plans/api.js';
import { escoIdOf, occupationNamer, occupationRelations } from '../../reference/api.js';
import { matchingRepository } from '../adapters/matching-repository.js';
import { matchScore, rankMatches } from '../domain/match-score.js';
import { matchingErrors } from '../errors.js';
import { criteriaOf, offerFactsCache, personSideOf, placeResolver } from './match-sides.js';
import { CONTACTING_EMPLOYERS, matchingActor } from './matching-access.js';

/** A bound on the caseload one search reads. */
export const MAX_CASELOAD = 20_000;

/**
 * The people of the caller's caseload (the organization's, or only those the caller is referent of)
 * who fit an offer best. Restricted and anonymized files are never considered; a person without a
 * consent in force to contact employers is listed but flagged, so that nobody sends their file. Each
 * person shown is audited as a read of their file.
 */
export const bestPeopleForOffer = defineUseCase(
  bestPeopleQuery.extend({ offerId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = matchingActor(ctx);
    const offer = await matchableOffer(trx, input.offerId, actor.organizationId);
    if (!offer) throw matchingErrors.offerNotFound();
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const repo = matchingRepository(trx);
    const [profiles, targets, wishes, { weights }] = await Promise.all([
      matchingProfiles(
        trx,
        {
          organizationId: actor.organizationId,
          referentUserId: input.mine === 'true' ? actor.userId : undefined,
          limit: MAX_CASELOAD,
        },
        CONTACTING_EMPLOYERS,
        today,
      ),
      targetOccupationsOf(trx, actor.organizationId),
      repo.wishesOfMany(actor.organizationId),
      repo.weightsOf(actor.organizationId),
    ]);
    const relations = occupationRelations();
    const offerFacts = offerFactsCache(relations)(offer);
    const resolvePlace = placeResolver(trx);
    const noLabel = () => undefined;
    const scored = [];
    for (const profile of profiles) {
      const place = await resolvePlace(profile);
      const person = personSideOf(
        relations,
        profile,
        (targets.get(profile.id) ?? []).map(escoIdOf),
        wishes.get(profile.id),
        place,
        noLabel,
      );
      scored.push({
        profile,
        key: profile.id,
        match: matchScore(criteriaOf(offer, offerFacts, person), weights),
      });
    }
    // Scored again for the people shown, their plan's target named in the reader's language.
    const shown = rankMatches(scored, input.limit);
    const labels = await occupationNamer(
      trx,
      shown.flatMap((r) => targets.get(r.profile.id) ?? []),
      input.lang,
    );
    const ranked = [];
    for (const { profile } of shown) {
      const person = personSideOf(
        relations,
        profile,
        (targets.get(profile.id) ?? []).map(escoIdOf),
        wishes.get(profile.id),
        await resolvePlace(profile),
        (id) => labels(id, profile.sex ?? undefined),
      );
      ranked.push({ profile, match: matchScore(criteriaOf(offer, offerFacts, person), weights) });
    }
    for (const { profile } of ranked)
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: actor.organizationId,
        action: 'matching.best_people_read',
        resourceType: 'job_offer',
        resourceId: offer.id,
        personId: profile.id,
        requestId: ctx.requestId,
        details: { considered: profiles.length },
      });
    return {
      offerId: offer.id,
      considered: profiles.length,
      items: ranked.map(({ profile, match }) => ({
        person: { id: profile.id, givenName: profile.givenName, familyName: profile.familyName },
        contactingEmployersConsent: profile.consentInForce,
        ...match,
      })),
    };
  },
);
