import { describe, expect, it } from 'vitest';
import { type PlanForSignOff, signatureState, signOffGaps } from './completeness.js';

const step = (overrides: Partial<PlanForSignOff['goals'][number]['steps'][number]> = {}) => ({
  id: 's1',
  status: 'planned' as const,
  dueOn: '2026-04-01',
  actor: 'person' as const,
  partnerName: null,
  ...overrides,
});

describe('sign-off completeness', () => {
  it('accepts a plan with a target and dated steps for each goal', () => {
    expect(signOffGaps({ targetField: 'Civil engineering', goals: [{ id: 'g1', steps: [step()] }] })).toEqual(
      [],
    );
  });

  it('names every gap', () => {
    expect(signOffGaps({ targetField: '  ', goals: [] })).toEqual([
      { gap: 'target_field_missing' },
      { gap: 'no_goal' },
    ]);
    expect(
      signOffGaps({
        targetField: 'Nursing',
        goals: [
          { id: 'g1', steps: [] },
          {
            id: 'g2',
            steps: [step({ id: 's2', dueOn: null }), step({ id: 's3', actor: 'partner', partnerName: ' ' })],
          },
        ],
      }),
    ).toEqual([
      { gap: 'goal_without_step', id: 'g1' },
      { gap: 'open_step_without_due_date', id: 's2' },
      { gap: 'partner_not_named', id: 's3' },
    ]);
  });

  it('does not ask a due date of steps already done or abandoned', () => {
    const goals = [
      { id: 'g', steps: [step({ status: 'done', dueOn: null }), step({ status: 'abandoned', dueOn: null })] },
    ];
    expect(signOffGaps({ targetField: 'Trades', goals })).toEqual([]);
  });
});

describe('signature state', () => {
  it('is unsigned, signed, then changed since signature', () => {
    expect(signatureState({ revision: 4, signedRevision: null })).toBe('unsigned');
    expect(signatureState({ revision: 4, signedRevision: 4 })).toBe('signed');
    expect(signatureState({ revision: 5, signedRevision: 4 })).toBe('changed_since_signature');
  });
});
