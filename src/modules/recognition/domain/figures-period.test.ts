import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseAsOf, casesOfPeriod, type DatedFigureCase, ranDuring } from './figures-period.js';
import { pathwayCaseFigures } from './pathway-figures.js';
import { caseStepStatuses } from './vocabulary.js';

const base = (patch: Partial<DatedFigureCase> = {}): DatedFigureCase => ({
  id: 'c1',
  personId: 'p1',
  versionId: 'v1',
  startedOn: '2026-02-01',
  result: null,
  decidedOn: null,
  closedOn: null,
  steps: [],
  ...patch,
});

describe('the cases of a period', () => {
  const days = ['2026-01-01', '2026-02-01', '2026-03-15', '2026-06-30', '2026-09-01'];
  const bounds = [null, ...days];

  it('keeps a case when it started by the end and did not end before the start (every period and end)', () => {
    for (const end of [null, '2026-03-15', '2026-06-30'])
      for (const from of bounds)
        for (const to of bounds) {
          if (from !== null && to !== null && from > to) continue;
          const c = base({ result: end ? 'recognised' : null, decidedOn: end });
          const expected =
            (to === null || '2026-02-01' <= to) && (from === null || end === null || end >= from);
          expect(ranDuring(c, { from, to }), `${from}…${to}, ended ${end}`).toBe(expected);
        }
  });

  it('reads a case as it stood at the period’s end: a later result, closing or step end had not happened', () => {
    const c = base({
      result: 'recognised',
      decidedOn: '2026-06-30',
      steps: [
        { position: 1, status: 'done', startedOn: '2026-02-01', doneOn: '2026-03-15' },
        { position: 2, status: 'done', startedOn: '2026-03-16', doneOn: '2026-06-01' },
        { position: 3, status: 'done', startedOn: '2026-06-02', doneOn: '2026-06-20' },
      ],
    });
    const atApril = caseAsOf(c, '2026-04-30');
    expect(atApril.result).toBeNull();
    expect(atApril.steps.map((s) => s.status)).toEqual(['done', 'in_progress', 'not_started']);
    expect(atApril.steps[2]?.startedOn).toBeNull();
    const figures = pathwayCaseFigures(casesOfPeriod([c], { from: '2026-01-01', to: '2026-04-30' }));
    expect(figures.open).toBe(1);
    expect(figures.results.recognised).toBe(0);
    expect(pathwayCaseFigures(casesOfPeriod([c], { from: '2026-06-01', to: null })).results.recognised).toBe(
      1,
    );
    expect(casesOfPeriod([c], { from: '2026-07-01', to: '2026-12-31' })).toHaveLength(0);
  });

  const day = fc
    .integer({ min: 0, max: 400 })
    .map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const caseArb = fc
    .record({
      startedOn: day,
      ended: fc.option(fc.tuple(day, fc.boolean())),
      steps: fc.array(fc.tuple(fc.constantFrom(...caseStepStatuses), fc.option(day), fc.option(day)), {
        maxLength: 5,
      }),
    })
    .map(({ startedOn, ended, steps }) => {
      const end = ended && ended[0] >= startedOn ? ended : null;
      return base({
        startedOn,
        result: end?.[1] ? 'recognised' : null,
        decidedOn: end?.[1] ? end[0] : null,
        closedOn: end && !end[1] ? end[0] : null,
        steps: steps.map(([status, a, b], i) => ({
          position: i + 1,
          status,
          startedOn: a,
          doneOn: status === 'done' || status === 'failed' ? (b ?? a) : null,
        })),
      });
    });

  it('an open period changes nothing; reading as of a day twice is reading it once; no date after the day survives', () => {
    fc.assert(
      fc.property(caseArb, day, (c, to) => {
        expect(casesOfPeriod([c], { from: null, to: null })).toEqual([c]);
        const once = caseAsOf(c, to);
        expect(caseAsOf(once, to)).toEqual(once);
        for (const date of [
          once.decidedOn,
          once.closedOn,
          ...once.steps.flatMap((s) => [s.startedOn, s.doneOn]),
        ])
          if (date !== null) expect(date <= to).toBe(true);
        expect(once.steps.filter((s) => s.status === 'done').length).toBeLessThanOrEqual(
          c.steps.filter((s) => s.status === 'done').length,
        );
      }),
    );
  });
});
