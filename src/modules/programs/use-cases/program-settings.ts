import type { z } from 'zod';
import type { programSettingsBody } from '../../../contracts/programs.js';
import type { ProgramRecord } from '../adapters/programs-repository.js';

/** The settings a program is created or updated with, as the repository stores them. */
export function programSettings(
  input: Omit<z.output<typeof programSettingsBody>, 'code' | 'consortiumId'>,
): Omit<ProgramRecord, 'id' | 'organizationId' | 'consortiumId' | 'code'> {
  return {
    nameFr: input.nameFr,
    nameEn: input.nameEn,
    descriptionFr: input.descriptionFr ?? null,
    descriptionEn: input.descriptionEn ?? null,
    countingUnit: input.countingUnit,
    status: input.status,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    rules: input.rules,
    expectedContactsPerMonth: input.expectedContactsPerMonth ?? null,
  };
}
