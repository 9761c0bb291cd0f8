import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accompanyingSide,
  afterAction,
  allowedActions,
  type HandoffAction,
  type HandoffSide,
  type HandoffStatus,
  handoffStatuses,
} from './handoff-rules.js';

describe('hand-off states', () => {
  it('lets the receiver accept or decline a proposal, and the sender withdraw it', () => {
    expect(allowedActions('proposed', 'receiver')).toEqual(['accept', 'decline']);
    expect(allowedActions('proposed', 'sender')).toEqual(['withdraw']);
    expect(afterAction('proposed', 'receiver', 'accept')).toBe('accepted');
    expect(afterAction('proposed', 'receiver', 'decline')).toBe('declined');
    expect(afterAction('proposed', 'sender', 'withdraw')).toBe('withdrawn');
  });

  it('refuses an action of the other side', () => {
    expect(afterAction('proposed', 'sender', 'accept')).toBeUndefined();
    expect(afterAction('proposed', 'receiver', 'withdraw')).toBeUndefined();
  });

  it('moves nothing once decided', () => {
    for (const status of handoffStatuses.filter((s) => s !== 'proposed')) {
      expect(allowedActions(status, 'sender')).toEqual([]);
      expect(allowedActions(status, 'receiver')).toEqual([]);
    }
  });

  it('keeps one side accompanying the person whatever happens, and the receiver only after acceptance', () => {
    const step = fc.record({
      side: fc.constantFrom<HandoffSide>('sender', 'receiver'),
      action: fc.constantFrom<HandoffAction>('accept', 'decline', 'withdraw'),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 6 }), (steps) => {
        let status: HandoffStatus = 'proposed';
        const seen: HandoffStatus[] = [status];
        for (const { side, action } of steps) {
          status = afterAction(status, side, action) ?? status;
          seen.push(status);
        }
        // At most one decision, and it sticks.
        const decided = seen.filter((s) => s !== 'proposed');
        expect(new Set(decided).size).toBeLessThanOrEqual(1);
        expect(accompanyingSide(status)).toBe(status === 'accepted' ? 'receiver' : 'sender');
      }),
    );
  });
});
