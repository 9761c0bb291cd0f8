import type { OutcomeRecord, PersonFacts } from './records.js';
import type { CountTable } from './small-cell-suppression.js';

/**
 * The breakdowns of published statistics (underemployment by country of training, field, sex, years
 * since arrival, age). Only the birth and arrival years are recorded, so ages and durations are the
 * ones reached during the reference year — the band a person is in on 31 December of it.
 */

export const ageBands = ['under_26', '26_44', '45_54', '55_plus', 'unknown'] as const;
export type AgeBand = (typeof ageBands)[number];

/** Bands of the FSE+ (under 26 is "young", 55 and over "senior") with the middle split at 45. */
export function ageBandOf(birthYear: number | null, referenceYear: number): AgeBand {
  if (birthYear === null || birthYear > referenceYear) return 'unknown';
  const age = referenceYear - birthYear;
  if (age < 26) return 'under_26';
  if (age < 45) return '26_44';
  if (age < 55) return '45_54';
  return '55_plus';
}

export const arrivalBands = ['years_0_2', 'years_3_5', 'years_6_10', 'over_10', 'unknown'] as const;
export type ArrivalBand = (typeof arrivalBands)[number];

export function yearsSinceArrivalBandOf(arrivalYear: number | null, referenceYear: number): ArrivalBand {
  if (arrivalYear === null || arrivalYear > referenceYear) return 'unknown';
  const years = referenceYear - arrivalYear;
  if (years <= 2) return 'years_0_2';
  if (years <= 5) return 'years_3_5';
  if (years <= 10) return 'years_6_10';
  return 'over_10';
}

export const breakdownDimensions = [
  'training_country',
  'field',
  'sex',
  'years_since_arrival',
  'age_band',
] as const;
export type BreakdownDimension = (typeof breakdownDimensions)[number];

/** The person's category on a dimension; 'unknown' when the fact is missing. */
export function categoryOf(
  person: PersonFacts,
  dimension: BreakdownDimension,
  referenceYear: number,
): string {
  switch (dimension) {
    case 'training_country':
      return person.trainingCountry ?? 'unknown';
    case 'field':
      return person.field ?? 'unknown';
    case 'sex':
      return person.sex ?? 'unknown';
    case 'years_since_arrival':
      return yearsSinceArrivalBandOf(person.arrivalYear, referenceYear);
    case 'age_band':
      return ageBandOf(person.birthYear, referenceYear);
  }
}

/**
 * Counts of the chosen records by two dimensions, ready for small-cell suppression. Rows and columns
 * are the categories met, sorted ('unknown' last), so an absent category is not published as a zero.
 */
export function crossTabulate(
  records: readonly OutcomeRecord[],
  rowDimension: BreakdownDimension,
  columnDimension: BreakdownDimension,
  referenceYear: number,
): CountTable {
  const pairs = records.map((record) => [
    categoryOf(record.person, rowDimension, referenceYear),
    categoryOf(record.person, columnDimension, referenceYear),
  ]);
  const order = (values: string[]) =>
    [...new Set(values)].sort((a, b) =>
      a === 'unknown' ? 1 : b === 'unknown' ? -1 : a < b ? -1 : a > b ? 1 : 0,
    );
  const rows = order(pairs.map(([row]) => row!));
  const columns = order(pairs.map(([, column]) => column!));
  const cells = rows.map(() => columns.map(() => 0));
  for (const [row, column] of pairs) cells[rows.indexOf(row!)]![columns.indexOf(column!)]! += 1;
  return { rows, columns, cells };
}
