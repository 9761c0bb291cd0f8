import type { FollowUpAnswerBody } from '../../../api/outcomes.js';

/** A yes/no question the person may not have been asked: '' until answered. */
export type Tri = '' | 'yes' | 'no';
const triOf = (value: Tri): boolean | null => (value === '' ? null : value === 'yes');

/** The answer as a counselor takes it down by phone or in person; '' for a question not asked. */
export interface AnswerDraft {
  answeredOn: string;
  via: FollowUpAnswerBody['via'];
  employed: boolean;
  sameEmployer: Tri;
  contractType: string;
  hours: number | string;
  wageBand: string;
  inTraining: boolean;
  inRegion: Tri;
  satisfied: string;
}

export const answerDraftOf = (today: string): AnswerDraft => ({
  answeredOn: today,
  via: 'phone',
  employed: false,
  sameEmployer: '',
  contractType: '',
  hours: '',
  wageBand: '',
  inTraining: false,
  inRegion: '',
  satisfied: '',
});

/** What is sent: the questions about the job only for someone employed (the server drops them otherwise). */
export function answerBodyOf(draft: AnswerDraft): FollowUpAnswerBody {
  const { employed } = draft;
  return {
    answeredOn: draft.answeredOn,
    via: draft.via,
    employed,
    sameEmployer: employed ? triOf(draft.sameEmployer) : null,
    contractType:
      employed && draft.contractType ? (draft.contractType as FollowUpAnswerBody['contractType']) : null,
    hoursPerWeek: employed && typeof draft.hours === 'number' ? draft.hours : null,
    wageBand: employed && draft.wageBand ? (draft.wageBand as FollowUpAnswerBody['wageBand']) : null,
    inTraining: draft.inTraining,
    inRegion: triOf(draft.inRegion),
    satisfied: draft.satisfied ? Number(draft.satisfied) : null,
  };
}

/** The answer's fields by the request's paths: an error of another path goes in the alert above. */
export const answerFields = [
  'answeredOn',
  'via',
  'employed',
  'sameEmployer',
  'contractType',
  'hoursPerWeek',
  'wageBand',
  'inTraining',
  'inRegion',
  'satisfied',
] as const;

export const answerContracts = ['permanent', 'fixed_term', 'temporary', 'self_employed', 'other'] as const;
