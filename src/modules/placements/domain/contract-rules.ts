import { addMonths } from '../../../core/calendar.js';
import {
  type ContractType,
  contractTypeAllowedIn,
  fixedTermContracts,
  openEndedContracts,
} from '../../offers/domain/contract-types.js';
import type { PayPeriod } from '../../offers/domain/pay.js';

/**
 * The rules of a work contract's dates, pure. The contract's end is its planned end as the latest
 * renewal moved it, or the day it ended early. A suspension (an immersion, a sick leave) does not move
 * the term: French law says so of fixed-term contracts (Code du travail L1243-6) and the SIAE's
 * insertion contracts follow it; the days suspended are simply not worked.
 *
 * Legal limits checked (France): a CDD lasts at most 18 months renewals included, renewed at most twice
 * (L1242-8, L1243-13); an SIAE insertion contract at most 24 months renewals included (L5132-5 …);
 * an apprenticeship at most 3 years. Other countries' contracts have no statutory length here.
 */

export interface ContractDates {
  contractType: ContractType;
  startsOn: string;
  plannedEndOn: string | null;
  /** In any order; each moves the planned end later. */
  renewals: readonly { newEndOn: string; decidedOn: string }[];
  suspensions: readonly { fromOn: string; toOn: string }[];
  endedEarlyOn: string | null;
}

export type ContractState = 'not_started' | 'running' | 'suspended' | 'ended';

const dayMs = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / dayMs;

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * dayMs).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (negative when `to` is before). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** The term the contract runs to, renewals included (null for an open-ended contract). */
export function plannedEndAfterRenewals(contract: ContractDates): string | null {
  let end = contract.plannedEndOn;
  for (const renewal of contract.renewals) if (end === null || renewal.newEndOn > end) end = renewal.newEndOn;
  return end;
}

/** The last day of the contract: the day it ended early, or its term after renewals; null when open-ended. */
export function contractEnd(contract: ContractDates): string | null {
  const planned = plannedEndAfterRenewals(contract);
  if (contract.endedEarlyOn !== null && (planned === null || contract.endedEarlyOn < planned))
    return contract.endedEarlyOn;
  return planned;
}

export function contractStateOn(contract: ContractDates, day: string): ContractState {
  if (day < contract.startsOn) return 'not_started';
  const end = contractEnd(contract);
  if (end !== null && day > end) return 'ended';
  if (contract.suspensions.some((s) => s.fromOn <= day && day <= s.toOn)) return 'suspended';
  return 'running';
}

export interface EndAlert {
  endsOn: string;
  daysLeft: number;
}

/**
 * A contract that will reach its term within `windowDays` of today (today and the term included):
 * the referent must prepare what comes next. An open-ended contract, one ended early or one already
 * over never alerts.
 */
export function endAlert(contract: ContractDates, today: string, windowDays: number): EndAlert | null {
  if (contract.endedEarlyOn !== null) return null;
  const endsOn = plannedEndAfterRenewals(contract);
  if (endsOn === null || endsOn < today) return null;
  const daysLeft = daysBetween(today, endsOn);
  return daysLeft <= windowDays ? { endsOn, daysLeft } : null;
}

/** Which of these contracts end within the window, the soonest first. */
export function contractsEndingWithin<C extends ContractDates>(
  contracts: readonly C[],
  today: string,
  windowDays: number,
): (C & EndAlert)[] {
  return contracts
    .flatMap((c) => {
      const alert = endAlert(c, today, windowDays);
      return alert ? [{ ...c, ...alert }] : [];
    })
    .sort((a, b) => (a.endsOn < b.endsOn ? -1 : a.endsOn > b.endsOn ? 1 : 0));
}

/** Statutory longest length in months, renewals included, and most renewals, when the law sets them. */
export function legalLimitsOf(type: ContractType): { maxMonths: number | null; maxRenewals: number | null } {
  switch (type) {
    case 'cdd':
      return { maxMonths: 18, maxRenewals: 2 };
    case 'siae_insertion':
      return { maxMonths: 24, maxRenewals: null };
    case 'apprenticeship':
      return { maxMonths: 36, maxRenewals: null };
    default:
      return { maxMonths: null, maxRenewals: null };
  }
}

export type PlacementRefusalCode =
  | 'contract_not_in_country'
  | 'planned_end_required'
  | 'planned_end_not_allowed'
  | 'end_before_start'
  | 'beyond_legal_length'
  | 'hours_out_of_range'
  | 'wage_period_missing'
  | 'wage_missing'
  | 'not_fixed_term'
  | 'contract_ended'
  | 'new_end_not_later'
  | 'too_many_renewals'
  | 'decided_after_end'
  | 'outside_contract'
  | 'overlaps_suspension'
  | 'before_start'
  | 'not_before_end';

export interface PlacementRefusal {
  code: PlacementRefusalCode;
  field: string;
}

export interface PlacementTerms {
  country: 'FR' | 'US' | 'CA';
  contractType: ContractType;
  startsOn: string;
  plannedEndOn: string | null;
  hoursPerWeek: number | null;
  wageCents: number | null;
  wagePeriod: PayPeriod | null;
}

/** What makes a hire's terms coherent; each refusal names the field to correct. */
export function placementTermsRefusals(terms: PlacementTerms): PlacementRefusal[] {
  const refusals: PlacementRefusal[] = [];
  if (!contractTypeAllowedIn(terms.country, terms.contractType))
    refusals.push({ code: 'contract_not_in_country', field: 'contractType' });
  if (fixedTermContracts.has(terms.contractType) && terms.plannedEndOn === null)
    refusals.push({ code: 'planned_end_required', field: 'plannedEndOn' });
  if (openEndedContracts.has(terms.contractType) && terms.plannedEndOn !== null)
    refusals.push({ code: 'planned_end_not_allowed', field: 'plannedEndOn' });
  if (terms.plannedEndOn !== null && terms.plannedEndOn < terms.startsOn)
    refusals.push({ code: 'end_before_start', field: 'plannedEndOn' });
  else if (
    terms.plannedEndOn !== null &&
    beyondLegalLength(terms.contractType, terms.startsOn, terms.plannedEndOn)
  )
    refusals.push({ code: 'beyond_legal_length', field: 'plannedEndOn' });
  if (terms.hoursPerWeek !== null && !(terms.hoursPerWeek > 0 && terms.hoursPerWeek <= 60))
    refusals.push({ code: 'hours_out_of_range', field: 'hoursPerWeek' });
  if (terms.wageCents !== null && terms.wagePeriod === null)
    refusals.push({ code: 'wage_period_missing', field: 'wage.period' });
  if (terms.wageCents === null && terms.wagePeriod !== null)
    refusals.push({ code: 'wage_missing', field: 'wage.cents' });
  return refusals;
}

/** The last day allowed is the day before the same date `maxMonths` later (18 months from 1 March: 31 August next year). */
function beyondLegalLength(type: ContractType, startsOn: string, endOn: string): boolean {
  const { maxMonths } = legalLimitsOf(type);
  return maxMonths !== null && endOn > addDays(addMonths(startsOn, maxMonths), -1);
}

/** Whether the contract may be renewed to `newEndOn`, decided on `decidedOn`. */
export function renewalRefusal(
  contract: ContractDates,
  renewal: { newEndOn: string; decidedOn: string },
): PlacementRefusal | null {
  if (!fixedTermContracts.has(contract.contractType)) return { code: 'not_fixed_term', field: 'newEndOn' };
  if (contract.endedEarlyOn !== null) return { code: 'contract_ended', field: 'newEndOn' };
  const current = plannedEndAfterRenewals(contract);
  if (current === null) return { code: 'not_fixed_term', field: 'newEndOn' };
  if (renewal.newEndOn <= current) return { code: 'new_end_not_later', field: 'newEndOn' };
  // A renewal is agreed while the contract runs: a contract past its term cannot be renewed.
  if (renewal.decidedOn > current) return { code: 'decided_after_end', field: 'decidedOn' };
  const { maxRenewals } = legalLimitsOf(contract.contractType);
  if (maxRenewals !== null && contract.renewals.length >= maxRenewals)
    return { code: 'too_many_renewals', field: 'newEndOn' };
  if (beyondLegalLength(contract.contractType, contract.startsOn, renewal.newEndOn))
    return { code: 'beyond_legal_length', field: 'newEndOn' };
  return null;
}

/** A suspension lies within the contract (its term after renewals) and overlaps no other. */
export function suspensionRefusal(
  contract: ContractDates,
  suspension: { fromOn: string; toOn: string },
): PlacementRefusal | null {
  if (suspension.toOn < suspension.fromOn) return { code: 'end_before_start', field: 'toOn' };
  if (contract.endedEarlyOn !== null) return { code: 'contract_ended', field: 'fromOn' };
  const end = plannedEndAfterRenewals(contract);
  if (suspension.fromOn < contract.startsOn || (end !== null && suspension.toOn > end))
    return { code: 'outside_contract', field: 'fromOn' };
  if (contract.suspensions.some((s) => s.fromOn <= suspension.toOn && suspension.fromOn <= s.toOn))
    return { code: 'overlaps_suspension', field: 'fromOn' };
  return null;
}

/** An early end falls on or after the start and before the term (ending on the term is no early end). */
export function earlyEndRefusal(contract: ContractDates, endedOn: string): PlacementRefusal | null {
  if (contract.endedEarlyOn !== null) return { code: 'contract_ended', field: 'endedOn' };
  if (endedOn < contract.startsOn) return { code: 'before_start', field: 'endedOn' };
  const end = plannedEndAfterRenewals(contract);
  if (end !== null && endedOn >= end) return { code: 'not_before_end', field: 'endedOn' };
  return null;
}
