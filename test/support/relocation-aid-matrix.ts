import { type RequestContext, systemContext } from '../../src/core/auth/actor.js';
import { type Role, roles } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import {
  aidAdminRoles,
  aidBudgetRoles,
  aidDecisionRoles,
  aidFilingRoles,
} from '../../src/modules/relocation-aid/use-cases/aid-access.js';
import { recordAidAllocation } from '../../src/modules/relocation-aid/use-cases/aid-budget.js';
import { addAidRules } from '../../src/modules/relocation-aid/use-cases/aid-rules.js';
import { decideAidRequest } from '../../src/modules/relocation-aid/use-cases/decide-aid-request.js';
import { fileAidRequest } from '../../src/modules/relocation-aid/use-cases/file-aid-request.js';
import { payAidRequest } from '../../src/modules/relocation-aid/use-cases/pay-aid-request.js';
import { aidReaderRoles } from '../../src/modules/relocation-aid/use-cases/request-access.js';

/**
 * The authorization matrix's rows for relocation aid (issue 17). The matrix's organization owns a
 * program with aid rules and a budget of the current year; each role has its own person, and its own
 * requests submitted (to decide, to withdraw), approved (to pay) and paid (to reverse), so that every
 * allowed role meets the same state. Another organization finds none of them (404).
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

interface RoleScene {
  personId: string;
  toDecide: string;
  toWithdraw: string;
  toPay: string;
  toReverse: string;
  toCancel: string;
}

let counselor: Staff | undefined;
let director: Staff | undefined;
let programId = '';
let rulesSerial = 0;
const scenes = new Map<Role, RoleScene>();
const today = () => new Date().toISOString().slice(0, 10);
const year = () => Number(today().slice(0, 4));

const move = () => ({
  programId,
  purpose: 'move' as const,
  regionCode: '08' as const,
  lines: [{ kind: 'move_company' as const, amountCents: 1_000 }],
});

export const relocationAidScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
    if (role === 'director') director = staff;
  },
  async prepare(deps: Deps, organizationId: string) {
    if (!counselor || !director) throw new Error('the matrix has no counselor or director');
    programId = (
      await createProgram(deps)(systemContext(), {
        ownerOrganizationId: organizationId,
        code: 'AIDE',
        nameFr: 'Aide à la mobilité',
        nameEn: 'Relocation aid',
        countingUnit: 'household',
        status: 'active',
        rules: [],
      })
    ).id;
    await addAidRules(deps)(systemContext(), {
      programId,
      effectiveFrom: '2020-01-01',
      eligibleKinds: ['move_company'],
      tripCeilingCents: null,
      moveCeilingCents: null,
      householdCeilingCents: null,
      householdCeilingPeriod: 'all_time',
      maxTripsPerHousehold: null,
      reimbursedPercent: 100,
      receiptRequiredAboveCents: 10_000,
    });
    await recordAidAllocation(deps)(systemContext(), {
      programId,
      year: year(),
      funder: 'Matrix funder',
      amountCents: 10_000_000,
      allocatedOn: `${year()}-01-01`,
    });
    const c = counselor;
    const d = director;
    for (const role of roles) {
      const tag = role.replace('_', '');
      const personId = (
        await createPerson(deps)(c, { identity: { givenName: `Aid${tag}`, familyName: 'Mobilité' } })
      ).id;
      const filed = async () => (await fileAidRequest(deps)(c, { ...move(), personId })).id;
      const approved = async () => {
        const id = await filed();
        await decideAidRequest(deps)(d, {
          requestId: id,
          body: { decision: 'approve', approvedCents: [1_000] },
        });
        return id;
      };
      const toReverse = await approved();
      await payAidRequest(deps)(d, { requestId: toReverse, paidOn: today(), method: 'transfer' });
      scenes.set(role, {
        personId,
        toDecide: await filed(),
        toWithdraw: await filed(),
        toPay: await approved(),
        toReverse,
        toCancel: await approved(),
      });
    }
  },
};

const of = (role: Role) => scenes.get(role) as RoleScene;

export const relocationAidRows = [
  {
    name: "a program's relocation aid rules",
    method: 'GET',
    url: () => `/api/programs/${programId}/relocation-aid/rules`,
    allowed: [...new Set([...aidFilingRoles, ...aidBudgetRoles])],
    otherOrganization: 'not_found',
  },
  {
    name: 'a new version of the relocation aid rules',
    method: 'POST',
    url: () => `/api/programs/${programId}/relocation-aid/rules`,
    body: () => ({
      effectiveFrom: `2031-01-${String(++rulesSerial).padStart(2, '0')}`,
      eligibleKinds: ['move_company'],
      tripCeilingCents: null,
      moveCeilingCents: 500_000,
      householdCeilingCents: null,
      maxTripsPerHousehold: 2,
    }),
    allowed: aidAdminRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'an allocation to the relocation aid budget',
    method: 'POST',
    url: () => `/api/programs/${programId}/relocation-aid/allocations`,
    body: () => ({ year: year(), funder: 'Fondation', amountCents: 1_000, allocatedOn: today() }),
    allowed: aidAdminRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'the relocation aid budget of a year',
    method: 'GET',
    url: () => `/api/programs/${programId}/relocation-aid/budget?year=${year()}`,
    allowed: aidBudgetRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'the relocation aid report of a year',
    method: 'GET',
    url: () => `/api/programs/${programId}/relocation-aid/report?year=${year()}`,
    allowed: aidBudgetRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'the relocation aid report as a spreadsheet',
    method: 'GET',
    url: () => `/api/programs/${programId}/relocation-aid/report-file?year=${year()}&format=csv`,
    allowed: aidBudgetRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "a person's relocation aid requests",
    method: 'GET',
    url: (role: Role) => `/api/people/${of(role).personId}/relocation-aid`,
    allowed: aidFilingRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'file a relocation aid request',
    method: 'POST',
    url: (role: Role) => `/api/people/${of(role).personId}/relocation-aid`,
    body: move,
    allowed: aidFilingRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'relocation aid requests to decide',
    method: 'GET',
    url: () => '/api/relocation-aid-requests?side=to_decide',
    allowed: aidDecisionRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'a relocation aid request',
    method: 'GET',
    url: (role: Role) => `/api/relocation-aid-requests/${of(role).toPay}`,
    allowed: aidReaderRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'decide a relocation aid request',
    method: 'POST',
    url: (role: Role) => `/api/relocation-aid-requests/${of(role).toDecide}/decision`,
    body: () => ({ decision: 'refuse', reason: 'not_eligible' }),
    allowed: aidDecisionRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'pay a relocation aid request',
    method: 'POST',
    url: (role: Role) => `/api/relocation-aid-requests/${of(role).toPay}/payment`,
    body: () => ({ paidOn: today(), method: 'cheque', reference: 'CHQ-1' }),
    allowed: aidDecisionRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'reverse a relocation aid payment',
    method: 'POST',
    url: (role: Role) => `/api/relocation-aid-requests/${of(role).toReverse}/payment-reversal`,
    body: () => ({ reversedOn: today(), reason: 'Returned by the bank' }),
    allowed: aidDecisionRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'cancel a relocation aid approval',
    method: 'POST',
    url: (role: Role) => `/api/relocation-aid-requests/${of(role).toCancel}/cancellation`,
    body: () => ({ cancelledOn: today(), reason: 'The household gave up the move' }),
    allowed: aidDecisionRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'withdraw a relocation aid request',
    method: 'POST',
    url: (role: Role) => `/api/relocation-aid-requests/${of(role).toWithdraw}/withdraw`,
    allowed: aidFilingRoles,
    otherOrganization: 'not_found',
  },
] as const;
