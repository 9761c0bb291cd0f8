import type { Updateable } from 'kysely';
import type { PlanFields } from '../../../contracts/plans.js';
import { escoIdOf } from '../../reference/api.js';
import type { PlansTable } from '../adapters/tables.js';

const json = (value: unknown) => JSON.stringify(value);

/** The columns for the fields given (only those), and the names of the fields given. */
export function planFieldColumns(fields: Partial<PlanFields>) {
  const columns: Updateable<PlansTable> = {};
  if (fields.language !== undefined) columns.language = fields.language;
  if (fields.targetField !== undefined) columns.target_field = fields.targetField || null;
  if (fields.targetJobTitles !== undefined) columns.target_job_titles = json(fields.targetJobTitles);
  if (fields.escoOccupationId !== undefined)
    columns.esco_occupation_id = fields.escoOccupationId ? escoIdOf(fields.escoOccupationId) : null;
  if (fields.barriers !== undefined) columns.barriers = json(fields.barriers);
  if (fields.courses !== undefined)
    columns.courses = json(fields.courses.map((c) => ({ title: c.title, provider: c.provider ?? null })));
  if (fields.experienceOpportunities !== undefined)
    columns.experience_opportunities = json(
      fields.experienceOpportunities.map((e) => ({ ...e, organization: e.organization ?? null })),
    );
  if (fields.credentialRequirements !== undefined)
    columns.credential_requirements = json(fields.credentialRequirements);
  if (fields.credentialRecognition !== undefined)
    columns.credential_recognition = fields.credentialRecognition
      ? json({
          credential: fields.credentialRecognition.credential,
          country: fields.credentialRecognition.country ?? null,
          evaluator: fields.credentialRecognition.evaluator ?? null,
          plan: fields.credentialRecognition.plan,
        })
      : null;
  if (fields.localEmployers !== undefined)
    columns.local_employers = json(
      fields.localEmployers.map((e) => ({ name: e.name, note: e.note ?? null })),
    );
  if (fields.contacts !== undefined)
    columns.contacts = json(
      fields.contacts.map((c) => ({ name: c.name, role: c.role ?? null, contact: c.contact ?? null })),
    );
  const names = Object.keys(fields).filter((k) => fields[k as keyof PlanFields] !== undefined);
  return { columns, names };
}
