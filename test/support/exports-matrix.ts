import { systemContext } from '../../src/core/auth/actor.js';
import { personDataRoles, sessionStaffRoles } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { placementReadRoles } from '../../src/modules/placements/api.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';

/**
 * The authorization matrix's rows for exports: every list a counselor or coordinator exports; funders
 * are refused each of them (a program's enrolments as not found, as the people behind its figures). A
 * program's enrolments is a record of the organization: another one's staff find nothing; the other
 * lists are of the caller's own organization.
 */
let programId = '';

export const exportsScene = {
  async prepare(deps: Deps, organizationId: string) {
    programId = (
      await createProgram(deps)(systemContext(), {
        ownerOrganizationId: organizationId,
        code: 'EXPORTS',
        nameFr: 'Exports',
        nameEn: 'Exports',
        countingUnit: 'person',
        status: 'active',
        rules: [],
      })
    ).id;
  },
};

export const exportsRows = [
  {
    name: 'export the caseload',
    method: 'GET',
    url: () => '/api/exports/caseload?format=csv&sort=urgency',
    allowed: personDataRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'export a program’s enrolments',
    method: 'GET',
    url: () => `/api/exports/programs/${programId}/enrolments?format=xlsx`,
    allowed: personDataRoles,
    otherOrganization: 'not_found',
    refusedAsNotFound: ['funder'],
  },
  {
    name: 'export the sessions list',
    method: 'GET',
    url: () => '/api/exports/sessions?format=xlsx',
    allowed: sessionStaffRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'export the placements',
    method: 'GET',
    url: () => '/api/exports/placements?format=csv',
    allowed: placementReadRoles,
    otherOrganization: 'own_data',
  },
] as const;
