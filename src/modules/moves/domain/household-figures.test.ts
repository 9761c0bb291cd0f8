import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  householdsByYear,
  householdsInYearBy,
  type MoveFact,
  type RetentionFact,
  regionalizationFunnel,
  type StayFact,
} from './household-figures.js';

const move = (
  householdKey: string,
  movedOn: string,
  regionCode = '08',
  organizationId = 'cfiq',
): MoveFact => ({
  householdKey,
  movedOn,
  regionCountry: 'CA',
  regionCode,
  organizationId,
});

describe('households regionalized in a year', () => {
  it('counts a household of five once: one key, however many members moved', () => {
    const family = Array.from({ length: 5 }, () => move('h1', '2025-06-01'));
    expect(householdsByYear(family, [2025]).get(2025)).toBe(1);
  });

  it('counts a household that moves twice in a year once, and once in each year it moves', () => {
    const moves = [
      move('h1', '2025-03-01', '08'),
      move('h1', '2025-11-20', '01'),
      move('h1', '2026-02-01', '02'),
    ];
    const byYear = householdsByYear(moves, [2024, 2025, 2026]);
    expect([...byYear]).toEqual([
      [2024, 0],
      [2025, 1],
      [2026, 1],
    ]);
  });

  it('groups by region counting a household once per region it moved to that year', () => {
    const moves = [
      move('h1', '2025-03-01', '08'),
      move('h1', '2025-11-20', '01'),
      move('h2', '2025-05-05', '08'),
    ];
    const byRegion = householdsInYearBy(moves, 2025, (m) => m.regionCode);
    expect(Object.fromEntries(byRegion)).toEqual({ '08': 2, '01': 1 });
  });

  const moves = fc.array(
    fc.record({
      householdKey: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      movedOn: fc.constantFrom('2024-01-01', '2024-12-31', '2025-06-15', '2026-02-28'),
      regionCountry: fc.constant('CA'),
      regionCode: fc.constantFrom('01', '02', '08'),
      organizationId: fc.constantFrom('promis', 'cfiq', 'inici'),
    }),
    { maxLength: 40 },
  );

  it('never counts more households than distinct keys, nor fewer than any one group', () => {
    fc.assert(
      fc.property(moves, (sample) => {
        for (const year of [2024, 2025, 2026]) {
          const total = householdsByYear(sample, [year]).get(year)!;
          const keys = new Set(
            sample.filter((m) => m.movedOn.startsWith(`${year}`)).map((m) => m.householdKey),
          );
          expect(total).toBe(keys.size);
          for (const count of householdsInYearBy(sample, year, (m) => m.organizationId).values())
            expect(count).toBeLessThanOrEqual(total);
        }
      }),
    );
  });

  it('does not change when a move is repeated (the same household, the same day)', () => {
    fc.assert(
      fc.property(moves, fc.nat(), (sample, pick) => {
        if (sample.length === 0) return;
        const repeated = [...sample, sample[pick % sample.length]!];
        expect(householdsByYear(repeated, [2024, 2025, 2026])).toEqual(
          householdsByYear(sample, [2024, 2025, 2026]),
        );
      }),
    );
  });
});

describe('the path from the front door to a lasting settlement', () => {
  const stay = (
    householdKey: string,
    startsOn: string,
    decision: StayFact['decision'] = null,
    decidedOn: string | null = null,
    cancelled = false,
  ): StayFact => ({
    householdKey,
    startsOn,
    decision,
    decidedOn,
    cancelled,
  });
  const retention = (
    householdKey: string,
    movedOn: string,
    answeredOn: string | null,
    inRegion: boolean | null,
  ): RetentionFact => ({
    householdKey,
    movedOn,
    dueOn: `${Number(movedOn.slice(0, 4)) + 1}${movedOn.slice(4)}`,
    answeredOn,
    inRegion,
  });

  it('counts each stage in distinct households within the year', () => {
    const funnel = regionalizationFunnel(
      {
        requests: [
          { requestId: 'r1', receivedOn: '2025-01-10' },
          { requestId: 'r2', receivedOn: '2025-02-10' },
          { requestId: 'r3', receivedOn: '2025-03-10' },
          { requestId: 'r0', receivedOn: '2024-12-31' },
        ],
        stays: [
          stay('h1', '2025-04-01', 'decided_to_move', '2025-04-20'),
          stay('h1', '2025-05-01', 'decided_to_move', '2025-05-20'),
          stay('h2', '2025-04-03', 'not_interested', '2025-04-10'),
          stay('h3', '2025-06-01', null, null, true),
        ],
        moves: [move('h1', '2025-07-01'), move('h4', '2025-08-01')],
        retention: [
          retention('h1', '2025-07-01', '2026-07-03', true),
          retention('h4', '2025-08-01', '2026-08-05', false),
        ],
      },
      2025,
      '2026-12-01',
    );
    expect(funnel.stages).toEqual({ requests: 3, stays: 2, decisions: 1, moves: 2, retained: 1 });
    expect(funnel.retentionDue).toBe(2);
  });

  it('does not count an answer given after today, nor a follow-up not yet due', () => {
    const funnel = regionalizationFunnel(
      {
        requests: [],
        stays: [],
        moves: [move('h1', '2026-03-01')],
        retention: [retention('h1', '2026-03-01', '2027-03-02', true)],
      },
      2026,
      '2026-12-01',
    );
    expect(funnel.stages.retained).toBe(0);
    expect(funnel.retentionDue).toBe(0);
  });

  it('keeps a household retained only if it moved in the year counted', () => {
    const funnel = regionalizationFunnel(
      {
        requests: [],
        stays: [],
        moves: [move('h1', '2024-03-01')],
        retention: [retention('h1', '2024-03-01', '2025-03-02', true)],
      },
      2025,
      '2026-12-01',
    );
    expect(funnel.stages).toEqual({ requests: 0, stays: 0, decisions: 0, moves: 0, retained: 0 });
  });

  it('never retains more households than moved', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'd');
    const day = fc.constantFrom('2025-01-15', '2025-09-30', '2026-04-01');
    fc.assert(
      fc.property(
        fc.array(fc.record({ householdKey: key, movedOn: day }), { maxLength: 12 }),
        fc.array(
          fc.record({
            householdKey: key,
            movedOn: day,
            answeredOn: fc.option(day, { nil: null }),
            inRegion: fc.option(fc.boolean(), { nil: null }),
          }),
          { maxLength: 12 },
        ),
        (moves, answers) => {
          const funnel = regionalizationFunnel(
            {
              requests: [],
              stays: [],
              moves: moves.map((m) => move(m.householdKey, m.movedOn)),
              retention: answers.map((a) => ({ ...a, dueOn: '2026-01-01' })),
            },
            2025,
            '2026-12-01',
          );
          expect(funnel.stages.retained).toBeLessThanOrEqual(funnel.stages.moves);
          expect(funnel.retentionDue).toBeLessThanOrEqual(funnel.stages.moves);
        },
      ),
    );
  });
});
