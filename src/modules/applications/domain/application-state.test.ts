import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ApplicationState,
  applicationStates,
  finalApplicationStates,
  isHireable,
  isLive,
  mayMove,
  moveRefusal,
  reasonForPerson,
  refusalParties,
  refusalReasons,
} from './application-state.js';

/** Every legal move, written out once: the table the rules must match. */
const legal = new Set([
  'proposed>sent',
  'proposed>refused',
  'proposed>withdrawn',
  'sent>interview',
  'sent>hired',
  'sent>refused',
  'sent>withdrawn',
  'interview>hired',
  'interview>refused',
  'interview>withdrawn',
]);

const state = fc.constantFrom(...applicationStates);
const reason = fc.constantFrom(...refusalReasons);
const party = fc.constantFrom(...refusalParties);

describe('application moves', () => {
  it('allows exactly the moves of the table, for every pair of states', () => {
    for (const from of applicationStates)
      for (const to of applicationStates)
        expect(mayMove(from, to), `${from} > ${to}`).toBe(legal.has(`${from}>${to}`));
  });

  it('hires only once the employer has the file, and ends for good', () => {
    expect(applicationStates.filter(isHireable)).toEqual(['sent', 'interview']);
    for (const final of finalApplicationStates) {
      expect(isLive(final)).toBe(false);
      for (const to of applicationStates) expect(mayMove(final, to)).toBe(false);
    }
    expect(applicationStates.filter(isLive)).toEqual(['proposed', 'sent', 'interview']);
  });

  it('names why a move by hand is refused, pair by pair', () => {
    for (const from of applicationStates)
      for (const to of applicationStates) {
        const refusal = moveRefusal(from, {
          to,
          refusal: to === 'refused' ? { reason: 'position_filled', by: 'employer' } : null,
        });
        const expected =
          from === to
            ? 'same_state'
            : finalApplicationStates.includes(from as (typeof finalApplicationStates)[number])
              ? 'final_state'
              : !legal.has(`${from}>${to}`)
                ? 'not_allowed'
                : to === 'hired'
                  ? 'hire_needs_placement'
                  : null;
        expect(refusal, `${from} > ${to}`).toBe(expected);
      }
  });

  it('any path of accepted moves from "proposed" stays in the table and stops at a final state', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(state, reason, party), { maxLength: 12 }), (steps) => {
        let current: ApplicationState = 'proposed';
        for (const [to, why, by] of steps) {
          const refusal = to === 'refused' ? { reason: why.code, by } : null;
          if (moveRefusal(current, { to, refusal }) !== null) continue;
          expect(legal.has(`${current}>${to}`)).toBe(true);
          expect(to).not.toBe('hired');
          current = to;
        }
        if (!isLive(current)) expect(['refused', 'withdrawn']).toContain(current);
      }),
    );
  });

  it('a refusal needs a reason of the catalogue that its party may give; other moves take none', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('proposed', 'sent', 'interview' as const),
        reason,
        party,
        (from, why, by) => {
          const refusal = moveRefusal(from as ApplicationState, {
            to: 'refused',
            refusal: { reason: why.code, by },
          });
          expect(refusal).toBe(
            (why.parties as readonly string[]).includes(by) ? null : 'reason_not_of_party',
          );
          expect(moveRefusal(from as ApplicationState, { to: 'refused' })).toBe('reason_required');
          expect(
            moveRefusal(from as ApplicationState, { to: 'withdrawn', refusal: { reason: why.code, by } }),
          ).toBe('reason_not_expected');
        },
      ),
    );
    expect(
      moveRefusal('sent', { to: 'refused', refusal: { reason: 'no_such_reason', by: 'employer' } }),
    ).toBe('reason_not_of_party');
  });
});

describe('refusal reasons', () => {
  it('have unique codes, each with a party, and tell the person only the shareable ones', () => {
    const codes = refusalReasons.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of refusalReasons) {
      expect(r.parties.length).toBeGreaterThan(0);
      expect(reasonForPerson(r.code)).toBe(r.sharedWithPerson ? r.code : null);
    }
    expect(reasonForPerson('not_ready')).toBeNull();
    expect(reasonForPerson('position_filled')).toBe('position_filled');
    expect(reasonForPerson('unknown')).toBeNull();
    for (const p of refusalParties)
      expect(refusalReasons.some((r) => (r.parties as readonly string[]).includes(p))).toBe(true);
  });
});
