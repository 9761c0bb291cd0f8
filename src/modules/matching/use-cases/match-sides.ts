import type { Executor } from '../../../core/db/types.js';
import type { CandidateOffer } from '../../offers/api.js';
import type { MatchingProfileRow } from '../../people/api.js';
import {
  type Coordinates,
  distanceBetween,
  type PlaceCountry,
  placeCountries,
  resolvePlace,
} from '../../places/api.js';
import { escoIdOf, type occupationRelations } from '../../reference/api.js';
import type { JobWishes } from '../adapters/matching-repository.js';
import type { CriterionOutcome } from '../domain/criteria.js';
import { type LanguageLevel, languageFit } from '../domain/language-fit.js';
import type { OccupationFacts, PersonOccupation } from '../domain/occupation-fit.js';
import { occupationFit } from '../domain/occupation-fit.js';
import { distanceFit, hoursFit, type Mobility } from '../domain/practical-fit.js';
import {
  contractWishFit,
  credentialFileFit,
  foldedSkillsFit,
  type HeldCredential,
  heldCredentialsFor,
  type JobSearchWishes,
} from '../domain/wishes-fit.js';

/** A person who said nothing of their mobility is assumed to travel this far (said so in the reason). */
export const ASSUMED_MOBILITY_KM = 30;

/** The person's side of every criterion, resolved once and compared with many offers. */
export interface PersonSide {
  occupations: PersonOccupation[];
  languages: LanguageLevel[];
  wishes: JobSearchWishes;
  skills: readonly string[];
  credentials: readonly HeldCredential[];
  mobility: Mobility;
  coordinates: Coordinates | null;
  placeName: string | null;
}

type Relations = ReturnType<typeof occupationRelations>;

function factsOf(relations: Relations, escoId: string | null, iscoCode: string | null, label: string | null) {
  if (escoId) {
    const facts = relations.facts(escoIdOf(escoId));
    return { ...facts, iscoCode: facts.iscoCode ?? iscoCode, label };
  }
  return { escoId: null, iscoCode, broaderIds: [], crosswalkCodes: [], label };
}

export function personSideOf(
  relations: Relations,
  profile: Pick<MatchingProfileRow, 'languages' | 'experience'>,
  targets: readonly string[],
  wishes: JobWishes | undefined,
  place: { coordinates: Coordinates; name: string } | null,
  labelOf: (escoId: string) => string | undefined,
): PersonSide {
  const occupations: PersonOccupation[] = [
    ...targets.map((id) => ({
      ...factsOf(relations, id, null, labelOf(id) ?? null),
      source: 'plan_target' as const,
    })),
    ...profile.experience
      .filter((x) => x.escoId)
      .map((x) => ({ ...factsOf(relations, x.escoId, null, x.label), source: 'experience' as const })),
  ];
  return {
    occupations,
    languages: profile.languages.map((l) => ({
      language: l.language,
      scale: l.scale,
      level: l.level,
      skill: (l.skill as LanguageLevel['skill']) ?? null,
    })),
    wishes: {
      contractTypes: wishes?.contractTypes ?? [],
      workingTime: wishes?.workingTime ?? null,
      minHoursPerWeek: wishes?.minHoursPerWeek ?? null,
      maxHoursPerWeek: wishes?.maxHoursPerWeek ?? null,
    },
    skills: wishes?.skills ?? [],
    credentials: wishes?.credentials ?? [],
    mobility:
      wishes?.mobilityKm != null
        ? { km: wishes.mobilityKm, assumed: false }
        : { km: ASSUMED_MOBILITY_KM, assumed: true },
    coordinates: place?.coordinates ?? null,
    placeName: place?.name ?? null,
  };
}

/** Facts of an offer's occupation, memoized: many offers share one. */
export function offerFactsCache(relations: Relations) {
  const cache = new Map<string, OccupationFacts | null>();
  return (offer: Pick<CandidateOffer, 'escoId' | 'iscoCode'>): OccupationFacts | null => {
    const key = `${offer.escoId ?? ''}|${offer.iscoCode ?? ''}`;
    let facts = cache.get(key);
    if (facts === undefined) {
      facts = offer.escoId || offer.iscoCode ? factsOf(relations, offer.escoId, offer.iscoCode, null) : null;
      cache.set(key, facts);
    }
    return facts;
  };
}

export function criteriaOf(
  offer: CandidateOffer,
  offerFacts: OccupationFacts | null,
  person: PersonSide,
): CriterionOutcome[] {
  const distanceKm =
    person.coordinates && offer.latitude !== null && offer.longitude !== null
      ? distanceBetween(person.coordinates, { latitude: offer.latitude, longitude: offer.longitude })
      : null;
  return [
    occupationFit(offerFacts, person.occupations),
    foldedSkillsFit(offer.skills, person.skills),
    languageFit(offer.language, person.languages),
    distanceFit({ remote: offer.remote, distanceKm }, person.mobility),
    contractWishFit({ contractType: offer.contractType, workingTime: offer.workingTime }, person.wishes),
    hoursFit(offer.hoursPerWeek, person.wishes),
    credentialFileFit(
      offer.requiredCredentials,
      heldCredentialsFor(offer.requiredCredentials, person.credentials),
    ),
  ];
}

/**
 * The place a person's address designates (their town, in their region and country), resolved offline
 * once per distinct address: a caseload shares a few towns.
 */
export function placeResolver(db: Executor) {
  const cache = new Map<string, Promise<{ coordinates: Coordinates; name: string } | null>>();
  return (address: { city: string | null; region: string | null; country: string | null }) => {
    const country = address.country?.toUpperCase() ?? '';
    if (!address.city || !(placeCountries as readonly string[]).includes(country))
      return Promise.resolve(null);
    const key = `${country}|${address.region ?? ''}|${address.city}`;
    let found = cache.get(key);
    if (!found) {
      found = resolvePlace(db, {
        country: country as PlaceCountry,
        city: address.city,
        region: address.region ?? undefined,
      }).then((resolution) =>
        resolution.status === 'found'
          ? {
              coordinates: { latitude: resolution.place.latitude, longitude: resolution.place.longitude },
              name: resolution.place.name,
            }
          : null,
      );
      cache.set(key, found);
    }
    return found;
  };
}
