import { describe, expect, it } from 'vitest';
import { changedMarks, type MarkState } from './roll-call.js';

const state = (mark: MarkState['mark'], minutesMissed = 0, live = true): MarkState => ({
  mark,
  minutesMissed,
  live,
});

describe('marks to save', () => {
  it('sends only the marks changed since the roll call was read', () => {
    const saved = new Map([
      ['a', state('present')],
      ['b', state(null)],
      ['c', state('late', 10)],
    ]);
    const drafts = new Map([
      ['a', state('present')],
      ['b', state('unexcused_absence')],
      ['c', state('late', 15)],
    ]);
    expect(changedMarks(saved, drafts)).toEqual([
      { enrolmentId: 'b', mark: 'unexcused_absence', minutesMissed: 0, live: true },
      { enrolmentId: 'c', mark: 'late', minutesMissed: 15, live: true },
    ]);
  });

  it('drops minutes typed for a late arrival once the mark becomes present', () => {
    const saved = new Map([['a', state('late', 20)]]);
    expect(changedMarks(saved, new Map([['a', state('present', 20)]]))).toEqual([
      { enrolmentId: 'a', mark: 'present', minutesMissed: 0, live: true },
    ]);
  });

  it('treats leftover minutes on a present mark as no change', () => {
    const saved = new Map([['a', state('present')]]);
    expect(changedMarks(saved, new Map([['a', state('present', 20)]]))).toEqual([]);
  });

  it('sends a switch to a recording even when the mark stays', () => {
    const saved = new Map([['a', state('present')]]);
    expect(changedMarks(saved, new Map([['a', state('present', 0, false)]]))).toEqual([
      { enrolmentId: 'a', mark: 'present', minutesMissed: 0, live: false },
    ]);
  });

  it('never sends a participant left without a mark', () => {
    expect(changedMarks(new Map(), new Map([['a', state(null, 0, false)]]))).toEqual([]);
  });
});
