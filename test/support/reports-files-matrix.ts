import type { RequestContext } from '../../src/core/auth/actor.js';
import { figuresRoles, programAdminRoles, type Role } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { produceReportFile } from '../../src/modules/reports/jobs.js';
import { queueReportFile } from '../../src/modules/reports/use-cases/report-files.js';
import { createReportSubscription } from '../../src/modules/reports/use-cases/subscriptions.js';
import { givenOutcomeProgram } from './outcome-program.js';

/**
 * The authorization matrix's rows for report files and subscriptions. Each role that reads figures
 * has its own file, produced (its status and its content), and each role its own subscription to
 * cancel. A role that never reads figures is refused (403); a colleague's file it may not read, or
 * another organization's program, is not found.
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

const staffOf = new Map<Role, Staff>();
const fileOf = new Map<Role, string>();
const subscriptionOf = new Map<Role, string>();
let programId = '';
const period = { from: '2026-01-01', to: '2026-12-31' };

export const reportsFilesScene = {
  addStaff(role: Role, staff: Staff) {
    staffOf.set(role, staff);
  },
  async prepare(deps: Deps, organizationId: string) {
    programId = await givenOutcomeProgram(deps, organizationId, {
      code: 'REPFILES',
      nameFr: 'Fichiers de rapport',
      nameEn: 'Report files',
    });
    const coordinator = staffOf.get('coordinator');
    if (!coordinator) throw new Error('the matrix has no coordinator');
    for (const [role, staff] of staffOf) {
      if (figuresRoles.includes(role)) {
        const file = await queueReportFile(deps)(staff, {
          programId,
          template: 'impulser_steering',
          ...period,
          format: 'csv',
        });
        // Produced here rather than through the queue: the matrix's other jobs are not run.
        await produceReportFile(deps, { fileId: file.id, organizationId }, { attempts: 1 });
        fileOf.set(role, file.id);
      }
      const subscription = await createReportSubscription(deps)(coordinator, {
        programId,
        template: 'impulser_steering',
        cadence: 'quarterly',
        recipients: [staff.actor.userId],
        language: 'fr',
      });
      subscriptionOf.set(role, subscription.id);
    }
  },
};

/** A role without figures asks for the coordinator's file: refused for its role before anything is read. */
const fileFor = (role: Role) => fileOf.get(role) ?? (fileOf.get('coordinator') as string);

export const reportsFilesRows = [
  {
    name: 'queue a report file',
    method: 'POST',
    url: () => `/api/programs/${programId}/reports/impulser_steering/files`,
    body: () => ({ ...period, format: 'pdf', lang: 'en' }),
    allowed: figuresRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'read a report file’s status',
    method: 'GET',
    url: (role: Role) => `/api/report-files/${fileFor(role)}`,
    allowed: figuresRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'download a report file',
    method: 'GET',
    url: (role: Role) => `/api/report-files/${fileFor(role)}/content`,
    allowed: figuresRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'list report subscriptions',
    method: 'GET',
    url: () => `/api/programs/${programId}/report-subscriptions`,
    allowed: programAdminRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'create a report subscription',
    method: 'POST',
    url: () => `/api/programs/${programId}/report-subscriptions`,
    body: () => ({
      template: 'impulser_steering',
      cadence: 'monthly',
      recipients: [staffOf.get('funder')?.actor.userId],
      language: 'en',
    }),
    allowed: programAdminRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'cancel a report subscription',
    method: 'DELETE',
    url: (role: Role) => `/api/programs/${programId}/report-subscriptions/${subscriptionOf.get(role)}`,
    allowed: programAdminRoles,
    otherOrganization: 'not_found',
  },
] as const;
