import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isFinal,
  type ReferralMove,
  type ReferralSide,
  type ReferralTarget,
  referralMove,
  reminderDue,
} from './referral-status.js';
import { referralStatuses } from './vocabulary.js';

const moves: ReferralMove[] = ['accept', 'decline', 'complete', 'withdraw'];
const sides: ReferralSide[] = ['sender', 'receiver'];
const targets: ReferralTarget[] = ['organization', 'service'];

describe('referral moves', () => {
  it('the receiving organization answers; the sender withdraws while pending', () => {
    expect(referralMove('pending', 'accept', 'organization', 'receiver')).toEqual({
      ok: true,
      status: 'accepted',
    });
    expect(referralMove('pending', 'decline', 'organization', 'receiver')).toEqual({
      ok: true,
      status: 'declined',
    });
    expect(referralMove('accepted', 'decline', 'organization', 'receiver')).toEqual({
      ok: true,
      status: 'declined',
    });
    expect(referralMove('accepted', 'complete', 'organization', 'receiver')).toEqual({
      ok: true,
      status: 'completed',
    });
    expect(referralMove('pending', 'withdraw', 'organization', 'sender')).toEqual({
      ok: true,
      status: 'withdrawn',
    });
  });

  it('the sender never answers for an organization of the platform, the receiver never withdraws', () => {
    expect(referralMove('pending', 'accept', 'organization', 'sender')).toEqual({
      ok: false,
      reason: 'not_allowed_side',
    });
    expect(referralMove('pending', 'withdraw', 'organization', 'receiver')).toEqual({
      ok: false,
      reason: 'not_allowed_side',
    });
  });

  it("the sender records a directory service's answer", () => {
    expect(referralMove('pending', 'accept', 'service', 'sender')).toEqual({ ok: true, status: 'accepted' });
    expect(referralMove('accepted', 'complete', 'service', 'sender')).toEqual({
      ok: true,
      status: 'completed',
    });
  });

  it('a referral is completed only once accepted, withdrawn only while pending', () => {
    expect(referralMove('pending', 'complete', 'organization', 'receiver')).toEqual({
      ok: false,
      reason: 'not_from_status',
    });
    expect(referralMove('accepted', 'withdraw', 'organization', 'sender')).toEqual({
      ok: false,
      reason: 'not_from_status',
    });
  });

  it('a final state moves no more, whoever asks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...referralStatuses.filter(isFinal)),
        fc.constantFrom(...moves),
        fc.constantFrom(...targets),
        fc.constantFrom(...sides),
        (status, move, target, side) => !referralMove(status, move, target, side).ok,
      ),
    );
  });

  it('every allowed move leads somewhere else, and exactly one side may make it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...referralStatuses),
        fc.constantFrom(...moves),
        fc.constantFrom(...targets),
        (status, move, target) => {
          const verdicts = sides.map((side) => referralMove(status, move, target, side));
          expect(verdicts.filter((v) => v.ok === false && v.reason === 'not_allowed_side')).toHaveLength(1);
          for (const v of verdicts) if (v.ok) expect(v.status).not.toBe(status);
        },
      ),
    );
  });
});

describe('reminders', () => {
  const pending = { status: 'pending' as const, sentOn: '2026-03-01', lastRemindedOn: null };
  it('after the days without an answer, then again every as many days', () => {
    expect(reminderDue(pending, '2026-03-07', 7)).toBe(false);
    expect(reminderDue(pending, '2026-03-08', 7)).toBe(true);
    expect(reminderDue({ ...pending, lastRemindedOn: '2026-03-08' }, '2026-03-14', 7)).toBe(false);
    expect(reminderDue({ ...pending, lastRemindedOn: '2026-03-08' }, '2026-03-15', 7)).toBe(true);
  });
  it('never once answered or withdrawn', () => {
    for (const status of referralStatuses.filter((s) => s !== 'pending'))
      expect(reminderDue({ ...pending, status }, '2026-06-01', 7)).toBe(false);
  });
});
