import { type ContractType, contractTypesByCountry } from '../../offers/domain/contract-types.js';
import { missingSignatures } from './immersion-status.js';
import type { ImmersionOutcome, Signatory } from './vocabulary.js';

/** One reason a change is refused, with the field it concerns (the contract's path). */
export interface Refusal {
  code: string;
  path: string;
}

/** The dates and hours of a new immersion: the last day not before the first, hours that fit the days. */
export function scheduleRefusals(input: {
  startsOn: string;
  endsOn: string;
  plannedHours: number;
}): Refusal[] {
  const refusals: Refusal[] = [];
  if (input.endsOn < input.startsOn) refusals.push({ code: 'ends_before_start', path: 'body.endsOn' });
  else if (input.plannedHours > daysBetween(input.startsOn, input.endsOn) * 24)
    refusals.push({ code: 'hours_exceed_days', path: 'body.plannedHours' });
  return refusals;
}

/** Days from the first to the last, both included. */
export function daysBetween(first: string, last: string): number {
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;
}

export interface MissedHoursFacts {
  startsOn: string;
  endsOn: string;
  plannedHours: number;
  /** Minutes already recorded as missed. */
  missedMinutes: number;
  assessed: boolean;
  today: string;
}

/**
 * Missed hours are recorded on a day of the immersion that has come, and all of them together never
 * exceed the planned hours. An assessed immersion is closed: its assessment counted them.
 */
export function missedHoursRefusals(
  facts: MissedHoursFacts,
  entry: { onDay: string; minutes: number },
): Refusal[] {
  if (facts.assessed) return [{ code: 'assessed', path: 'body' }];
  const refusals: Refusal[] = [];
  if (entry.onDay < facts.startsOn || entry.onDay > facts.endsOn)
    refusals.push({ code: 'day_outside_immersion', path: 'body.onDay' });
  else if (entry.onDay > facts.today) refusals.push({ code: 'day_in_future', path: 'body.onDay' });
  if (facts.missedMinutes + entry.minutes > facts.plannedHours * 60)
    refusals.push({ code: 'more_than_planned', path: 'body.hours' });
  return refusals;
}

export interface AssessmentFacts {
  startsOn: string;
  endsOn: string;
  plannedHours: number;
  missedMinutes: number;
  signed: readonly Signatory[];
  assessed: boolean;
  country: 'FR' | 'US' | 'CA';
  today: string;
}

export interface Assessment {
  outcome: ImmersionOutcome;
  assessedOn: string;
  endedWithJobOffer: boolean;
  jobContractType: ContractType | null;
}

/**
 * An end assessment that holds together:
 * - once, and dated between the first day and today;
 * - `completed`: every signature, the last day reached, no hour missed;
 * - `partially_completed`: every signature, some hours missed but not all of them;
 * - `did_not_show`: no job offer from an immersion that never began;
 * - a job offer names its contract type, one of the employer's country; no offer, no contract type.
 */
export function assessmentRefusals(facts: AssessmentFacts, assessment: Assessment): Refusal[] {
  if (facts.assessed) return [{ code: 'already_assessed', path: 'body' }];
  const refusals: Refusal[] = [];
  if (assessment.assessedOn < facts.startsOn)
    refusals.push({ code: 'assessed_before_start', path: 'body.assessedOn' });
  else if (assessment.assessedOn > facts.today)
    refusals.push({ code: 'assessed_in_future', path: 'body.assessedOn' });
  const unsigned = missingSignatures(facts.signed).length > 0;
  if (assessment.outcome === 'completed') {
    if (unsigned) refusals.push({ code: 'not_signed', path: 'body.outcome' });
    if (assessment.assessedOn < facts.endsOn)
      refusals.push({ code: 'completed_before_end', path: 'body.assessedOn' });
    if (facts.missedMinutes > 0) refusals.push({ code: 'completed_with_missed_hours', path: 'body.outcome' });
  }
  if (assessment.outcome === 'partially_completed') {
    if (unsigned) refusals.push({ code: 'not_signed', path: 'body.outcome' });
    if (facts.missedMinutes === 0)
      refusals.push({ code: 'partial_without_missed_hours', path: 'body.outcome' });
    if (facts.missedMinutes >= facts.plannedHours * 60)
      refusals.push({ code: 'partial_with_every_hour_missed', path: 'body.outcome' });
  }
  if (assessment.outcome === 'did_not_show' && assessment.endedWithJobOffer)
    refusals.push({ code: 'job_offer_without_immersion', path: 'body.endedWithJobOffer' });
  if (assessment.endedWithJobOffer) {
    if (!assessment.jobContractType)
      refusals.push({ code: 'job_offer_without_contract_type', path: 'body.jobContractType' });
    else if (!contractTypesByCountry[facts.country].includes(assessment.jobContractType))
      refusals.push({ code: 'contract_type_of_another_country', path: 'body.jobContractType' });
  } else if (assessment.jobContractType)
    refusals.push({ code: 'contract_type_without_job_offer', path: 'body.jobContractType' });
  return refusals;
}

/** A signature is recorded once per signatory, never on an assessed immersion, never in the future. */
export function signatureRefusals(
  facts: { signed: readonly Signatory[]; assessed: boolean },
  signature: { signatory: Signatory; signedAt: Date },
  now: Date,
): Refusal[] {
  if (facts.assessed) return [{ code: 'assessed', path: 'body' }];
  const refusals: Refusal[] = [];
  if (facts.signed.includes(signature.signatory))
    refusals.push({ code: 'already_signed', path: 'body.signatory' });
  if (signature.signedAt.getTime() > now.getTime() + 5 * 60_000)
    refusals.push({ code: 'signed_in_future', path: 'body.signedAt' });
  return refusals;
}
