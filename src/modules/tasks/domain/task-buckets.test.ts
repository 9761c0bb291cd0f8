import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketOf, compareTasks, taskBuckets } from './task-buckets.js';

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('bucketOf', () => {
  it('puts a task before, on and after the day in overdue, today and upcoming, and a done one in done', () => {
    expect(bucketOf({ dueOn: '2026-03-01', done: false }, '2026-03-02')).toBe('overdue');
    expect(bucketOf({ dueOn: '2026-03-02', done: false }, '2026-03-02')).toBe('today');
    expect(bucketOf({ dueOn: '2026-03-03', done: false }, '2026-03-02')).toBe('upcoming');
    expect(bucketOf({ dueOn: '2020-01-01', done: true }, '2026-03-02')).toBe('done');
  });

  it('gives every task exactly one bucket, and only a done task the done bucket', () => {
    fc.assert(
      fc.property(day, day, fc.boolean(), (dueOn, today, done) => {
        const bucket = bucketOf({ dueOn, done }, today);
        expect(taskBuckets).toContain(bucket);
        expect(bucket === 'done').toBe(done);
        if (!done) expect(bucket === 'overdue').toBe(dueOn < today);
      }),
    );
  });

  it('never moves an open task backwards as the days pass (upcoming → today → overdue)', () => {
    const rank = { upcoming: 0, today: 1, overdue: 2, done: 3 };
    fc.assert(
      fc.property(day, day, day, (dueOn, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        expect(rank[bucketOf({ dueOn, done: false }, later)]).toBeGreaterThanOrEqual(
          rank[bucketOf({ dueOn, done: false }, earlier)],
        );
      }),
    );
  });
});

describe('compareTasks', () => {
  it('lists open tasks soonest first, then done ones latest done first', () => {
    const tasks = [
      { title: 'b', dueOn: '2026-03-05', doneAt: null },
      { title: 'old', dueOn: '2026-01-01', doneAt: '2026-01-02T10:00:00Z' },
      { title: 'a', dueOn: '2026-03-05', doneAt: null },
      { title: 'recent', dueOn: '2026-01-01', doneAt: '2026-02-02T10:00:00Z' },
      { title: 'c', dueOn: '2026-03-01', doneAt: null },
    ];
    expect([...tasks].sort(compareTasks).map((t) => t.title)).toEqual(['c', 'a', 'b', 'recent', 'old']);
  });
});
