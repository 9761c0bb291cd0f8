import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canMoveStep, isOpenStep, moveStep, nextStatuses, type StepDates } from './step-status.js';
import { type StepStatus, stepStatuses } from './vocabulary.js';

const planned: StepDates = {
  status: 'planned',
  startedOn: null,
  doneOn: null,
  abandonedOn: null,
  abandonedReason: null,
};
const move = { onDate: '2026-03-10', today: '2026-03-10' };

describe('step transitions', () => {
  it('allows exactly the documented moves', () => {
    const allowed = stepStatuses.flatMap((from) =>
      stepStatuses.filter((to) => canMoveStep(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'planned→in_progress',
      'planned→done',
      'planned→abandoned',
      'in_progress→done',
      'in_progress→abandoned',
      'done→in_progress',
      'abandoned→planned',
    ]);
  });

  it('never allows staying in place', () => {
    for (const status of stepStatuses) expect(canMoveStep(status, status)).toBe(false);
  });

  it('lists the next statuses the screen offers', () => {
    expect(nextStatuses('planned')).toEqual(['in_progress', 'done', 'abandoned']);
    expect(nextStatuses('done')).toEqual(['in_progress']);
  });

  it('calls planned and in progress open', () => {
    expect(stepStatuses.filter(isOpenStep)).toEqual(['planned', 'in_progress']);
  });
});

describe('moving a step', () => {
  it('dates the start once, even after a reopen', () => {
    const started = moveStep(planned, 'in_progress', { ...move, onDate: '2026-03-01' });
    expect(started).toEqual({
      ok: true,
      dates: { ...planned, status: 'in_progress', startedOn: '2026-03-01' },
    });
    if (!started.ok) return;
    const done = moveStep(started.dates, 'done', move);
    expect(done.ok && done.dates).toEqual({ ...started.dates, status: 'done', doneOn: '2026-03-10' });
    if (!done.ok) return;
    const reopened = moveStep(done.dates, 'in_progress', move);
    expect(reopened.ok && reopened.dates).toEqual({ ...started.dates });
  });

  it('requires a reason to abandon, and keeps it trimmed', () => {
    expect(moveStep(planned, 'abandoned', move)).toEqual({ ok: false, problem: 'reason_required' });
    expect(moveStep(planned, 'abandoned', { ...move, reason: '   ' })).toEqual({
      ok: false,
      problem: 'reason_required',
    });
    expect(moveStep(planned, 'abandoned', { ...move, reason: ' moved to Lyon ' })).toEqual({
      ok: true,
      dates: { ...planned, status: 'abandoned', abandonedOn: '2026-03-10', abandonedReason: 'moved to Lyon' },
    });
  });

  it('clears the abandonment when the person resumes', () => {
    const abandoned: StepDates = {
      ...planned,
      status: 'abandoned',
      abandonedOn: '2026-02-01',
      abandonedReason: 'ill',
    };
    expect(moveStep(abandoned, 'planned', move)).toEqual({ ok: true, dates: planned });
  });

  it('refuses a date after today and a move not allowed', () => {
    expect(moveStep(planned, 'done', { onDate: '2026-03-11', today: '2026-03-10' })).toEqual({
      ok: false,
      problem: 'date_in_future',
    });
    const done: StepDates = { ...planned, status: 'done', doneOn: '2026-03-01' };
    expect(moveStep(done, 'abandoned', { ...move, reason: 'x' })).toEqual({
      ok: false,
      problem: 'transition_not_allowed',
    });
  });

  it('keeps the dates consistent with the status whatever the path (property)', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`);
    const steps = fc.array(
      fc.record({ to: fc.constantFrom(...stepStatuses), onDate: day, reason: fc.option(fc.string()) }),
      {
        maxLength: 12,
      },
    );
    fc.assert(
      fc.property(steps, (moves) => {
        let dates = planned;
        for (const m of moves) {
          const result = moveStep(dates, m.to as StepStatus, {
            onDate: m.onDate,
            today: '2026-02-28',
            reason: m.reason,
          });
          if (result.ok) dates = result.dates;
          else expect(result.problem === 'transition_not_allowed').toBe(!canMoveStep(dates.status, m.to));
        }
        expect(dates.doneOn !== null).toBe(dates.status === 'done');
        expect(dates.abandonedOn !== null).toBe(dates.status === 'abandoned');
        expect(dates.abandonedReason !== null && dates.abandonedReason.trim() !== '').toBe(
          dates.status === 'abandoned',
        );
        if (dates.status === 'in_progress') expect(dates.startedOn).not.toBeNull();
      }),
    );
  });
});
