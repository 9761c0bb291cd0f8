import { caseStatusOf } from './case-rules.js';
import type { CaseStepStatus, RecognitionResult } from './vocabulary.js';

export interface FigureCase {
  id: string;
  personId: string;
  versionId: string;
  result: RecognitionResult | null;
  closedOn: string | null;
  steps: { position: number; status: CaseStepStatus; startedOn: string | null; doneOn: string | null }[];
}

const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / dayMs);

/** The median of the values, the mean of the two middle ones for an even count; null when none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Where a case stopped, if it did: at its first failed step while it is not decided, else — closed
 * without a result — at the first step neither done nor waived. A decided case stopped nowhere.
 */
export function stoppedAt(c: FigureCase): number | null {
  const status = caseStatusOf(c);
  if (status === 'decided') return null;
  const ordered = [...c.steps].sort((a, b) => a.position - b.position);
  const failed = ordered.find((s) => s.status === 'failed');
  if (failed) return failed.position;
  if (status === 'closed')
    return ordered.find((s) => s.status !== 'done' && s.status !== 'waived')?.position ?? null;
  return null;
}

/** The working group's counts for one pathway's cases: people, results, and per version and step. */
export function pathwayCaseFigures(cases: readonly FigureCase[]) {
  const results = { recognised: 0, partial: 0, refused: 0 };
  let open = 0;
  let closedWithoutResult = 0;
  const byVersion = new Map<string, FigureCase[]>();
  for (const c of cases) {
    const status = caseStatusOf(c);
    if (c.result) results[c.result]++;
    else if (status === 'closed') closedWithoutResult++;
    else open++;
    const list = byVersion.get(c.versionId);
    if (list) list.push(c);
    else byVersion.set(c.versionId, [c]);
  }
  const versions = [...byVersion].map(([versionId, versionCases]) => {
    const positions = new Map<
      number,
      { inProgress: number; done: number; days: number[]; dropOuts: number }
    >();
    const at = (position: number) => {
      let figures = positions.get(position);
      if (!figures) {
        figures = { inProgress: 0, done: 0, days: [], dropOuts: 0 };
        positions.set(position, figures);
      }
      return figures;
    };
    for (const c of versionCases) {
      for (const s of c.steps) {
        const figures = at(s.position);
        if (s.status === 'in_progress') figures.inProgress++;
        if (s.status === 'done') {
          figures.done++;
          if (s.startedOn && s.doneOn) figures.days.push(daysBetween(s.startedOn, s.doneOn));
        }
      }
      const stopped = stoppedAt(c);
      if (stopped !== null) at(stopped).dropOuts++;
    }
    return {
      versionId,
      cases: versionCases.length,
      steps: [...positions]
        .sort(([a], [b]) => a - b)
        .map(([position, f]) => ({
          position,
          inProgress: f.inProgress,
          done: f.done,
          medianDays: median(f.days),
          dropOuts: f.dropOuts,
        })),
    };
  });
  return {
    people: new Set(cases.map((c) => c.personId)).size,
    open,
    results,
    closedWithoutResult,
    versions,
  };
}
