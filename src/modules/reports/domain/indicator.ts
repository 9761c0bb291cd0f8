import type { Measure, Period } from '../../outcomes/domain/measure.js';
import type { OutcomeRecord } from '../../outcomes/domain/records.js';
import type { RuleVersion } from '../../outcomes/domain/rule.js';
import type { CountingUnit } from '../../outcomes/domain/vocabulary.js';

/** A text in each language of the staff interface. */
export interface Localized {
  fr: string;
  en: string;
}

/** What a figure counts: units of the program (persons or households), hours, money, or a share. */
export const indicatorUnits = ['units', 'hours', 'amount_cents', 'rate', 'days'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

/** The dimensions a report may break a figure down by; each indicator says which it accepts. */
export const breakdownKeys = [
  'member_organization',
  'sex',
  'age_band',
  'nationality',
  'nationality_group',
  'immigration_status',
  'intake_source',
  'language_level_at_entry',
] as const;
export type BreakdownKey = (typeof breakdownKeys)[number];

/**
 * One enrolment as a report reads it: the outcome record (exit, contracts, follow-ups, credentials,
 * the person's facts) with what reports break down by and the activity they count. Dates 'YYYY-MM-DD'.
 */
export interface ReportRecord extends OutcomeRecord {
  /** How the person reached the program (repérage): the enrolment's intake source. */
  intakeSource: string;
  /** The enrolment's last day when it has ended; with no exit recorded its outcome is unknown to every measure. */
  endedOn: string | null;
  /** ISO 3166-1 alpha-2, or null when not recorded. */
  nationality: string | null;
  /** The immigration status recorded in the file (sensitive: only ever counted, never listed to funders). */
  immigrationStatus: string | null;
  /** The best CEFR level (A1…C2) of the program's working language recorded at or before entry; null unknown. */
  languageLevelAtEntry: string | null;
  /** The day the person first signed a career plan, if ever. */
  planSignedOn: string | null;
  /** Hours attended at the program's collective sessions, per day of meeting. */
  attendance: readonly { on: string; hours: number }[];
}

/** What every indicator computes over, besides the records: the window, today and the program's rule. */
export interface IndicatorContext {
  period: Period;
  /** The organization's today: nothing later is known (a quarter not ended is not a failure). */
  asOf: string;
  unit: CountingUnit;
  rule: RuleVersion | null;
}

/**
 * A figure: its value and, for counts and rates, the units behind it (the ids a drill-down opens,
 * for staff who may see files; never shown to funders).
 */
export interface Figure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Units behind the value (a count) or the numerator (a rate). */
  members: readonly string[];
  /** Units of the denominator (a rate). */
  denominatorMembers: readonly string[];
  /**
   * How many units are behind the value, when the figure was counted by the database and `members`
   * was not read (empty); otherwise `members.length`.
   */
  memberCount?: number;
}

/** The number of units behind a figure's value (a count) or numerator (a rate). */
export const memberCountOf = (figure: Figure) => figure.memberCount ?? figure.members.length;

export interface IndicatorDefinition {
  code: string;
  name: Localized;
  unit: IndicatorUnit;
  /** How it counts, said to the reader of the report. */
  countingRule: Localized;
  breakdowns: readonly BreakdownKey[];
  /** A count of units whose cells can be small: funders read it with small-cell suppression. */
  suppressible: boolean;
  compute(records: readonly ReportRecord[], context: IndicatorContext): Figure;
}

export const figureOfMeasure = (measure: Measure): Figure => ({
  value: measure.rate,
  numerator: measure.numerator,
  denominator: measure.denominator,
  members: measure.members.numerator,
  denominatorMembers: measure.members.denominator,
});

export const countFigure = (members: readonly string[]): Figure => ({
  value: members.length,
  numerator: null,
  denominator: null,
  members,
  denominatorMembers: [],
});

export const amountFigure = (value: number | null, members: readonly string[]): Figure => ({
  value,
  numerator: null,
  denominator: null,
  members,
  denominatorMembers: [],
});
