import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertBalanced,
  balanceOf,
  naturalBalance,
  reversalOf,
  trialBalance,
} from '../../../core/ledger/ledger.js';
import {
  type AidLine,
  aidChart,
  allocationEntry,
  budgetPosition,
  commitmentEntry,
  paymentEntry,
} from './aid-ledger.js';

const position = (lines: readonly AidLine[]) => budgetPosition((a) => balanceOf(aidChart, lines, a));

describe('the aid budget journal', () => {
  it('follows an allocation, an approval, its payment and the payment’s reversal', () => {
    const allocated = allocationEntry(1_000_000);
    const committed = commitmentEntry('r1', 250_000);
    const paid = paymentEntry('r1', 250_000);
    expect(position(allocated)).toEqual({
      allocatedCents: 1_000_000,
      cashCents: 1_000_000,
      committedCents: 0,
      paidCents: 0,
      availableCents: 1_000_000,
    });
    expect(position([...allocated, ...committed])).toMatchObject({
      committedCents: 250_000,
      availableCents: 750_000,
    });
    expect(position([...allocated, ...committed, ...paid])).toEqual({
      allocatedCents: 1_000_000,
      cashCents: 750_000,
      committedCents: 0,
      paidCents: 250_000,
      availableCents: 750_000,
    });
    // A reversed payment gives the cash back and the request is committed again, to be paid anew.
    expect(position([...allocated, ...committed, ...paid, ...reversalOf(paid)])).toEqual({
      allocatedCents: 1_000_000,
      cashCents: 1_000_000,
      committedCents: 250_000,
      paidCents: 0,
      availableCents: 750_000,
    });
  });

  const cents = fc.integer({ min: 1, max: 10_000_000 });
  type Move =
    | { kind: 'allocate'; cents: number }
    | { kind: 'approve'; cents: number }
    | { kind: 'pay' }
    | { kind: 'reverse' };
  const move: fc.Arbitrary<Move> = fc.oneof(
    cents.map((c) => ({ kind: 'allocate' as const, cents: c })),
    cents.map((c) => ({ kind: 'approve' as const, cents: c })),
    fc.constant({ kind: 'pay' as const }),
    fc.constant({ kind: 'reverse' as const }),
  );

  it('balances every entry, and allocated = cash + paid, committed = approved not paid, over any story', () => {
    fc.assert(
      fc.property(fc.array(move, { maxLength: 40 }), (moves) => {
        const lines: AidLine[] = [];
        const approved: { id: string; cents: number }[] = [];
        const paid: { id: string; lines: AidLine[] }[] = [];
        let allocated = 0;
        for (const [i, m] of moves.entries()) {
          let entry: AidLine[] = [];
          if (m.kind === 'allocate') {
            entry = allocationEntry(m.cents);
            allocated += m.cents;
          } else if (m.kind === 'approve') {
            // Only what is available is approved, as the use case checks.
            const p = position(lines);
            if (m.cents > p.availableCents) continue;
            approved.push({ id: `r${i}`, cents: m.cents });
            entry = commitmentEntry(`r${i}`, m.cents);
          } else if (m.kind === 'pay') {
            const next = approved.shift();
            if (!next) continue;
            entry = paymentEntry(next.id, next.cents);
            paid.push({ id: next.id, lines: entry });
          } else {
            const last = paid.pop();
            if (!last) continue;
            entry = reversalOf(last.lines);
            approved.push({ id: last.id, cents: last.lines[0]!.debitCents });
          }
          assertBalanced(entry);
          lines.push(...entry);
        }
        const p = position(lines);
        expect(p.allocatedCents).toBe(allocated);
        expect(p.cashCents + p.paidCents).toBe(allocated);
        expect(p.committedCents).toBe(approved.reduce((s, a) => s + a.cents, 0));
        expect(p.availableCents).toBeGreaterThanOrEqual(0);
        const balances = trialBalance(aidChart, lines);
        expect(balances.reduce((s, b) => s + b.debitCents, 0)).toBe(
          balances.reduce((s, b) => s + b.creditCents, 0),
        );
        for (const b of balances)
          if (b.account !== 'budget_cash') expect(naturalBalance(aidChart, b)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
