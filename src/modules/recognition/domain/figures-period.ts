import type { FigureCase } from './pathway-figures.js';

/** The days the working group's figures cover; an open end on either side when absent. */
export interface FiguresPeriod {
  from: string | null;
  to: string | null;
}

export interface DatedFigureCase extends FigureCase {
  startedOn: string;
  decidedOn: string | null;
}

/** The day a case ended: its decision or its closing; null while it runs. */
export const caseEnd = (c: { decidedOn: string | null; closedOn: string | null }) =>
  c.decidedOn ?? c.closedOn;

/** A case ran during the period when it started by its end and did not end before its start. */
export function ranDuring(c: DatedFigureCase, period: FiguresPeriod): boolean {
  if (period.to !== null && c.startedOn > period.to) return false;
  const end = caseEnd(c);
  return period.from === null || end === null || end >= period.from;
}

/**
 * The case as it stood at the end of `to`: a decision or a closing dated later had not happened, a step
 * ended later was still in progress (or not started, if it started later too), a step started later
 * had not started. Without `to`, the case as it stands.
 */
export function caseAsOf<C extends DatedFigureCase>(c: C, to: string | null): C {
  if (to === null) return c;
  const decided = c.decidedOn !== null && c.decidedOn <= to;
  const closed = c.closedOn !== null && c.closedOn <= to;
  return {
    ...c,
    result: decided ? c.result : null,
    decidedOn: decided ? c.decidedOn : null,
    closedOn: closed ? c.closedOn : null,
    steps: c.steps.map((s) => {
      const started = s.startedOn !== null && s.startedOn <= to;
      if (s.doneOn !== null && s.doneOn > to)
        return {
          ...s,
          status: started ? 'in_progress' : 'not_started',
          doneOn: null,
          startedOn: started ? s.startedOn : null,
        };
      if (s.startedOn !== null && !started) return { ...s, status: 'not_started', startedOn: null };
      return s;
    }),
  };
}

/** The cases that ran during the period, each as it stood at the period's end. */
export function casesOfPeriod<C extends DatedFigureCase>(cases: readonly C[], period: FiguresPeriod): C[] {
  return cases.filter((c) => ranDuring(c, period)).map((c) => caseAsOf(c, period.to));
}

/** A day falls in the period. */
export const inPeriod = (day: string, period: FiguresPeriod) =>
  (period.from === null || day >= period.from) && (period.to === null || day <= period.to);
