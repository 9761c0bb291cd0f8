import { z } from 'zod';
import { bestOffersQuery } from '../../../contracts/matching.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary } from '../../employers/api.js';
import { candidateOffers } from '../../offers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { targetOccupationsOf } from '../../plans/api.js';
import { escoIdOf, occupationNamer, occupationRelations } from '../../reference/api.js';
import { matchingRepository } from '../adapters/matching-repository.js';
import { matchScore, rankMatches } from '../domain/match-score.js';
import { criteriaOf, offerFactsCache, personSideOf, placeResolver } from './match-sides.js';
import { matchingActor, requireProfile } from './matching-access.js';

/** Past this many candidates the nearest are scored: a bound on the work of one search. */
export const MAX_CANDIDATE_OFFERS = 500;

/** Degrees of latitude and longitude around a point that hold a circle of `km`. */
export function boxAround(point: { latitude: number; longitude: number }, km: number) {
  const dLat = km / 111.2;
  const dLon = km / (111.2 * Math.max(0.05, Math.cos((point.latitude * Math.PI) / 180)));
  return {
    ...point,
    south: point.latitude - dLat,
    north: point.latitude + dLat,
    west: point.longitude - dLon,
    east: point.longitude + dLon,
  };
}

/**
 * The open offers of the caller's organization that fit a person best. The person's occupations (the
 * plan's target, past jobs) choose the candidates by ISCO minor group and related ESCO occupations, their
 * mobility a box twice as wide as the radius (beyond it the distance criterion gives nothing); then each
 * candidate is scored on every criterion with the organization's weights. Audited as a read of the file.
 */
export const bestOffersForPerson = defineUseCase(
  bestOffersQuery.extend({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = matchingActor(ctx);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const profile = await requireProfile(trx, actor, input.personId, today);
    const repo = matchingRepository(trx);
    const [targets, wishes, { weights }] = await Promise.all([
      targetOccupationsOf(trx, actor.organizationId, [input.personId]),
      repo.wishesOf(input.personId),
      repo.weightsOf(actor.organizationId),
    ]);
    const targetIds = (targets.get(input.personId) ?? []).map(escoIdOf);
    const place = await placeResolver(trx)(profile);
    const labels = await occupationNamer(trx, targetIds, input.lang);
    const relations = occupationRelations();
    const person = personSideOf(relations, profile, targetIds, wishes, place, (id) =>
      labels(id, profile.sex ?? undefined),
    );

    const escoIds = new Set<string>();
    const minorGroups = new Set<string>();
    for (const occupation of person.occupations) {
      if (occupation.escoId) for (const id of relations.related(occupation.escoId)) escoIds.add(id);
      if (occupation.iscoCode && occupation.iscoCode.length >= 3)
        minorGroups.add(occupation.iscoCode.slice(0, 3));
    }
    // Occupations of the minor groups already asked for need not be named one by one.
    for (const id of escoIds) {
      const isco = relations.facts(id).iscoCode;
      if (isco && minorGroups.has(isco.slice(0, 3))) escoIds.delete(id);
    }
    const candidates = await candidateOffers(trx, {
      organizationId: actor.organizationId,
      today,
      iscoMinorGroups: [...minorGroups],
      escoIds: [...escoIds],
      box: person.coordinates ? boxAround(person.coordinates, 2 * Math.max(person.mobility.km, 1)) : null,
      limit: MAX_CANDIDATE_OFFERS,
    });
    const factsOf = offerFactsCache(relations);
    const ranked = rankMatches(
      candidates.map((offer) => ({
        offer,
        key: offer.id,
        match: matchScore(criteriaOf(offer, factsOf(offer), person), weights),
      })),
      input.limit,
    );

    const offerLabels = await occupationNamer(
      trx,
      ranked.map((r) => r.offer.escoId),
      input.lang,
    );
    const employers = new Map<string, string>();
    for (const employerId of new Set(ranked.map((r) => r.offer.employerId)))
      employers.set(employerId, (await employerSummary(trx, employerId, actor.organizationId))?.name ?? '');
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'matching.best_offers_read',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { candidates: candidates.length, shown: ranked.length },
    });
    return {
      personId: input.personId,
      placeName: person.placeName,
      mobility: person.mobility,
      candidates: candidates.length,
      items: ranked.map(({ offer, match }) => ({
        offer: {
          id: offer.id,
          title: offer.title,
          employer: { id: offer.employerId, name: employers.get(offer.employerId) ?? '' },
          placeName: offer.placeName,
          contractType: offer.contractType,
          workingTime: offer.workingTime,
          hoursPerWeek: offer.hoursPerWeek,
          occupationLabel: offerLabels(offer.escoId) ?? null,
        },
        ...match,
      })),
    };
  },
);
