import { describe, expect, it } from 'vitest';
import type { PlacementView } from '../../../api/placements.js';
import { contractEndAfter, exitBodyOf, exitDraftOf, withPlacement } from './exit-draft.js';
import { answerBodyOf, answerDraftOf } from './follow-up-answer.js';

describe('the exit form', () => {
  it('fills in a contract’s last day from its length: 5 months from 2 March end on 1 August', () => {
    expect(contractEndAfter('2026-03-02', 5)).toBe('2026-08-01');
    expect(contractEndAfter('2026-03-02', '')).toBeNull();
    expect(contractEndAfter('', 5)).toBeNull();
  });

  it('sends only the facts the outcome and the evidence ask for', () => {
    const draft = {
      ...exitDraftOf(null, '2026-11-20'),
      outcome: 'permanent_contract' as const,
      contractStartOn: '2026-10-01',
      region: 'Bretagne',
      evidenceKind: 'training' as const,
      trainingName: '  CAP cuisine ',
      placementId: 'left over',
      note: '   ',
    };
    expect(exitBodyOf(draft)).toEqual({
      outcome: 'permanent_contract',
      exitOn: '2026-11-20',
      contractStartOn: null,
      contractEndOn: null,
      region: null,
      credentialObtained: null,
      evidence: { kind: 'training', placementId: null, documentId: null, trainingName: 'CAP cuisine' },
      note: null,
    });
    expect(exitBodyOf({ ...draft, outcome: 'fixed_term_contract' })).toMatchObject({
      contractStartOn: '2026-10-01',
    });
  });

  it('takes the outcome and the contract’s dates from the placement it rests on', () => {
    const placement = {
      id: 'p1',
      contractType: 'cdd',
      startsOn: '2026-09-01',
      endsOn: null,
      plannedEndOn: '2027-02-28',
    } as PlacementView;
    const draft = { ...exitDraftOf(null, '2026-11-20'), months: 6 };
    expect(withPlacement(draft, placement)).toMatchObject({
      placementId: 'p1',
      outcome: 'fixed_term_contract',
      contractStartOn: '2026-09-01',
      contractEndOn: '2027-02-28',
      months: '',
    });
    expect(withPlacement(draft, undefined)).toEqual({ ...draft, placementId: '' });
  });
});

describe('a follow-up answer taken down by a counselor', () => {
  it('sends the questions about the job only for someone employed, and "not asked" as null', () => {
    const draft = {
      ...answerDraftOf('2026-11-20'),
      sameEmployer: 'yes' as const,
      contractType: 'permanent',
      hours: 35,
      wageBand: '1500_1999',
      inRegion: 'no' as const,
    };
    expect(answerBodyOf(draft)).toMatchObject({
      employed: false,
      sameEmployer: null,
      contractType: null,
      hoursPerWeek: null,
      wageBand: null,
      inRegion: false,
      satisfied: null,
    });
    expect(answerBodyOf({ ...draft, employed: true, satisfied: '4' })).toMatchObject({
      sameEmployer: true,
      contractType: 'permanent',
      hoursPerWeek: 35,
      wageBand: '1500_1999',
      satisfied: 4,
    });
  });
});
