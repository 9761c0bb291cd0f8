import { type RequestContext, systemContext } from '../../src/core/auth/actor.js';
import {
  figuresRoles,
  personDataRoles,
  programAdminRoles,
  type Role,
  roles,
} from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { addDays } from '../../src/modules/outcomes/domain/dates.js';
import { exitReadRoles, exitWriteRoles } from '../../src/modules/outcomes/use-cases/exit-access.js';
import { addExitRuleVersion } from '../../src/modules/outcomes/use-cases/exit-rules.js';
import { personExits } from '../../src/modules/outcomes/use-cases/person-exits.js';
import { recordExit } from '../../src/modules/outcomes/use-cases/record-exit.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { enrolPerson } from '../../src/modules/programs/use-cases/enrol-person.js';
import { personEnrolments } from '../../src/modules/programs/use-cases/person-enrolments.js';
import { givenOutcomeProgram } from './outcome-program.js';

/**
 * The authorization matrix's rows for outcomes. Each role has its own person: one enrolment still
 * open (to exit), one exited (to correct, and whose follow-ups it answers, tries and sends the form
 * of), so that every allowed role meets the same state.
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

let counselor: Staff | undefined;
let programId = '';
const open = new Map<Role, string>();
const exited = new Map<Role, { personId: string; exitId: string; threeMonths: string; sixMonths: string }>();
let ruleVersions = 0;
const today = new Date().toISOString().slice(0, 10);

const rule = {
  positiveOutcomes: ['permanent_contract', 'qualifying_training'],
  fixedTermMinimumMonths: 6,
  fixedTermComparison: 'more_than',
  exclusions: ['deceased'],
  requireQualificationLevel: false,
  requireCredential: false,
  countingUnit: 'person',
  measuredMonthsAfterEntry: 18,
  followUpMonths: [3, 6, 12, 18],
  unreachableAfterAttempts: 3,
} as const;

export const outcomesScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
  },
  async prepare(deps: Deps, organizationId: string) {
    if (!counselor) throw new Error('the matrix has no counselor');
    const staff = counselor;
    programId = await givenOutcomeProgram(deps, organizationId);
    await addExitRuleVersion(deps)(systemContext(), {
      programId,
      effectiveFrom: '2025-01-01',
      ...rule,
      positiveOutcomes: [...rule.positiveOutcomes],
      exclusions: [...rule.exclusions],
      followUpMonths: [...rule.followUpMonths],
    });
    const enrolled = async (givenName: string) => {
      const personId = (
        await createPerson(deps)(staff, {
          identity: { givenName, familyName: 'Matrix', email: `${givenName.toLowerCase()}@example.org` },
        })
      ).id;
      await enrolPerson(deps)(staff, {
        programId,
        personId,
        enrolledOn: '2025-09-01',
        intake: { source: 'walk_in' },
      });
      const enrolmentId = (await personEnrolments(deps)(staff, { personId })).items[0]?.id as string;
      return { personId, enrolmentId };
    };
    for (const role of roles) {
      open.set(role, (await enrolled(`Open${role.replace('_', '')}`)).enrolmentId);
      const { personId, enrolmentId } = await enrolled(`Exited${role.replace('_', '')}`);
      const { id: exitId } = await recordExit(deps)(staff, {
        enrolmentId,
        outcome: 'job_search',
        exitOn: '2026-01-05',
        evidence: { kind: 'declaration' },
      });
      const { followUps } = await personExits(deps)(staff, { personId, language: 'fr' });
      exited.set(role, {
        personId,
        exitId,
        threeMonths: followUps[0]?.id as string,
        sixMonths: followUps[1]?.id as string,
      });
    }
  },
};

const of = (role: Role) => exited.get(role) as NonNullable<ReturnType<typeof exited.get>>;
const period = 'from=2025-01-01&to=2026-12-31';

export const outcomesRows = [
  {
    name: 'record an exit',
    method: 'POST',
    url: (role: Role) => `/api/enrolments/${open.get(role)}/exit`,
    body: () => ({ outcome: 'permanent_contract', exitOn: '2026-03-02', evidence: { kind: 'declaration' } }),
    allowed: exitWriteRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'correct an exit',
    method: 'POST',
    url: (role: Role) => `/api/exits/${of(role).exitId}/corrections`,
    body: () => ({
      outcome: 'studies',
      exitOn: '2026-01-05',
      evidence: { kind: 'training', trainingName: 'BTS' },
      correctionReason: 'Entered a BTS in January',
    }),
    allowed: exitWriteRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'read a person’s exits and follow-ups',
    method: 'GET',
    url: (role: Role) => `/api/people/${of(role).personId}/exits`,
    allowed: exitReadRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'record a follow-up answer',
    method: 'POST',
    url: (role: Role) => `/api/exit-follow-ups/${of(role).threeMonths}/answer`,
    body: () => ({ answeredOn: '2026-04-07', via: 'phone', employed: true, inTraining: false }),
    allowed: exitWriteRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'record a follow-up attempt',
    method: 'POST',
    url: (role: Role) => `/api/exit-follow-ups/${of(role).sixMonths}/attempts`,
    body: () => ({ result: 'no_answer' }),
    allowed: exitWriteRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'send the follow-up form link',
    method: 'POST',
    url: (role: Role) => `/api/exit-follow-ups/${of(role).sixMonths}/link`,
    body: () => ({ language: 'ar' }),
    allowed: exitWriteRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'list a program’s positive-exit rule versions',
    method: 'GET',
    url: () => `/api/programs/${programId}/exit-rules`,
    allowed: figuresRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'add a positive-exit rule version',
    method: 'POST',
    url: () => `/api/programs/${programId}/exit-rules`,
    body: () => ({ ...rule, effectiveFrom: addDays(today, 10 + ruleVersions++) }),
    allowed: programAdminRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'read a program’s outcomes',
    method: 'GET',
    url: () => `/api/programs/${programId}/outcomes?${period}`,
    allowed: figuresRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'open the people behind an outcome figure',
    method: 'GET',
    url: () =>
      `/api/programs/${programId}/outcomes/people?${period}&measure=positive_exit_rate&part=denominator`,
    allowed: figuresRoles.filter((role) => personDataRoles.includes(role)),
    otherOrganization: 'not_found',
  },
  {
    name: 'read a program’s anonymized underemployment',
    method: 'GET',
    url: () => `/api/programs/${programId}/underemployment?breakdown=sex`,
    allowed: figuresRoles,
    otherOrganization: 'not_found',
  },
] as const;
