import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CountTable,
  completeSuppression,
  findRecoverable,
  suppressRates,
  suppressSmallCells,
  withTotals,
} from './small-cell-suppression.js';

/**
 * An oracle independent of the implementation's graph reasoning: the published table with its totals
 * is a linear system in the suppressed entries; an entry can be recovered exactly when its unit vector
 * lies in the row space of that system (rank does not grow when it is added).
 */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  const columns = m[0]?.length ?? 0;
  for (let c = 0; c < columns && r < m.length; c++) {
    let pivot = -1;
    for (let i = r; i < m.length; i++) if (Math.abs(m[i]![c]!) > 1e-9) pivot = i;
    if (pivot === -1) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const factor = m[i]![c]! / m[r]![c]!;
      for (let k = c; k < columns; k++) m[i]![k]! -= factor * m[r]![k]!;
    }
    r++;
  }
  return r;
}

function recoverableEntries(mask: boolean[][]): [number, number][] {
  const rows = mask.length;
  const columns = mask[0]!.length;
  const unknowns: [number, number][] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) if (mask[r]![c]) unknowns.push([r, c]);
  if (unknowns.length === 0) return [];
  const equations: number[][] = [];
  // Each line: its inner entries add up to its last entry (the total).
  for (let r = 0; r < rows; r++)
    equations.push(unknowns.map(([ur, uc]) => (ur !== r ? 0 : uc === columns - 1 ? -1 : 1)));
  for (let c = 0; c < columns; c++)
    equations.push(unknowns.map(([ur, uc]) => (uc !== c ? 0 : ur === rows - 1 ? -1 : 1)));
  const base = rank(equations);
  return unknowns.filter((_, k) => rank([...equations, unknowns.map((__, j) => (j === k ? 1 : 0))]) === base);
}

const table = (cells: number[][]): CountTable => ({
  rows: cells.map((_, i) => `r${i}`),
  columns: cells[0]!.map((_, j) => `c${j}`),
  cells,
});

describe('small-cell suppression', () => {
  it('suppresses a small cell and the smallest cells that keep it from being subtracted out', () => {
    const published = suppressSmallCells(
      table([
        [3, 20],
        [15, 25],
      ]),
    );
    expect(published.cells).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(published.rowTotals).toEqual([23, 40]);
    expect(published.columnTotals).toEqual([18, 45]);
    expect(published.grandTotal).toBe(63);
    expect(published.marks[0]![0]).toBe('primary');
    expect(published.marks[1]![1]).toBe('complementary');
  });
  it('prefers the smallest count as protector, and a cell over a total on a tie', () => {
    const published = suppressSmallCells(
      table([
        [4, 12, 30],
        [40, 50, 60],
        [45, 55, 65],
      ]),
    );
    // Row 0: 12 beats 30 and the total 46; column 0: 40 beats 45 and the total 89; then 50 closes the rectangle.
    expect(published.cells).toEqual([
      [null, null, 30],
      [null, null, 60],
      [45, 55, 65],
    ]);
    expect(published.rowTotals).toEqual([46, 150, 165]);
    const tie = suppressSmallCells(
      table([
        [4, 20],
        [16, 50],
      ]),
    );
    // Row 0: the cell 20 and the column total 20 tie; the cell goes.
    expect(tie.cells[0]).toEqual([null, null]);
    expect(tie.columnTotals).toEqual([20, 70]);
  });
  it('publishes zeros and never hides one to protect another cell', () => {
    const published = suppressSmallCells(
      table([
        [0, 0],
        [0, 25],
      ]),
    );
    expect(published.cells).toEqual([
      [0, 0],
      [0, 25],
    ]);
    const protectedByTotals = suppressSmallCells(
      table([
        [5, 0],
        [0, 25],
      ]),
    );
    // 5 is alone in its row and column: their totals (5) are small too, and so is everything that would recover them.
    expect(protectedByTotals.cells[0]).toEqual([null, 0]);
    expect(protectedByTotals.cells[1]![0]).toBe(0);
    expect(protectedByTotals.rowTotals[0]).toBeNull();
    expect(protectedByTotals.columnTotals[0]).toBeNull();
  });
  it('suppresses a small total as a small cell', () => {
    const published = suppressSmallCells(
      table([
        [5, 4],
        [30, 40],
      ]),
    );
    expect(published.rowTotals[0]).toBeNull();
  });
  it('an all-small table hides every non-zero entry, grand total included', () => {
    const published = suppressSmallCells(
      table([
        [1, 2],
        [3, 0],
      ]),
    );
    expect(published.grandTotal).toBeNull();
    expect(published.cells).toEqual([
      [null, null],
      [null, 0],
    ]);
  });
  it('closes a cycle through a cell that only several lines together would reveal', () => {
    const cells = [
      [1, 2, 50, 50],
      [3, 4, 5, 50],
      [50, 50, 6, 7],
      [50, 50, 8, 9],
    ];
    const grid = withTotals(table(cells));
    const primary = grid.map((row) => row.map((count) => count > 0 && count < 10));
    // No line holds a lone suppressed cell, yet the 5 is rows 2–3 less columns 2–3's published parts.
    expect(findRecoverable(primary)).toEqual([1, 2]);
    expect(recoverableEntries(primary)).toEqual([[1, 2]]);
    const published = suppressSmallCells(table(cells));
    const mask = published.marks.map((row) => row.map((mark) => mark !== 'published'));
    expect(recoverableEntries(mask)).toEqual([]);
    expect(published.marks.flat().filter((mark) => mark === 'complementary')).toHaveLength(1);
  });
  it('refuses counts that are not non-negative integers', () => {
    expect(() => suppressSmallCells(table([[1.5]]))).toThrow();
    expect(() => suppressSmallCells(table([[-1]]))).toThrow();
    expect(() => suppressSmallCells({ rows: ['a'], columns: ['x', 'y'], cells: [[1]] })).toThrow();
  });

  const count = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 80 }), fc.constant(0));
  const tables = fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
    .chain(([rows, columns]) =>
      fc.array(fc.array(count, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
    )
    .map(table);
  const threshold = fc.constantFrom(3, 5, 10, 11);

  it('publishes no count under the threshold but zero, and the true value of every published entry', () => {
    fc.assert(
      fc.property(tables, threshold, (t, limit) => {
        const published = suppressSmallCells(t, { threshold: limit });
        const grid = withTotals(t);
        const shown = [
          ...published.cells.map((row, r) => [...row, published.rowTotals[r]!]),
          [...published.columnTotals, published.grandTotal],
        ];
        return shown.every((row, r) =>
          row.every(
            (value, c) => value === null || (value === grid[r]![c] && (value === 0 || value >= limit)),
          ),
        );
      }),
      { numRuns: 1000 },
    );
  });
  it('leaves no suppressed entry alone in its row or column, and none recoverable by combining lines', () => {
    fc.assert(
      fc.property(tables, threshold, (t, limit) => {
        const published = suppressSmallCells(t, { threshold: limit });
        const mask = published.marks.map((row) => row.map((mark) => mark !== 'published'));
        const lines = [...mask, ...mask[0]!.map((_, c) => mask.map((row) => row[c]!))];
        return (
          lines.every((line) => line.filter(Boolean).length !== 1) && recoverableEntries(mask).length === 0
        );
      }),
      { numRuns: 1000 },
    );
  });
  it('never hides a zero, and hides nothing in a table without small counts', () => {
    fc.assert(
      fc.property(tables, threshold, (t, limit) => {
        const published = suppressSmallCells(t, { threshold: limit });
        const grid = withTotals(t);
        const noSmall = grid.flat().every((v) => v === 0 || v >= limit);
        return published.marks.every((row, r) =>
          row.every((mark, c) =>
            grid[r]![c] === 0 ? mark === 'published' : !noSmall || mark === 'published',
          ),
        );
      }),
      { numRuns: 1000 },
    );
  });
  it('is idempotent: completing a safe suppression changes nothing, and the same table gives the same result', () => {
    fc.assert(
      fc.property(tables, threshold, (t, limit) => {
        const published = suppressSmallCells(t, { threshold: limit });
        const mask = published.marks.map((row) => row.map((mark) => mark !== 'published'));
        const again = completeSuppression(withTotals(t), mask);
        return (
          JSON.stringify(again) === JSON.stringify(mask) &&
          JSON.stringify(suppressSmallCells(t, { threshold: limit })) === JSON.stringify(published)
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('rates', () => {
  it('suppresses a rate whose denominator is under the threshold or suppressed itself', () => {
    const cells = [
      [
        { numerator: 3, denominator: 9 },
        { numerator: 3, denominator: 10 },
      ],
      [
        { numerator: 0, denominator: 0 },
        { numerator: 20, denominator: 40 },
      ],
    ];
    expect(suppressRates(cells)).toEqual([
      [null, 0.3],
      [null, 0.5],
    ]);
    expect(suppressRates(cells, { threshold: 5 })).toEqual([
      [1 / 3, 0.3],
      [null, 0.5],
    ]);
    expect(
      suppressRates(cells, {
        denominatorSuppressed: [
          [false, false],
          [false, true],
        ],
      }),
    ).toEqual([
      [null, 0.3],
      [null, null],
    ]);
  });
  it('never publishes a rate over fewer than the threshold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(fc.nat(50), fc.nat(50)), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.integer({ min: 1, max: 20 }),
        (pairs, limit) => {
          const cells = pairs.map((row) =>
            row.map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) })),
          );
          return suppressRates(cells, { threshold: limit }).every((row, r) =>
            row.every((rate, c) => rate === null || cells[r]![c]!.denominator >= limit),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
