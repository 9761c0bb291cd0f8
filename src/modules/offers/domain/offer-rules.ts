import { type ContractType, contractTypeAllowedIn, fixedTermContracts } from './contract-types.js';
import { type PayRange, payRefusal } from './pay.js';

/**
 * What makes an offer coherent, beyond the shape the boundary checks: a contract its country has, a
 * length for fixed-term contracts only, hours a week that a job can have, a pay range that reads,
 * a language level that exists on its scale. Each refusal names the field to correct.
 */
export interface OfferTerms {
  country: 'FR' | 'US' | 'CA';
  contractType: ContractType;
  contractMonths: number | null;
  hoursPerWeek: number | null;
  pay: PayRange;
  language: { language: string; scale: 'cefr' | 'clb' | 'nclc'; level: string } | null;
  startsOn: string | null;
  expiresOn: string | null;
}

export const offerRefusalCodes = [
  'contract_not_in_country',
  'contract_length_missing',
  'contract_length_not_fixed_term',
  'hours_out_of_range',
  'pay_period_missing',
  'pay_amount_missing',
  'pay_min_above_max',
  'pay_not_whole_cents',
  'language_level_unknown',
] as const;
export type OfferRefusalCode = (typeof offerRefusalCodes)[number];

export interface OfferRefusal {
  code: OfferRefusalCode;
  field: string;
}

const cefr = new Set(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);

export function offerRefusals(terms: OfferTerms): OfferRefusal[] {
  const refusals: OfferRefusal[] = [];
  if (!contractTypeAllowedIn(terms.country, terms.contractType))
    refusals.push({ code: 'contract_not_in_country', field: 'contractType' });
  const fixedTerm = fixedTermContracts.has(terms.contractType);
  if (
    terms.contractType === 'cdd' ||
    terms.contractType === 'siae_insertion' ||
    terms.contractType === 'temporary'
  ) {
    if (terms.contractMonths === null)
      refusals.push({ code: 'contract_length_missing', field: 'contractMonths' });
  }
  if (!fixedTerm && terms.contractMonths !== null)
    refusals.push({ code: 'contract_length_not_fixed_term', field: 'contractMonths' });
  if (terms.hoursPerWeek !== null && (terms.hoursPerWeek < 1 || terms.hoursPerWeek > 60))
    refusals.push({ code: 'hours_out_of_range', field: 'hoursPerWeek' });
  const pay = payRefusal(terms.pay);
  if (pay) refusals.push({ code: `pay_${pay}` as OfferRefusalCode, field: 'pay' });
  if (terms.language) {
    const { scale, level } = terms.language;
    const known = scale === 'cefr' ? cefr.has(level) : /^(?:[1-9]|1[0-2])$/.test(level);
    if (!known) refusals.push({ code: 'language_level_unknown', field: 'language.level' });
  }
  return refusals;
}
