import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceOf, reversalOf } from '../../../core/ledger/ledger.js';
import {
  type AidLine,
  aidChart,
  allocationEntry,
  budgetPosition,
  commitmentEntry,
  paymentEntry,
  releaseEntry,
} from './aid-ledger.js';
import {
  type ApprovalState,
  checkCancellation,
  checkPayment,
  checkReversal,
  paidCentsOf,
  remainderOf,
  statusAfterPayments,
} from './payments.js';

const approved = (approvedCents: number, payments: ApprovalState['payments'] = []): ApprovalState => ({
  status: 'approved',
  approvedCents,
  releasedCents: 0,
  payments,
});

describe('paying an approval in parts', () => {
  it('pays a trip advance then the balance, never a cent beyond', () => {
    const state = approved(72_000);
    expect(checkPayment(state)).toEqual({ ok: true, amountCents: 72_000, settles: true });
    expect(checkPayment(state, 20_000)).toEqual({ ok: true, amountCents: 20_000, settles: false });
    const advanced = approved(72_000, [{ id: 'p1', amountCents: 20_000, reversed: false }]);
    expect(remainderOf(advanced)).toBe(52_000);
    expect(checkPayment(advanced, 52_001)).toEqual({ ok: false, refusal: 'above_remainder' });
    expect(checkPayment(advanced, 0)).toEqual({ ok: false, refusal: 'above_remainder' });
    expect(checkPayment(advanced)).toEqual({ ok: true, amountCents: 52_000, settles: true });
    const settled = {
      ...advanced,
      payments: [...advanced.payments, { id: 'p2', amountCents: 52_000, reversed: false }],
    };
    expect(statusAfterPayments(settled)).toBe('paid');
    expect(checkPayment({ ...settled, status: 'paid' })).toEqual({ ok: false, refusal: 'not_payable' });
  });

  it('reverses the payment named, or the only one in force', () => {
    const two = approved(72_000, [
      { id: 'p1', amountCents: 20_000, reversed: false },
      { id: 'p2', amountCents: 10_000, reversed: false },
    ]);
    expect(checkReversal(two)).toEqual({ ok: false, refusal: 'which_payment' });
    expect(checkReversal(two, 'p2')).toEqual({ ok: true, paymentId: 'p2' });
    expect(checkReversal(two, 'p3')).toEqual({ ok: false, refusal: 'nothing_to_reverse' });
    const one = approved(72_000, [
      { id: 'p1', amountCents: 20_000, reversed: true },
      { id: 'p2', amountCents: 10_000, reversed: false },
    ]);
    expect(checkReversal(one)).toEqual({ ok: true, paymentId: 'p2' });
    expect(checkReversal(one, 'p1')).toEqual({ ok: false, refusal: 'nothing_to_reverse' });
    expect(checkReversal(approved(5))).toEqual({ ok: false, refusal: 'nothing_to_reverse' });
    expect(checkReversal({ ...one, status: 'cancelled', releasedCents: 62_000 })).toEqual({
      ok: false,
      refusal: 'cancelled',
    });
  });

  it('cancels what is left unpaid, and nothing of an approval fully paid', () => {
    const advanced = approved(72_000, [{ id: 'p1', amountCents: 20_000, reversed: false }]);
    expect(checkCancellation(advanced)).toEqual({ ok: true, releasedCents: 52_000 });
    expect(checkCancellation(approved(72_000))).toEqual({ ok: true, releasedCents: 72_000 });
    expect(
      checkCancellation({
        ...advanced,
        status: 'paid',
        payments: [{ id: 'p', amountCents: 72_000, reversed: false }],
      }),
    ).toEqual({ ok: false, refusal: 'not_cancellable' });
    expect(checkCancellation({ ...advanced, status: 'cancelled', releasedCents: 52_000 })).toEqual({
      ok: false,
      refusal: 'not_cancellable',
    });
  });

  type Move =
    | { kind: 'pay'; cents: number | undefined }
    | { kind: 'reverse'; pick: number; named: boolean }
    | { kind: 'cancel' };
  const move: fc.Arbitrary<Move> = fc.oneof(
    fc
      .option(fc.integer({ min: -5, max: 120_000 }), { nil: undefined })
      .map((cents) => ({ kind: 'pay' as const, cents })),
    fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat(20), named: fc.boolean() }),
    fc.constant({ kind: 'cancel' as const }),
  );

  it('never pays beyond the approval and keeps the budget exact to the cent, over any story', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.array(move, { maxLength: 30 }), (cents, moves) => {
        const allocated = 200_000;
        const journal: AidLine[] = [...allocationEntry(allocated), ...commitmentEntry('r', cents)];
        let state: ApprovalState = approved(cents);
        const entries = new Map<string, AidLine[]>();
        for (const [i, m] of moves.entries()) {
          if (m.kind === 'pay') {
            const verdict = checkPayment(state, m.cents);
            if (!verdict.ok) continue;
            const entry = paymentEntry('r', verdict.amountCents);
            entries.set(`p${i}`, entry);
            journal.push(...entry);
            state = {
              ...state,
              payments: [
                ...state.payments,
                { id: `p${i}`, amountCents: verdict.amountCents, reversed: false },
              ],
            };
            state = { ...state, status: statusAfterPayments(state) };
            expect(state.status === 'paid').toBe(verdict.settles);
          } else if (m.kind === 'reverse') {
            const named = state.payments[m.pick % Math.max(1, state.payments.length)]?.id;
            const verdict = checkReversal(state, m.named ? named : undefined);
            if (!verdict.ok) continue;
            journal.push(...reversalOf(entries.get(verdict.paymentId)!));
            state = {
              ...state,
              payments: state.payments.map((p) =>
                p.id === verdict.paymentId ? { ...p, reversed: true } : p,
              ),
            };
            state = { ...state, status: statusAfterPayments(state) };
          } else {
            const verdict = checkCancellation(state);
            if (!verdict.ok) continue;
            journal.push(...releaseEntry('r', verdict.releasedCents));
            state = { ...state, status: 'cancelled', releasedCents: verdict.releasedCents };
          }
          const paid = paidCentsOf(state.payments);
          expect(paid).toBeLessThanOrEqual(cents);
          const p = budgetPosition((a) => balanceOf(aidChart, journal, a));
          expect(p.paidCents).toBe(paid);
          expect(p.cashCents).toBe(allocated - paid);
          // What stays committed is exactly what may still be paid.
          expect(p.committedCents).toBe(remainderOf(state));
          expect(p.availableCents).toBe(allocated - paid - remainderOf(state));
        }
      }),
      { numRuns: 500 },
    );
  });
});
