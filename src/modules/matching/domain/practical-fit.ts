import type { CriterionOutcome } from './criteria.js';

/**
 * The practical criteria: how far the job is against how far the person can travel, the kind of
 * contract and the hours against their wishes, the licences and credentials it requires, and the skills
 * it lists. Each is a pure function of already-resolved facts (distances come from the places module).
 */

export interface Mobility {
  /** How far the person can travel to work, in km; `assumed` when it is the organization's default. */
  km: number;
  assumed: boolean;
}

/** Full fit up to the person's radius, then falling from 0.75 at the radius to 0 at twice the radius. */
export function distanceFit(
  offer: { remote: boolean; distanceKm: number | null },
  mobility: Mobility | null,
): CriterionOutcome {
  if (offer.remote) return { criterion: 'distance', fit: 1, reason: 'distance_remote', params: {} };
  if (offer.distanceKm === null || !mobility)
    return { criterion: 'distance', fit: null, reason: 'distance_unknown', params: {} };
  const km = Math.round(offer.distanceKm);
  const params = { km, mobilityKm: mobility.km, assumed: mobility.assumed };
  const radius = Math.max(mobility.km, 1);
  const ratio = offer.distanceKm / radius;
  if (ratio <= 1) return { criterion: 'distance', fit: 1 - 0.25 * ratio, reason: 'distance_within', params };
  if (ratio < 2) return { criterion: 'distance', fit: 0.75 * (2 - ratio), reason: 'distance_beyond', params };
  return { criterion: 'distance', fit: 0, reason: 'distance_too_far', params };
}

export interface WorkWishes {
  /** Contract types the person accepts; empty when they did not say. */
  contractTypes: readonly string[];
  minHoursPerWeek: number | null;
  maxHoursPerWeek: number | null;
}

export function contractFit(contractType: string | null, wishes: WorkWishes | null): CriterionOutcome {
  if (!contractType) return { criterion: 'contract', notApplicable: true };
  if (!wishes || wishes.contractTypes.length === 0)
    return { criterion: 'contract', fit: null, reason: 'contract_wish_unknown', params: { contractType } };
  return wishes.contractTypes.includes(contractType)
    ? { criterion: 'contract', fit: 1, reason: 'contract_wished', params: { contractType } }
    : { criterion: 'contract', fit: 0.25, reason: 'contract_not_wished', params: { contractType } };
}

/** Within the wished range fits; each hour outside it costs a tenth. */
export function hoursFit(hoursPerWeek: number | null, wishes: WorkWishes | null): CriterionOutcome {
  if (hoursPerWeek === null) return { criterion: 'hours', notApplicable: true };
  const min = wishes?.minHoursPerWeek ?? null;
  const max = wishes?.maxHoursPerWeek ?? null;
  if (min === null && max === null)
    return { criterion: 'hours', fit: null, reason: 'hours_wish_unknown', params: { hours: hoursPerWeek } };
  const params = { hours: hoursPerWeek, min: min ?? 0, max: max ?? 0 };
  const gap =
    min !== null && hoursPerWeek < min
      ? min - hoursPerWeek
      : max !== null && hoursPerWeek > max
        ? hoursPerWeek - max
        : 0;
  if (gap === 0) return { criterion: 'hours', fit: 1, reason: 'hours_within', params };
  return {
    criterion: 'hours',
    fit: Math.max(0, 1 - gap / 10),
    reason: hoursPerWeek < (min ?? 0) ? 'hours_fewer' : 'hours_more',
    params,
  };
}

export type CredentialStatus = 'held' | 'in_progress';

/** Each required credential held counts 1, one being obtained (recognition, exam booked) counts half. */
export function credentialFit(
  required: readonly { code: string; label: string }[],
  held: ReadonlyMap<string, CredentialStatus>,
): CriterionOutcome {
  if (required.length === 0) return { criterion: 'credential', notApplicable: true };
  let total = 0;
  const missing: string[] = [];
  const inProgress: string[] = [];
  for (const credential of required) {
    const status = held.get(credential.code);
    if (status === 'held') total += 1;
    else if (status === 'in_progress') {
      total += 0.5;
      inProgress.push(credential.label);
    } else missing.push(credential.label);
  }
  const fit = total / required.length;
  const reason =
    fit === 1 ? 'credential_held' : missing.length === 0 ? 'credential_in_progress' : 'credential_missing';
  return {
    criterion: 'credential',
    fit,
    reason,
    params: { missing: missing.join(', '), inProgress: inProgress.join(', '), required: required.length },
  };
}

/** The share of the skills the offer lists that the person's file shows. */
export function skillsFit(required: readonly string[], personSkills: readonly string[]): CriterionOutcome {
  const wanted = [...new Set(required)];
  if (wanted.length === 0) return { criterion: 'skills', notApplicable: true };
  if (personSkills.length === 0)
    return { criterion: 'skills', fit: null, reason: 'skills_unknown', params: { required: wanted.length } };
  const has = new Set(personSkills);
  const covered = wanted.filter((skill) => has.has(skill)).length;
  return {
    criterion: 'skills',
    fit: covered / wanted.length,
    reason: 'skills_covered',
    params: { covered, required: wanted.length },
  };
}
