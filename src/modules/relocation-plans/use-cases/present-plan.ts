import type { RelocationPlanView } from '../../../contracts/relocation-plans.js';
import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import { findPlaces } from '../../places/api.js';
import { fieldsOf, type PlanRow } from '../adapters/relocation-plans-repository.js';
import { regionName } from '../domain/vocabulary.js';

/** A plan as its readers see it: regions named, the business's place named, who saved it last. */
export async function presentPlan(
  db: Executor,
  row: PlanRow,
  options: { seesHealthNote: boolean },
): Promise<RelocationPlanView> {
  const fields = fieldsOf(row);
  const { businessPlaceCode, ...rest } = fields;
  const place = businessPlaceCode
    ? (await findPlaces(db, [{ country: 'CA', code: businessPlaceCode }]))[0]
    : undefined;
  const names = await accountsApi(db).displayNames([row.updated_by]);
  return {
    ...rest,
    id: row.id,
    revision: row.revision,
    regions: fields.regions.map((r) => ({ ...r, name: regionName(r.code) })),
    healthNote: options.seesHealthNote ? fields.healthNote : null,
    businessPlace: businessPlaceCode
      ? { country: 'CA', code: businessPlaceCode, name: place?.name ?? businessPlaceCode }
      : null,
    updatedAt: row.updated_at.toISOString(),
    updatedByName: names.get(row.updated_by) ?? '',
  };
}

/** Full years between a birth date and a day, both 'YYYY-MM-DD'. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
