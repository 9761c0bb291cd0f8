import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../core/calendar.js';
import { type InstallmentPosition, remainingOn } from './allocation.js';
import { installmentState, loanPosition, statusAfterMovement } from './loan-position.js';
import { loanStatuses } from './portfolio.js';

const position = (
  number: number,
  dueOn: string,
  paid: { fee?: number; interest?: number; principal?: number } = {},
): InstallmentPosition => ({
  installmentId: `i${number}`,
  number,
  dueOn,
  feeCents: number === 1 ? 500 : 0,
  interestCents: 100,
  principalCents: 5000,
  feePaidCents: paid.fee ?? 0,
  interestPaidCents: paid.interest ?? 0,
  principalPaidCents: paid.principal ?? 0,
});
const settled = (number: number, dueOn: string) =>
  position(number, dueOn, { fee: number === 1 ? 500 : 0, interest: 100, principal: 5000 });

const isoDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** 1..12 monthly installments, each unpaid, partly paid or settled. */
const positions = fc
  .tuple(isoDate, fc.array(fc.constantFrom('unpaid', 'partly', 'settled'), { minLength: 1, maxLength: 12 }))
  .map(([first, states]) =>
    states.map((state, index) => {
      const dueOn = addMonths(first, index);
      if (state === 'settled') return settled(index + 1, dueOn);
      return state === 'partly' ? position(index + 1, dueOn, { interest: 60 }) : position(index + 1, dueOn);
    }),
  );

describe('installmentState', () => {
  const today = '2027-03-15';
  it.each([
    ['paid', settled(2, '2027-04-15')],
    ['paid', settled(2, '2027-01-15')],
    ['late', position(2, '2027-03-14')],
    ['late', position(2, '2027-01-15', { interest: 100, principal: 4999 })],
    ['due', position(2, '2027-03-15')],
    ['due', position(2, '2027-03-15', { interest: 100 })],
    ['partly_paid', position(2, '2027-04-15', { interest: 1 })],
    ['partly_paid', position(1, '2027-04-15', { fee: 500 })],
    ['upcoming', position(2, '2027-04-15')],
  ] as const)('is %s', (state, i) => {
    expect(installmentState(i, today)).toBe(state);
  });

  it('calls overpaid installments paid', () => {
    expect(installmentState(position(2, '2027-01-15', { interest: 100, principal: 6000 }), today)).toBe(
      'paid',
    );
  });

  it('is paid whenever nothing remains, and otherwise late, due or ahead by the date alone', () => {
    fc.assert(
      fc.property(positions, isoDate, (installments, on) => {
        for (const i of installments) {
          const state = installmentState(i, on);
          if (remainingOn(i) <= 0) expect(state).toBe('paid');
          else if (i.dueOn < on) expect(state).toBe('late');
          else if (i.dueOn === on) expect(state).toBe('due');
          else expect(['partly_paid', 'upcoming']).toContain(state);
        }
      }),
    );
  });
});

describe('loanPosition', () => {
  const schedule = [
    settled(1, '2027-01-15'),
    position(2, '2027-02-15', { interest: 100, principal: 1000 }),
    position(3, '2027-03-15'),
    position(4, '2027-04-15'),
  ];

  // Days past due and the next installment: loan-standing.test.ts (one rule for the list and the page).
  it('shows arrears and what remains on a date', () => {
    expect(loanPosition(schedule, '2027-03-20')).toEqual({
      pastDueCents: 4000 + 5100,
      remainingToPayCents: 4000 + 5100 + 5100,
    });
  });

  it('leaves nothing once everything is paid', () => {
    const paid = schedule.map((i) => settled(i.number, i.dueOn));
    expect(loanPosition(paid, '2030-01-01')).toEqual({ pastDueCents: 0, remainingToPayCents: 0 });
  });

  it('agrees with the schedule positions on any date', () => {
    fc.assert(
      fc.property(positions, isoDate, (installments, on) => {
        const p = loanPosition(installments, on);
        const open = installments.filter((i) => remainingOn(i) > 0);
        expect(p.remainingToPayCents).toBe(open.reduce((s, i) => s + remainingOn(i), 0));
        expect(p.pastDueCents).toBeLessThanOrEqual(p.remainingToPayCents);
        const late = open.filter((i) => i.dueOn < on);
        expect(p.pastDueCents).toBe(late.reduce((s, i) => s + remainingOn(i), 0));
      }),
    );
  });
});

describe('statusAfterMovement', () => {
  const open = [settled(1, '2027-01-15'), position(2, '2027-02-15')];
  const allSettled = [settled(1, '2027-01-15'), settled(2, '2027-02-15')];

  it('keeps a written-off loan written off, whatever moves', () => {
    expect(statusAfterMovement('written_off', allSettled, 0, 10_000)).toBe('written_off');
    expect(statusAfterMovement('written_off', open, 5100, 10_000)).toBe('written_off');
    expect(statusAfterMovement('written_off', open, 0, 0)).toBe('written_off');
  });

  it('leaves a loan approved while nothing was paid out', () => {
    expect(statusAfterMovement('approved', open, 0, 0)).toBe('approved');
    expect(statusAfterMovement('active', open, 0, 0)).toBe('approved');
  });

  it('calls a loan repaid only when every installment is settled and no principal is owed', () => {
    expect(statusAfterMovement('active', allSettled, 0, 10_000)).toBe('repaid');
    expect(statusAfterMovement('active', allSettled, 1, 10_000)).toBe('active');
    expect(statusAfterMovement('active', open, 0, 10_000)).toBe('active');
    expect(statusAfterMovement('approved', open, 10_000, 10_000)).toBe('active');
  });

  it('reopens a repaid loan when a reversed payment leaves something owed', () => {
    expect(statusAfterMovement('repaid', open, 5000, 10_000)).toBe('active');
  });

  it('follows its rule for any status and positions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...loanStatuses),
        positions,
        fc.nat({ max: 100_000 }),
        fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000 })),
        (current, installments, receivable, disbursed) => {
          const status = statusAfterMovement(current, installments, receivable, disbursed);
          if (current === 'written_off') expect(status).toBe('written_off');
          else if (disbursed === 0) expect(status).toBe('approved');
          else {
            const done = installments.every((i) => remainingOn(i) <= 0) && receivable === 0;
            expect(status).toBe(done ? 'repaid' : 'active');
          }
        },
      ),
    );
  });
});
