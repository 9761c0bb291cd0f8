import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionsToCarryOver,
  isOverdue,
  type SeriesAction,
  statusChangeRefusal,
  statusOn,
} from './actions.js';
import { actionStatuses } from './vocabulary.js';

const at = (day: string) => new Date(`${day}T10:00:00Z`);

describe('actions carried over to the next meeting of a series', () => {
  const actions: SeriesAction[] = [
    { id: 'b', status: 'open', decidedAt: at('2026-02-03') },
    { id: 'a', status: 'in_progress', decidedAt: at('2026-01-06') },
    { id: 'c', status: 'done', decidedAt: at('2026-01-06') },
    { id: 'd', status: 'dropped', decidedAt: at('2026-02-03') },
    { id: 'e', status: 'open', decidedAt: at('2026-03-03') },
  ];

  it('carries the open and under-way actions of earlier meetings, oldest first', () => {
    expect(actionsToCarryOver(actions, at('2026-03-03'))).toEqual(['a', 'b']);
  });

  it('carries nothing decided at or after the new meeting, nor anything done or dropped', () => {
    expect(actionsToCarryOver(actions, at('2026-01-06'))).toEqual([]);
    expect(actionsToCarryOver(actions, at('2026-04-07'))).toEqual(['a', 'b', 'e']);
  });

  it('carries exactly the open actions decided before, whatever the list', () => {
    const action = fc.record({
      id: fc.uuid(),
      status: fc.constantFrom(...actionStatuses),
      decidedAt: fc.date({ min: new Date('2025-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(action, { selector: (a) => a.id }),
        fc.date({ min: new Date('2025-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }),
        (list, startsAt) => {
          const carried = actionsToCarryOver(list, startsAt);
          const expected = list.filter(
            (a) => (a.status === 'open' || a.status === 'in_progress') && a.decidedAt < startsAt,
          );
          expect(new Set(carried)).toEqual(new Set(expected.map((a) => a.id)));
          const times = carried.map((id) => list.find((a) => a.id === id)!.decidedAt.getTime());
          expect(times).toEqual([...times].sort((x, y) => x - y));
        },
      ),
    );
  });
});

describe('action state', () => {
  it('is overdue only while still to be done and past its due day', () => {
    expect(isOverdue({ status: 'open', dueOn: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ status: 'in_progress', dueOn: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ status: 'open', dueOn: '2026-03-02' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2026-03-01' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'dropped', dueOn: '2026-03-01' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'open', dueOn: null }, '2026-03-02')).toBe(false);
  });

  it('refuses a change to the same status and allows any other, reopening included', () => {
    for (const from of actionStatuses)
      for (const to of actionStatuses)
        expect(statusChangeRefusal(from, to)).toBe(from === to ? 'unchanged' : null);
  });

  it('tells the status of a day from the history', () => {
    const history = [
      { from: 'open' as const, to: 'done' as const, at: at('2026-03-03'), meetingId: 'm2' },
      { from: null, to: 'open' as const, at: at('2026-02-03'), meetingId: 'm1' },
    ];
    expect(statusOn(history, at('2026-01-01'))).toBeNull();
    expect(statusOn(history, at('2026-02-10'))).toBe('open');
    expect(statusOn(history, at('2026-03-03'))).toBe('done');
  });
});
