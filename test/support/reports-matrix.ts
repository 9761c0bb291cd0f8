import type { RequestContext } from '../../src/core/auth/actor.js';
import {
  figuresRoles,
  personDataRoles,
  programAdminRoles,
  type Role,
  roles,
} from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { enrolPerson } from '../../src/modules/programs/use-cases/enrol-person.js';
import { copyReportTemplate } from '../../src/modules/reports/use-cases/edit-templates.js';
import { givenOutcomeProgram } from './outcome-program.js';

/**
 * The authorization matrix's rows for funder reports. Every reader of a program's figures (figuresRoles)
 * lists templates, runs a report and downloads it; only staff who see files open the people behind a
 * figure — a funder is told the program is not found there, as if the drill-down did not exist;
 * only roles that configure programs copy, change and delete their organization's copies. Each role
 * has its own two copies (one to change, one to delete), so that every allowed role meets the same
 * state; another organization's staff take no part in the program and find nothing.
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

const staffOf = new Map<Role, Staff>();
let programId = '';
const toChange = new Map<Role, string>();
const toDelete = new Map<Role, string>();
let definition: unknown;
const period = 'from=2026-01-01&to=2026-12-31';

export const reportsScene = {
  addStaff(role: Role, staff: Staff) {
    staffOf.set(role, staff);
  },
  async prepare(deps: Deps, organizationId: string) {
    const counselor = staffOf.get('counselor');
    const coordinator = staffOf.get('coordinator');
    if (!counselor || !coordinator) throw new Error('the matrix has no counselor or coordinator');
    programId = await givenOutcomeProgram(deps, organizationId, {
      code: 'REPORTS',
      nameFr: 'Rapports',
      nameEn: 'Reports',
    });
    // Two people, one of unrecorded sex: a section and a data-quality finding each have someone behind them.
    for (const [givenName, sex] of [
      ['Rania', 'female'],
      ['Sami', null],
    ] as const) {
      const personId = (
        await createPerson(deps)(counselor, {
          identity: { givenName, familyName: 'Matrice', ...(sex && { sex }) },
        })
      ).id;
      await enrolPerson(deps)(counselor, {
        programId,
        personId,
        enrolledOn: '2026-02-02',
        intake: { source: 'walk_in' },
      });
    }
    for (const role of roles) {
      const copy = await copyReportTemplate(deps)(coordinator, { programId, from: 'impulser_steering' });
      toChange.set(role, copy.ref);
      definition = copy.definition;
      toDelete.set(
        role,
        (await copyReportTemplate(deps)(coordinator, { programId, from: 'ipr_annual' })).ref,
      );
    }
  },
};

const peopleReaders = figuresRoles.filter((role) => personDataRoles.includes(role));

export const reportsRows = [
  {
    name: 'list a program’s report templates',
    method: 'GET',
    url: () => `/api/programs/${programId}/report-templates`,
    allowed: figuresRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'copy a report template',
    method: 'POST',
    url: () => `/api/programs/${programId}/report-templates`,
    body: () => ({ from: 'ipr_annual' }),
    allowed: programAdminRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'save a new version of a report template',
    method: 'PUT',
    url: (role: Role) => `/api/programs/${programId}/report-templates/${toChange.get(role)}`,
    body: () => ({ version: 1, definition }),
    allowed: programAdminRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'delete a report template',
    method: 'DELETE',
    url: (role: Role) => `/api/programs/${programId}/report-templates/${toDelete.get(role)}`,
    allowed: programAdminRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'run a standard report',
    method: 'GET',
    url: () => `/api/programs/${programId}/reports/impulser_steering?${period}`,
    allowed: figuresRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'run a report from a saved template',
    method: 'GET',
    url: (role: Role) => `/api/programs/${programId}/reports/${toChange.get(role)}?${period}`,
    allowed: figuresRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'open the people behind a report figure',
    method: 'GET',
    url: () => `/api/programs/${programId}/reports/impulser_steering/people?${period}&section=1`,
    allowed: peopleReaders,
    refusedAsNotFound: ['funder'],
    otherOrganization: 'not_found',
  },
  {
    name: 'open the people behind a report’s data-quality finding',
    method: 'GET',
    url: () => `/api/programs/${programId}/reports/impulser_steering/people?${period}&check=missing_sex`,
    allowed: peopleReaders,
    refusedAsNotFound: ['funder'],
    otherOrganization: 'not_found',
  },
  {
    name: 'download a report as XLSX',
    method: 'GET',
    url: () => `/api/programs/${programId}/reports/impulser_steering/file?${period}&format=xlsx`,
    allowed: figuresRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'download a report as PDF',
    method: 'GET',
    url: () => `/api/programs/${programId}/reports/ipr_annual/file?${period}&format=pdf&lang=en`,
    allowed: figuresRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'download a report as CSV',
    method: 'GET',
    url: (role: Role) => `/api/programs/${programId}/reports/${toChange.get(role)}/file?${period}&format=csv`,
    allowed: figuresRoles,
    otherOrganization: 'not_found',
  },
] as const;
