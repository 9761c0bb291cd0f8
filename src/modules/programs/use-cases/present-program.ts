import type { Actor } from '../../../core/auth/actor.js';
import type { Locale } from '../../../core/i18n/locale.js';
import type { ProgramRecord } from '../adapters/programs-repository.js';
import { steers } from './program-access.js';

export function presentProgramSummary(program: ProgramRecord, actor: Actor, locale: Locale) {
  return {
    id: program.id,
    code: program.code,
    name: locale === 'en' ? program.nameEn : program.nameFr,
    nameFr: program.nameFr,
    nameEn: program.nameEn,
    status: program.status,
    countingUnit: program.countingUnit,
    ownerOrganizationId: program.organizationId,
    consortiumId: program.consortiumId,
    startsOn: program.startsOn,
    endsOn: program.endsOn,
    expectedContactsPerMonth: program.expectedContactsPerMonth,
    steeredByMe: steers(actor, program),
  };
}
