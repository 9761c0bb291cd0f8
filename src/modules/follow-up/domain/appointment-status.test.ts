import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AppointmentStatus,
  appointmentStatuses,
  canReschedule,
  decideStatusChange,
} from './appointment-status.js';

const before = { startsAt: '2026-03-10T09:00:00Z', now: '2026-03-10T08:59:59Z' };
const atStart = { startsAt: '2026-03-10T09:00:00Z', now: '2026-03-10T09:00:00Z' };

describe('appointment status transitions', () => {
  it('decides every pair of statuses, once the appointment has begun', () => {
    const table: Record<AppointmentStatus, Record<AppointmentStatus, string>> = {
      scheduled: { scheduled: 'same', held: 'change', missed: 'change', cancelled: 'change' },
      held: { scheduled: 'not_allowed', held: 'same', missed: 'correction', cancelled: 'already_took_place' },
      missed: {
        scheduled: 'not_allowed',
        held: 'correction',
        missed: 'same',
        cancelled: 'already_took_place',
      },
      cancelled: {
        scheduled: 'cancelled_is_final',
        held: 'cancelled_is_final',
        missed: 'cancelled_is_final',
        cancelled: 'same',
      },
    };
    for (const from of appointmentStatuses)
      for (const to of appointmentStatuses) {
        const decision = decideStatusChange(from, to, atStart);
        const summary = !decision.allowed
          ? decision.reason
          : !decision.changed
            ? 'same'
            : decision.correction
              ? 'correction'
              : 'change';
        expect(summary, `${from} → ${to}`).toBe(table[from][to]);
      }
  });

  it('refuses to record an outcome before the start, exactly at the boundary', () => {
    expect(decideStatusChange('scheduled', 'held', before)).toEqual({
      allowed: false,
      reason: 'not_started_yet',
    });
    expect(decideStatusChange('scheduled', 'missed', before)).toEqual({
      allowed: false,
      reason: 'not_started_yet',
    });
    expect(decideStatusChange('scheduled', 'held', atStart)).toEqual({
      allowed: true,
      changed: true,
      correction: false,
    });
    // Cancelling ahead of time is the point of cancelling.
    expect(decideStatusChange('scheduled', 'cancelled', before)).toMatchObject({
      allowed: true,
      changed: true,
    });
  });

  it('only a scheduled appointment can be rescheduled', () => {
    expect(appointmentStatuses.filter(canReschedule)).toEqual(['scheduled']);
  });

  it('never leaves cancelled, never returns to scheduled, and any sequence of changes ends in a reachable state', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...appointmentStatuses), { maxLength: 12 }),
        fc.boolean(),
        (targets, started) => {
          let status: AppointmentStatus = 'scheduled';
          const timing = started ? atStart : before;
          for (const target of targets) {
            const decision = decideStatusChange(status, target, timing);
            if (status === 'cancelled') expect(decision.allowed && decision.changed).toBe(false);
            if (target === 'scheduled' && status !== 'scheduled') expect(decision.allowed).toBe(false);
            if (decision.allowed && decision.changed) status = target;
          }
          if (!started) expect(['scheduled', 'cancelled']).toContain(status);
        },
      ),
    );
  });
});
