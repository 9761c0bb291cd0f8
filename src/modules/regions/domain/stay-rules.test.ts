import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  costTotals,
  dayWithinStay,
  decidedOnOf,
  foldForSearch,
  initialsOf,
  reportProblem,
  stayActions,
  stayAllows,
  stayDatesProblem,
  stayDecisions,
  stayLength,
  stayStatuses,
} from './stay-rules.js';

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('the length of a stay', () => {
  it('counts both ends: one day when it starts and ends the same day, five from Monday to Friday', () => {
    expect(stayLength('2026-07-06', '2026-07-06')).toBe(1);
    expect(stayLength('2026-07-06', '2026-07-10')).toBe(5);
    expect(stayLength('2026-02-27', '2026-03-02')).toBe(4);
    expect(stayLength('2026-03-07', '2026-03-09')).toBe(3); // across the change to daylight saving time
  });

  it('accepts exactly 1 to 5 days, end on or after start (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -10, max: 10 }), (start, offset) => {
        const end = addDays(start, offset);
        const problem = stayDatesProblem(start, end);
        if (offset < 0) expect(problem).toBe('ends_before_start');
        else if (offset > 4) expect(problem).toBe('too_long');
        else expect(problem).toBeNull();
      }),
    );
  });

  it('keeps programme days within the stay (property)', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: -3, max: 8 }),
        (start, length, at) => {
          const end = addDays(start, length);
          expect(dayWithinStay(addDays(start, at), start, end)).toBe(at >= 0 && at <= length);
        },
      ),
    );
  });
});

describe('what a stay allows in each status (exhaustive)', () => {
  it('lets a planned stay do everything, a done one take a report or a cost, a cancelled one nothing', () => {
    const table = Object.fromEntries(
      stayStatuses.map((status) => [status, stayActions.filter((action) => stayAllows(status, action))]),
    );
    expect(table).toEqual({
      planned: ['edit', 'cancel', 'report', 'add_item', 'add_cost'],
      done: ['report', 'add_cost'],
      cancelled: [],
    });
  });
});

describe('the report', () => {
  it('is refused before the stay begins, and a decision to move needs its day, not before the stay', () => {
    const base = { startsOn: '2026-07-06', today: '2026-07-09', decidedOn: null };
    expect(reportProblem({ ...base, today: '2026-07-05', decision: 'interested' })).toBe('before_start');
    expect(reportProblem({ ...base, decision: 'interested' })).toBeNull();
    expect(reportProblem({ ...base, decision: 'not_interested' })).toBeNull();
    expect(reportProblem({ ...base, decision: 'decided_to_move' })).toBe('decided_on_missing');
    expect(reportProblem({ ...base, decision: 'decided_to_move', decidedOn: '2026-07-01' })).toBe(
      'decided_on_before_start',
    );
    expect(reportProblem({ ...base, decision: 'decided_to_move', decidedOn: '2026-07-06' })).toBeNull();
  });

  it('keeps a decided day only with a decision to move (exhaustive over decisions)', () => {
    for (const decision of stayDecisions)
      expect(decidedOnOf(decision, '2026-07-08')).toBe(decision === 'decided_to_move' ? '2026-07-08' : null);
  });
});

describe('costs', () => {
  it('total in integer cents equals the sum of the payers’ shares (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            amountCents: fc.integer({ min: 1, max: 100_000_000 }),
            paidBy: fc.constantFrom('household' as const, 'program' as const, 'partner' as const),
          }),
          { maxLength: 30 },
        ),
        (lines) => {
          const { totalCents, byPayer } = costTotals(lines);
          expect(totalCents).toBe(lines.reduce((sum, l) => sum + l.amountCents, 0));
          expect(byPayer.household + byPayer.program + byPayer.partner).toBe(totalCents);
          expect(Number.isInteger(totalCents)).toBe(true);
        },
      ),
    );
  });
});

describe('minimum exposure', () => {
  it('gives initials, whatever the alphabet', () => {
    expect(initialsOf('Amina', 'Diallo')).toBe('A. D.');
    expect(initialsOf('élodie', 'Ümit')).toBe('É. Ü.');
    expect(initialsOf('أمينة', 'ديالو')).toBe('أ. د.');
    expect(initialsOf('', 'Diallo')).toBe('D.');
  });

  it('finds a region named in a title without accents or dashes', () => {
    expect(foldForSearch('Info-Emploi — Saguenay–Lac-Saint-Jean')).toContain(
      foldForSearch('Saguenay–Lac-Saint-Jean'),
    );
    expect(foldForSearch('Abitibi-Témiscamingue')).toBe('abitibi temiscamingue');
  });
});
