import type { RequestContext } from '../../src/core/auth/actor.js';
import { figuresRoles, programAdminRoles, type Role } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { recordExit } from '../../src/modules/outcomes/use-cases/record-exit.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { enrolPerson } from '../../src/modules/programs/use-cases/enrol-person.js';
import { personEnrolments } from '../../src/modules/programs/use-cases/person-enrolments.js';
import { produceReportFile } from '../../src/modules/reports/jobs.js';
import { queueReportFile } from '../../src/modules/reports/use-cases/report-files.js';
import { createReportSubscription } from '../../src/modules/reports/use-cases/subscriptions.js';
import { givenOrganization, givenStaff } from './fixtures.js';
import { givenImpulseRRule, givenOutcomeProgram } from './outcome-program.js';
import type { testDeps } from './test-app.js';
import type { TestDatabase } from './test-database.js';

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

export interface ReportScene {
  organizationId: string;
  programId: string;
  counselor: Staff;
  coordinator: Staff;
  funder: Staff;
  /** Staff of the same organization, another role that reads figures. */
  director: Staff;
  /** A coordinator of an organization that takes no part in the program. */
  outsider: Staff;
}

/**
 * The scene the reports module's file, PDF and subscription tests read (kept here, with the
 * matrix's rows, since a module's files may not reach other modules' use cases): impulseR run by one organization, fifteen people enrolled in
 * February 2026 (twelve women, three of unrecorded sex), eleven hired on a permanent contract, three
 * who dropped out, one still enrolled.
 */
export async function givenReportScene(
  database: TestDatabase,
  deps: ReturnType<typeof testDeps>,
  organizationName = 'Chantier Bastide',
): Promise<ReportScene> {
  const organization = await givenOrganization(database.db, {
    name: organizationName,
    timeZone: 'Europe/Paris',
  });
  const other = await givenOrganization(database.db, { name: 'Ailleurs' });
  const counselor = await givenStaff(database.db, organization.id, 'counselor');
  const coordinator = await givenStaff(database.db, organization.id, 'coordinator');
  const funder = await givenStaff(database.db, organization.id, 'funder');
  const director = await givenStaff(database.db, organization.id, 'director');
  const outsider = await givenStaff(database.db, other.id, 'coordinator');
  const programId = await givenOutcomeProgram(deps, organization.id);
  await givenImpulseRRule(deps, programId, '2026-01-01');
  for (let i = 0; i < 15; i++) {
    const personId = (
      await createPerson(deps)(counselor, {
        identity: {
          givenName: `P${String(i).padStart(2, '0')}`,
          familyName: 'Rapport',
          referentUserId: counselor.actor.userId,
          ...(i < 12 && { sex: 'female' as const }),
          birthDate: '1990-04-01',
          nationality: 'SY',
        },
      })
    ).id;
    await enrolPerson(deps)(counselor, {
      programId,
      personId,
      enrolledOn: '2026-02-02',
      intake: { source: 'walk_in' },
    });
    const { items } = await personEnrolments(deps)(counselor, { personId });
    const enrolmentId = items[0]?.id as string;
    if (i < 14)
      await recordExit(deps)(counselor, {
        enrolmentId,
        outcome: i < 11 ? 'permanent_contract' : 'dropped_out',
        exitOn: i < 11 ? '2026-06-30' : '2026-07-15',
        evidence: { kind: 'declaration' },
      });
  }
  return {
    organizationId: organization.id,
    programId,
    counselor,
    coordinator,
    funder,
    director,
    outsider,
  };
}
