import { type Signatory, signatories } from './vocabulary.js';

/**
 * Where an immersion stands, computed from its dates, its signatures and its assessment (never stored):
 * - `awaiting_signatures`: the agreement lacks a signature and the first day has not come;
 * - `signatures_late`: the first day has come and the agreement still lacks a signature;
 * - `signed`: every signatory signed, the first day has not come;
 * - `in_progress`: signed, between the first and the last day (both included);
 * - `to_assess`: signed, the last day has passed, no assessment yet;
 * - `assessed`: the end assessment is recorded (whatever the rest).
 */
export const immersionStatuses = [
  'awaiting_signatures',
  'signatures_late',
  'signed',
  'in_progress',
  'to_assess',
  'assessed',
] as const;
export type ImmersionStatus = (typeof immersionStatuses)[number];

export interface StatusFacts {
  startsOn: string;
  endsOn: string;
  signed: readonly Signatory[];
  assessed: boolean;
}

export function missingSignatures(signed: readonly Signatory[]): Signatory[] {
  return signatories.filter((who) => !signed.includes(who));
}

export function immersionStatusOf(facts: StatusFacts, today: string): ImmersionStatus {
  if (facts.assessed) return 'assessed';
  if (missingSignatures(facts.signed).length > 0)
    return today < facts.startsOn ? 'awaiting_signatures' : 'signatures_late';
  if (today < facts.startsOn) return 'signed';
  if (today <= facts.endsOn) return 'in_progress';
  return 'to_assess';
}
