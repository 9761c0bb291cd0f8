import type { CriterionOutcome } from './criteria.js';
import { contractFit, credentialFit, skillsFit, type WorkWishes } from './practical-fit.js';

export type WorkingTime = 'full_time' | 'part_time';

export interface JobSearchWishes extends WorkWishes {
  workingTime: WorkingTime | null;
}

/**
 * The contract criterion with the working time the person looks for: the right contract at the other
 * working time is half a fit; without a contract wish, the working time alone decides.
 */
export function contractWishFit(
  offer: { contractType: string | null; workingTime: WorkingTime },
  wishes: JobSearchWishes | null,
): CriterionOutcome {
  const outcome = contractFit(offer.contractType, wishes);
  const wished = wishes?.workingTime ?? null;
  if (!('fit' in outcome) || wished === null) return outcome;
  const params = { ...outcome.params, workingTime: offer.workingTime };
  if (wished === offer.workingTime)
    return outcome.fit === null ? { ...outcome, fit: 1, reason: 'working_time_wished', params } : outcome;
  if (outcome.fit === null) return { ...outcome, fit: 0.5, reason: 'working_time_not_wished', params };
  if (outcome.fit === 1)
    return { ...outcome, fit: 0.5, reason: 'contract_wished_other_working_time', params };
  return outcome;
}

/** A licence or credential the person holds, or is working toward, as they name it. */
export interface HeldCredential {
  label: string;
  status: 'held' | 'in_progress';
}

/** Words compared without case, accents or extra spaces ("Permis B" is "permis b"). */
export function foldTerm(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * What the person holds of each credential an offer requires, keyed by the offer's code: one of theirs
 * counts when its name, folded, is the required one's code or label. Held beats under way.
 */
export function heldCredentialsFor(
  required: readonly { code: string; label: string }[],
  held: readonly HeldCredential[],
): Map<string, HeldCredential['status']> {
  const byName = new Map<string, HeldCredential['status']>();
  for (const credential of held) {
    const name = foldTerm(credential.label);
    if (byName.get(name) !== 'held') byName.set(name, credential.status);
  }
  const found = new Map<string, HeldCredential['status']>();
  for (const credential of required) {
    const status = byName.get(foldTerm(credential.code)) ?? byName.get(foldTerm(credential.label));
    if (status) found.set(credential.code, status);
  }
  return found;
}

/** The skills criterion on folded words: "Soudure TIG" in the offer is "soudure tig" in the file. */
export function foldedSkillsFit(
  required: readonly string[],
  personSkills: readonly string[],
): CriterionOutcome {
  return skillsFit(required.map(foldTerm), personSkills.map(foldTerm));
}

/**
 * The credential criterion when the file may say nothing of credentials: nothing recorded is unknown
 * (neutral), not "missing" — a counselor has not asked yet.
 */
export function credentialFileFit(
  required: readonly { code: string; label: string }[],
  held: ReadonlyMap<string, 'held' | 'in_progress'>,
): CriterionOutcome {
  if (required.length > 0 && held.size === 0)
    return {
      criterion: 'credential',
      fit: null,
      reason: 'credential_unknown',
      params: { required: required.length },
    };
  return credentialFit(required, held);
}

/** Every reason code the criteria give, for the web app's wording (one per code in each language). */
export const matchReasonCodes = [
  'occupation_unknown',
  'occupation_same',
  'occupation_hierarchy',
  'occupation_crosswalk',
  'occupation_isco_unit_group',
  'occupation_isco_minor_group',
  'occupation_unrelated',
  'skills_unknown',
  'skills_covered',
  'language_level_unknown',
  'language_meets',
  'language_nearly',
  'language_below',
  'distance_remote',
  'distance_unknown',
  'distance_within',
  'distance_beyond',
  'distance_too_far',
  'contract_wish_unknown',
  'contract_wished',
  'contract_not_wished',
  'contract_wished_other_working_time',
  'working_time_wished',
  'working_time_not_wished',
  'hours_wish_unknown',
  'hours_within',
  'hours_fewer',
  'hours_more',
  'credential_unknown',
  'credential_held',
  'credential_in_progress',
  'credential_missing',
] as const;
export type MatchReasonCode = (typeof matchReasonCodes)[number];
