import { inPeriod, type Period } from '../../outcomes/domain/measure.js';
import { activeIn } from './enrolment-indicators.js';
import type { ReportRecord } from './indicator.js';

export const dataQualityChecks = [
  'ended_without_exit',
  'missing_birth_date',
  'missing_sex',
  'missing_nationality',
  'follow_up_overdue',
] as const;
export type DataQualityCheck = (typeof dataQualityChecks)[number];

export interface DataQualityFinding {
  check: DataQualityCheck;
  /** People of the report concerned (their files are where it is fixed). */
  personIds: string[];
}

/**
 * What lowers a report's reliability, over the people it counts in the period: enrolments ended with
 * no exit (their outcome counts nowhere), birth dates, sexes or nationalities missing (they fall in
 * "unknown"), and follow-ups after exit fallen due by today and still not done. Checks with nobody
 * concerned are left out.
 */
export function dataQuality(
  records: readonly ReportRecord[],
  period: Period,
  asOf: string,
): DataQualityFinding[] {
  const concerned = new Map<DataQualityCheck, Set<string>>(dataQualityChecks.map((c) => [c, new Set()]));
  const flag = (check: DataQualityCheck, personId: string) => concerned.get(check)?.add(personId);
  for (const record of records) {
    if (!activeIn(record, period)) continue;
    if (record.endedOn !== null && record.exit === null) flag('ended_without_exit', record.personId);
    if (record.person.birthYear === null) flag('missing_birth_date', record.personId);
    if (record.person.sex === null) flag('missing_sex', record.personId);
    if (record.nationality === null) flag('missing_nationality', record.personId);
    if (
      record.exit !== null &&
      inPeriod(record.exit.on, period) &&
      record.followUps.some((f) => f.status === 'pending' && f.dueOn <= asOf)
    )
      flag('follow_up_overdue', record.personId);
  }
  return dataQualityChecks
    .map((check) => ({ check, personIds: [...(concerned.get(check) ?? [])].sort() }))
    .filter((finding) => finding.personIds.length > 0);
}
