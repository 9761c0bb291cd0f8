import { defaultSmallCellThreshold } from './vocabulary.js';

/**
 * Small-cell suppression of published statistics tables (counts by two breakdowns, with row, column
 * and grand totals), so that nobody reads off a group of fewer than `threshold` people, directly or
 * by arithmetic on what is published.
 *
 * - Primary: every count with 0 < count < threshold — a cell or a total — is suppressed.
 * - Zeros are published (saying a group is empty discloses nobody) and are never chosen to protect
 *   another cell: a suppressed zero would be guessed.
 * - Complementary: the table with its totals is a set of lines (each row and column, the totals'
 *   row and column included) whose cells add up to their total. A suppressed cell alone in a line is
 *   recovered by subtraction; more subtly, a suppressed cell is recovered by adding and subtracting
 *   several lines exactly when it lies on no cycle of suppressed cells (a "bridge" of the graph
 *   whose vertices are the lines and whose edges are the suppressed cells). Further cells are
 *   suppressed, smallest counts first, until no suppressed cell is alone in its line, then until
 *   none is a bridge. Non-negativity can still narrow a suppressed cell to an interval (audit-level
 *   attacks); that is not checked.
 */

export interface CountTable {
  rows: string[];
  columns: string[];
  /** cells[row][column], non-negative integers. */
  cells: number[][];
}

export type SuppressionMark = 'published' | 'primary' | 'complementary';

export interface PublishedTable {
  rows: string[];
  columns: string[];
  /** null: suppressed. */
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  grandTotal: number | null;
  /** Why each entry of the table extended by its totals (last column: row totals; last row: column totals) is shown or not. */
  marks: SuppressionMark[][];
}

/** The table extended by its totals: row r (last) holds the column totals, column c (last) the row totals. */
export function withTotals(table: CountTable): number[][] {
  const columnCount = table.columns.length;
  for (const row of table.cells)
    if (row.length !== columnCount || row.some((count) => !Number.isInteger(count) || count < 0))
      throw new Error('A count table holds one non-negative integer per row and column');
  const grid = table.cells.map((row) => [...row, row.reduce((sum, count) => sum + count, 0)]);
  const margin = Array.from({ length: columnCount + 1 }, (_, column) =>
    grid.reduce((sum, row) => sum + row[column]!, 0),
  );
  return [...grid, margin];
}

type Entry = [row: number, column: number];

function linesOf(grid: number[][]): Entry[][] {
  const rows = grid.length;
  const columns = grid[0]!.length;
  const lines: Entry[][] = [];
  for (let row = 0; row < rows; row++)
    lines.push(Array.from({ length: columns }, (_, c) => [row, c] as Entry));
  for (let column = 0; column < columns; column++)
    lines.push(Array.from({ length: rows }, (_, r) => [r, column] as Entry));
  return lines;
}

/** The smallest positive, published entry among the candidates (inner cells before totals on a tie). */
function smallestProtector(grid: number[][], mask: boolean[][], candidates: Entry[]): Entry | null {
  const lastRow = grid.length - 1;
  const lastColumn = grid[0]!.length - 1;
  const isTotal = ([r, c]: Entry) => r === lastRow || c === lastColumn;
  let best: Entry | null = null;
  for (const entry of candidates) {
    const [r, c] = entry;
    if (mask[r]![c] || grid[r]![c]! === 0) continue;
    if (best === null) best = entry;
    else {
      const difference = grid[r]![c]! - grid[best[0]]![best[1]]!;
      if (difference < 0 || (difference === 0 && isTotal(best) && !isTotal(entry))) best = entry;
    }
  }
  return best;
}

/**
 * The vertices (0…rows−1 for rows, rows… for columns) reachable from `from` over suppressed entries,
 * without crossing `skipped`.
 */
function reachable(mask: boolean[][], from: number, skipped: Entry): Set<number> {
  const rows = mask.length;
  const columns = mask[0]!.length;
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const vertex = queue.pop()!;
    const neighbours =
      vertex < rows
        ? Array.from({ length: columns }, (_, c) => [vertex, c] as Entry)
        : Array.from({ length: rows }, (_, r) => [r, vertex - rows] as Entry);
    for (const [r, c] of neighbours) {
      if (!mask[r]![c] || (r === skipped[0] && c === skipped[1])) continue;
      const next = vertex < rows ? rows + c : r;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** A suppressed entry on no cycle of suppressed entries (its value follows from the published ones), if any. */
export function findRecoverable(mask: boolean[][]): Entry | null {
  const rows = mask.length;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < mask[r]!.length; c++)
      if (mask[r]![c] && !reachable(mask, r, [r, c]).has(rows + c)) return [r, c];
  return null;
}

/**
 * Completes a suppression mask over a table extended by its totals (see `withTotals`) until no
 * suppressed entry can be recovered. A mask that is already safe comes back unchanged.
 */
export function completeSuppression(grid: number[][], initial: boolean[][]): boolean[][] {
  const mask = initial.map((row) => [...row]);
  const lines = linesOf(grid);
  // Within a line first: the cheap, local protection, smallest counts first.
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([r, c]) => mask[r]![c]).length !== 1) continue;
      const protector = smallestProtector(grid, mask, line);
      if (protector === null) continue;
      mask[protector[0]]![protector[1]] = true;
      changed = true;
    }
  }
  // Then across lines: give each bridge a second path, through the cut it separates.
  const rows = grid.length;
  const columns = grid[0]!.length;
  for (let bridge = findRecoverable(mask); bridge !== null; bridge = findRecoverable(mask)) {
    const side = reachable(mask, bridge[0], bridge);
    const otherSide = reachable(mask, rows + bridge[1], bridge);
    const crossing: Entry[] = [];
    const closing: Entry[] = [];
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) {
        const rowSide = otherSide.has(r) ? 'B' : 'A';
        const columnSide = otherSide.has(rows + c) ? 'B' : 'A';
        if (rowSide === columnSide) continue;
        crossing.push([r, c]);
        if (side.has(r) || side.has(rows + c)) closing.push([r, c]);
      }
    // An entry joining both sides closes a cycle at once; otherwise one joining the bridge's far side
    // to the rest grows that side, and the loop goes on. One always exists: the cut's entries add up to
    // zero with the bridge among them, so a non-zero published one crosses it.
    const protector = smallestProtector(grid, mask, closing) ?? smallestProtector(grid, mask, crossing);
    if (protector === null) throw new Error('No cell left to protect a suppressed one');
    mask[protector[0]]![protector[1]] = true;
  }
  return mask;
}

export function suppressSmallCells(table: CountTable, options: { threshold?: number } = {}): PublishedTable {
  const threshold = options.threshold ?? defaultSmallCellThreshold;
  const grid = withTotals(table);
  const primary = grid.map((row) => row.map((count) => count > 0 && count < threshold));
  const mask = completeSuppression(grid, primary);
  const marks = grid.map((row, r) =>
    row.map(
      (_, c): SuppressionMark => (primary[r]![c] ? 'primary' : mask[r]![c] ? 'complementary' : 'published'),
    ),
  );
  const shown = grid.map((row, r) => row.map((count, c) => (mask[r]![c] ? null : count)));
  const rowCount = table.rows.length;
  const columnCount = table.columns.length;
  return {
    rows: table.rows,
    columns: table.columns,
    cells: shown.slice(0, rowCount).map((row) => row.slice(0, columnCount)),
    rowTotals: shown.slice(0, rowCount).map((row) => row[columnCount]!),
    columnTotals: shown[rowCount]!.slice(0, columnCount),
    grandTotal: shown[rowCount]![columnCount]!,
    marks,
  };
}

export interface RateCell {
  numerator: number;
  denominator: number;
}

/**
 * Rates by breakdown: a rate is suppressed when its denominator is under the threshold (a share of
 * seven people tells too much about each), or when that denominator is itself suppressed in the
 * published count table (`denominatorSuppressed`, the count table's cells), since the rate would
 * otherwise lead back to it.
 */
export function suppressRates(
  cells: readonly (readonly RateCell[])[],
  options: { threshold?: number; denominatorSuppressed?: readonly (readonly boolean[])[] } = {},
): (number | null)[][] {
  const threshold = options.threshold ?? defaultSmallCellThreshold;
  return cells.map((row, r) =>
    row.map(({ numerator, denominator }, c) =>
      denominator < threshold || denominator === 0 || options.denominatorSuppressed?.[r]?.[c] === true
        ? null
        : numerator / denominator,
    ),
  );
}
