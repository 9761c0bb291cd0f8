import type { attendanceMarks, RollCallMarks } from '../../api/sessions.js';

export type Mark = (typeof attendanceMarks)[number];

export interface MarkState {
  mark: Mark | null;
  minutesMissed: number;
  live: boolean;
}

/** Only a late arrival or an early departure has minutes missed; other marks carry none. */
export function withMinutes(mark: Mark | null): boolean {
  return mark === 'late' || mark === 'left_early';
}

function normalized(state: MarkState): MarkState {
  return { ...state, minutesMissed: withMinutes(state.mark) ? state.minutesMissed : 0 };
}

function same(a: MarkState, b: MarkState): boolean {
  const x = normalized(a);
  const y = normalized(b);
  return x.mark === y.mark && x.minutesMissed === y.minutesMissed && x.live === y.live;
}

/**
 * The marks to send: those changed here since the last read. Sending the others would overwrite what
 * a colleague recorded meanwhile on another phone.
 */
export function changedMarks(
  saved: ReadonlyMap<string, MarkState>,
  drafts: ReadonlyMap<string, MarkState>,
): RollCallMarks {
  const marks: RollCallMarks = [];
  for (const [enrolmentId, draft] of drafts) {
    if (draft.mark === null) continue;
    const before = saved.get(enrolmentId);
    if (before && same(before, draft)) continue;
    const state = normalized(draft);
    marks.push({ enrolmentId, mark: draft.mark, minutesMissed: state.minutesMissed, live: state.live });
  }
  return marks;
}
