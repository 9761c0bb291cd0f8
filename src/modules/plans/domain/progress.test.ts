import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goalReachedOn, isOverdue, percentOf, planProgressOf, progressOf } from './progress.js';
import { type StepStatus, stepStatuses } from './vocabulary.js';

const steps = (...statuses: StepStatus[]) => statuses.map((status) => ({ status }));

describe('progress', () => {
  it('counts done steps over the steps not abandoned', () => {
    expect(progressOf(steps('done', 'planned', 'in_progress', 'abandoned'))).toEqual({ done: 1, counted: 3 });
    expect(progressOf(steps('abandoned', 'abandoned'))).toEqual({ done: 0, counted: 0 });
    expect(progressOf([])).toEqual({ done: 0, counted: 0 });
  });

  it('shows whole percents rounded down, none when nothing counts', () => {
    expect(percentOf({ done: 1, counted: 3 })).toBe(33);
    expect(percentOf({ done: 2, counted: 3 })).toBe(66);
    expect(percentOf({ done: 199, counted: 200 })).toBe(99);
    expect(percentOf({ done: 3, counted: 3 })).toBe(100);
    expect(percentOf({ done: 0, counted: 4 })).toBe(0);
    expect(percentOf({ done: 0, counted: 0 })).toBeNull();
  });

  it('takes the plan over all its steps, not as an average of goals', () => {
    // Goal A: 1 of 1 done; goal B: 0 of 3. Average of goals would say 50 %; the plan is 1 of 4.
    expect(
      planProgressOf([{ steps: steps('done') }, { steps: steps('planned', 'planned', 'in_progress') }]),
    ).toEqual({
      done: 1,
      counted: 4,
    });
  });

  it('is bounded, exact and ignores abandoned steps (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...stepStatuses), { maxLength: 60 }), (statuses) => {
        const p = progressOf(steps(...statuses));
        expect(p.done).toBe(statuses.filter((s) => s === 'done').length);
        expect(p.counted).toBe(statuses.filter((s) => s !== 'abandoned').length);
        expect(progressOf(steps(...statuses, 'abandoned'))).toEqual(p);
        const percent = percentOf(p);
        if (p.counted === 0) expect(percent).toBeNull();
        else {
          expect(percent).toBeGreaterThanOrEqual(0);
          expect(percent).toBeLessThanOrEqual(100);
          expect(percent === 100).toBe(p.done === p.counted);
        }
      }),
    );
  });

  it('splitting steps into goals never changes the plan progress (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...stepStatuses), { maxLength: 8 }), { maxLength: 8 }),
        (goals) => {
          const plan = planProgressOf(goals.map((g) => ({ steps: steps(...g) })));
          expect(plan).toEqual(progressOf(steps(...goals.flat())));
        },
      ),
    );
  });
});

describe('overdue', () => {
  it('is an open step due before today', () => {
    expect(isOverdue({ status: 'planned', dueOn: '2026-03-09' }, '2026-03-10')).toBe(true);
    expect(isOverdue({ status: 'in_progress', dueOn: '2026-03-09' }, '2026-03-10')).toBe(true);
    expect(isOverdue({ status: 'planned', dueOn: '2026-03-10' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ status: 'planned', dueOn: null }, '2026-03-10')).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2026-01-01' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ status: 'abandoned', dueOn: '2026-01-01' }, '2026-03-10')).toBe(false);
  });
});

describe('goal reached', () => {
  it('on the last done date when every counted step is done', () => {
    expect(
      goalReachedOn([
        { status: 'done', doneOn: '2026-02-01' },
        { status: 'abandoned', doneOn: null },
        { status: 'done', doneOn: '2026-03-05' },
      ]),
    ).toBe('2026-03-05');
    expect(
      goalReachedOn([
        { status: 'done', doneOn: '2026-02-01' },
        { status: 'planned', doneOn: null },
      ]),
    ).toBeNull();
    expect(goalReachedOn([{ status: 'abandoned', doneOn: null }])).toBeNull();
    expect(goalReachedOn([])).toBeNull();
  });
});
