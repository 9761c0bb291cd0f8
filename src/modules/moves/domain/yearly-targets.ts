export interface TargetRow {
  memberOrganizationId: string | null;
  periodStart: string;
  periodEnd: string;
  targetCount: number;
  unit: string;
}

/**
 * The target of households for each calendar year: the program's total, or for a member who does not
 * steer, its own row. A target set over another span than a calendar year is not a yearly target.
 */
export function yearlyHouseholdTargets(
  targets: readonly TargetRow[],
  memberOrganizationId: string | null,
): Map<number, number> {
  const byYear = new Map<number, number>();
  for (const target of targets) {
    if (target.unit !== 'household' || target.memberOrganizationId !== memberOrganizationId) continue;
    const year = Number(target.periodStart.slice(0, 4));
    if (target.periodStart !== `${year}-01-01` || target.periodEnd !== `${year}-12-31`) continue;
    byYear.set(year, (byYear.get(year) ?? 0) + target.targetCount);
  }
  return byYear;
}
