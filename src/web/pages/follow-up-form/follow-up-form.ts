import type { z } from 'zod';
import type { followUpAnswerBody } from '../../../contracts/outcomes.js';
import { type WageBand, wageBands } from '../../../modules/outcomes/domain/vocabulary.js';

export type FollowUpAnswerBody = z.input<typeof followUpAnswerBody>;

export const contractTypes = ['permanent', 'fixed_term', 'temporary', 'self_employed', 'other'] as const;
export type ContractType = (typeof contractTypes)[number];
export const satisfactionLevels = [1, 2, 3, 4, 5] as const;
export const hoursRange = { min: 1, max: 80 } as const;

/** The answers as the form holds them: nothing chosen yet is null, the hours as typed. */
export interface FollowUpDraft {
  employed: boolean | null;
  sameEmployer: boolean | null;
  contractType: ContractType | null;
  hoursPerWeek: string;
  wageBand: WageBand | null;
  inTraining: boolean | null;
  inRegion: boolean | null;
  satisfied: number | null;
}

export const emptyDraft: FollowUpDraft = {
  employed: null,
  sameEmployer: null,
  contractType: null,
  hoursPerWeek: '',
  wageBand: null,
  inTraining: null,
  inRegion: null,
  satisfied: null,
};

export type FollowUpField = keyof FollowUpDraft;
export type Problem = 'chooseAnswer' | 'hoursInvalid';

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits, as phone keyboards type them, read as 0–9. */
export function latinDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0));
}

/** The hours typed ("35", "۳۵", "17,5"), null when left empty, NaN when not a number. */
export function parseHours(typed: string): number | null {
  const text = latinDigits(typed).trim().replace(/[,٫]/, '.');
  if (text === '') return null;
  return /^\d{1,3}(\.\d{1,2})?$/.test(text) ? Number(text) : Number.NaN;
}

/** What must be fixed before sending: only whether they work and whether they train need an answer. */
export function followUpProblems(draft: FollowUpDraft): Partial<Record<FollowUpField, Problem>> {
  const problems: Partial<Record<FollowUpField, Problem>> = {};
  if (draft.employed === null) problems.employed = 'chooseAnswer';
  if (draft.employed) {
    const hours = parseHours(draft.hoursPerWeek);
    if (hours !== null && !(hours >= hoursRange.min && hours <= hoursRange.max))
      problems.hoursPerWeek = 'hoursInvalid';
  }
  if (draft.inTraining === null) problems.inTraining = 'chooseAnswer';
  return problems;
}

/** The body sent: the questions about the job only when they work, the region only when asked. */
export function followUpPayload(draft: FollowUpDraft, asksRegion: boolean): FollowUpAnswerBody {
  const employed = draft.employed === true;
  return {
    employed,
    sameEmployer: employed ? draft.sameEmployer : null,
    contractType: employed ? draft.contractType : null,
    hoursPerWeek: employed ? parseHours(draft.hoursPerWeek) : null,
    wageBand: employed ? draft.wageBand : null,
    inTraining: draft.inTraining === true,
    inRegion: asksRegion ? draft.inRegion : null,
    satisfied: draft.satisfied,
  };
}

/** A wage band's bounds, from its code: `1000_1499` → 1000 to 1499, `under_1000`, `3000_plus`. */
export function bandBounds(band: WageBand):
  | { kind: 'none' }
  | { kind: 'under'; amount: number }
  | { kind: 'between'; from: number; to: number }
  | {
      kind: 'atLeast';
      amount: number;
    } {
  if (band === 'none') return { kind: 'none' };
  const [first, second] = band.split('_');
  if (first === 'under') return { kind: 'under', amount: Number(second) };
  if (second === 'plus') return { kind: 'atLeast', amount: Number(first) };
  return { kind: 'between', from: Number(first), to: Number(second) };
}

export { type WageBand, wageBands };
