import { ageBandOf } from '../../outcomes/domain/breakdowns.js';
import type { BreakdownKey, ReportRecord } from './indicator.js';
import { worldSubregionOf } from './world-subregions.js';

export const unknownCategory = 'unknown';

/**
 * The record's category on a breakdown. Ages are those reached in the period's last year (only the
 * birth year is read); the nationality is the country recorded, and its group the country's UN M49
 * sub-region (Western Asia, Eastern Africa…): per country, a funder's cells are mostly too small to show.
 */
export function categoryOf(record: ReportRecord, key: BreakdownKey, referenceYear: number): string {
  switch (key) {
    case 'member_organization':
      return record.organizationId;
    case 'sex':
      return record.person.sex ?? unknownCategory;
    case 'age_band':
      return ageBandOf(record.person.birthYear, referenceYear);
    case 'nationality':
      return record.nationality ?? unknownCategory;
    case 'nationality_group':
      return nationalityGroupOf(record.nationality);
    case 'immigration_status':
      return record.immigrationStatus ?? unknownCategory;
    case 'intake_source':
      return record.intakeSource;
    case 'language_level_at_entry':
      return record.languageLevelAtEntry ?? unknownCategory;
  }
}

/** A nationality's UN M49 sub-region; "unknown" when none is recorded or the code is not a country. */
export function nationalityGroupOf(nationality: string | null): string {
  return (nationality && worldSubregionOf[nationality]) || unknownCategory;
}

/** Records grouped by category, categories sorted with "unknown" last. */
export function groupBy(
  records: readonly ReportRecord[],
  key: BreakdownKey,
  referenceYear: number,
): [string, ReportRecord[]][] {
  const groups = new Map<string, ReportRecord[]>();
  for (const record of records) {
    const category = categoryOf(record, key, referenceYear);
    const list = groups.get(category);
    if (list) list.push(record);
    else groups.set(category, [record]);
  }
  return [...groups].sort(([a], [b]) =>
    a === unknownCategory ? 1 : b === unknownCategory ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
}
