import type { z } from 'zod';
import type { personItemInput } from '../../../contracts/people.js';
import { escoIdOf } from '../../reference/api.js';
import type { ItemTable } from '../adapters/people-repository.js';
import { isValidLevel } from '../domain/file-vocabulary.js';
import { peopleErrors } from '../errors.js';

type ItemInput = z.output<typeof personItemInput>;

export const itemTables: Record<ItemInput['kind'], ItemTable> = {
  language: 'person_languages',
  education: 'person_education',
  experience: 'person_experience',
  barrier: 'person_barriers',
  household_member: 'household_members',
  consent: 'consents',
};

/** The row to insert for one item of a person's file. */
export function itemRow(
  item: ItemInput,
  ids: { id: string; organizationId: string; personId: string; now: Date; actorUserId: string | null },
) {
  const base = {
    id: ids.id,
    organization_id: ids.organizationId,
    person_id: ids.personId,
    created_at: ids.now,
  };
  switch (item.kind) {
    case 'language': {
      const d = item.data;
      if (d.level && (!d.scale || !isValidLevel(d.scale, d.level))) {
        throw peopleErrors.invalidLevel({ level: d.level, scale: d.scale ?? '—' });
      }
      return {
        ...base,
        language: d.language,
        mother_tongue: d.motherTongue,
        scale: d.scale ?? null,
        skill: d.skill ?? null,
        level: d.level ?? null,
        test_name: d.testName ?? null,
        test_date: d.testDate ?? null,
      };
    }
    case 'education':
      return {
        ...base,
        isced_level: item.data.iscedLevel ?? null,
        field: item.data.field ?? null,
        country: item.data.country ?? null,
        year_completed: item.data.yearCompleted ?? null,
        obtained_abroad: item.data.obtainedAbroad,
        recognition_status: item.data.recognitionStatus,
      };
    case 'experience':
      return {
        ...base,
        occupation_label: item.data.occupationLabel,
        esco_id: item.data.escoId ? escoIdOf(item.data.escoId) : null,
        employer: item.data.employer ?? null,
        country: item.data.country ?? null,
        start_year: item.data.startYear ?? null,
        end_year: item.data.endYear ?? null,
      };
    case 'barrier':
      return {
        ...base,
        category: item.data.category,
        status: item.data.status,
        identified_on: item.data.identifiedOn,
        resolved_on: item.data.resolvedOn ?? null,
        note: item.data.note ?? null,
      };
    case 'household_member':
      return {
        ...base,
        relation: item.data.relation,
        given_name: item.data.givenName ?? null,
        birth_year: item.data.birthYear ?? null,
      };
    case 'consent':
      return {
        ...base,
        purpose: item.data.purpose,
        partner_organization_ids: [...new Set(item.data.partnerOrganizationIds)],
        partner_consortium_ids: [...new Set(item.data.partnerConsortiumIds)],
        covers: [...new Set(item.data.covers)],
        given_on: item.data.givenOn,
        expires_on: item.data.expiresOn ?? null,
        revoked_on: null,
        recorded_by: ids.actorUserId,
      };
  }
}
