import type { RequestContext } from '../../src/core/auth/actor.js';
import type { Role } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { addProduct } from '../../src/modules/loan-fund/use-cases/add-product.js';
import { createFund } from '../../src/modules/loan-fund/use-cases/create-fund.js';
import { fileApplication } from '../../src/modules/loan-fund/use-cases/file-application.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import {
  caseRoles,
  catalogueEditorRoles,
  catalogueReaderRoles,
  recognitionFiguresRoles,
} from '../../src/modules/recognition/api.js';
import { createPathway } from '../../src/modules/recognition/use-cases/create-pathway.js';
import { openRecognitionCase } from '../../src/modules/recognition/use-cases/open-case.js';

/**
 * The authorization matrix's rows for credential recognition: a pathway of the matrix organization's
 * catalogue with thirty steps of a dollar, a person's case on it (each allowed call finances, or links
 * to an application filed for the person, a step of its own), a second case that receives its result
 * once and a third that closes once (then 409), and a fund the organization runs.
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

let counselor: Staff | undefined;
let director: Staff | undefined;
let personId = '';
let pathwayId = '';
let caseSteps: string[] = [];
let caseId = '';
let decidedCaseId = '';
let closedCaseId = '';
let fundId = '';
let productId = '';
let applicationId = '';
let financed = 0;
let linked = 0;

const steps = Array.from({ length: 30 }, (_, i) => ({
  kind: 'exam' as const,
  labelFr: `Épreuve ${i + 1}`,
  labelEn: `Exam ${i + 1}`,
  typicalCostCents: 100,
  currency: 'USD' as const,
}));
const pathwayBody = () => ({
  occupation: { scheme: 'onet' as const, code: '29-1141.00' },
  jurisdiction: 'US-KY',
  regulated: true,
  firstVersion: { effectiveOn: '2026-01-01', steps },
});

export const recognitionScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
    if (role === 'director') director = staff;
  },
  async prepare(deps: Deps) {
    if (!counselor || !director) throw new Error('the matrix has no counselor or director');
    personId = (
      await createPerson(deps)(counselor, { identity: { givenName: 'Grace', familyName: 'Mensah' } })
    ).id;
    pathwayId = (await createPathway(deps)(director, pathwayBody())).id;
    const open = () =>
      openRecognitionCase(deps)(counselor!, { personId, pathwayId, startedOn: '2026-02-01' });
    const opened = await open();
    caseId = opened.id;
    caseSteps = opened.steps.map((s) => s.id);
    decidedCaseId = (await open()).id;
    closedCaseId = (await open()).id;
    fundId = (await createFund(deps)(director, { name: 'Recognition loans', currency: 'USD' })).id;
    productId = (
      await addProduct(deps)(director, {
        fundId,
        name: 'Exam loan',
        maxAmountCents: 300_000,
        maxTermMonths: 24,
        annualRateBps: 0,
        graceMonths: 0,
        originationFeeCents: 0,
        eligiblePurposes: ['exam_fee', 'course'],
      })
    ).id;
    applicationId = (
      await fileApplication(deps)(counselor, {
        fundId,
        productId,
        personId,
        termMonths: 12,
        costs: [{ purpose: 'exam_fee', description: 'Exams', amountCents: 10_000 }],
      })
    ).id;
  },
};

export const recognitionRows = [
  {
    name: 'list the recognition pathways',
    method: 'GET',
    url: () => '/api/recognition/pathways',
    allowed: catalogueReaderRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'add a recognition pathway to the catalogue',
    method: 'POST',
    url: () => '/api/recognition/pathways',
    body: pathwayBody,
    allowed: catalogueEditorRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'read a recognition pathway',
    method: 'GET',
    url: () => `/api/recognition/pathways/${pathwayId}`,
    allowed: catalogueReaderRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'change a recognition pathway',
    method: 'PATCH',
    url: () => `/api/recognition/pathways/${pathwayId}`,
    body: () => ({ regulatorName: 'Kentucky Board of Nursing' }),
    allowed: catalogueEditorRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'add a version of a recognition pathway',
    method: 'POST',
    url: () => `/api/recognition/pathways/${pathwayId}/versions`,
    body: () => ({ effectiveOn: '2026-01-01', steps }),
    allowed: catalogueEditorRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'read the working group’s recognition figures',
    method: 'GET',
    url: () => '/api/recognition/figures',
    allowed: recognitionFiguresRoles,
    otherOrganization: 'own_data',
  },
  {
    name: "list a person's recognition cases",
    method: 'GET',
    url: () => `/api/people/${personId}/recognition-cases`,
    allowed: caseRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'open a recognition case',
    method: 'POST',
    url: () => '/api/recognition/cases',
    body: () => ({ personId, pathwayId, startedOn: '2026-02-01' }),
    allowed: caseRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'read a recognition case',
    method: 'GET',
    url: () => `/api/recognition/cases/${caseId}`,
    allowed: caseRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'move a step of a recognition case',
    method: 'PATCH',
    url: () => `/api/recognition/case-steps/${caseSteps[29]}`,
    body: () => ({ status: 'in_progress', startedOn: '2026-02-10' }),
    allowed: caseRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'finance steps of a recognition case through the fund',
    method: 'POST',
    url: () => `/api/recognition/cases/${caseId}/financing`,
    body: () => ({ stepIds: [caseSteps[financed++ % 12]], fundId, productId, termMonths: 6 }),
    allowed: caseRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'link steps of a recognition case to a loan application',
    method: 'POST',
    url: () => `/api/recognition/cases/${caseId}/financing-links`,
    body: () => ({ stepIds: [caseSteps[12 + (linked++ % 12)]], applicationId }),
    allowed: caseRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'record the result of a recognition case',
    method: 'POST',
    url: () => `/api/recognition/cases/${decidedCaseId}/result`,
    body: () => ({
      result: 'recognised',
      decidedOn: '2026-03-01',
      credential: { kind: 'licence', name: 'Registered Nurse', obtainedOn: '2026-03-01' },
    }),
    allowed: caseRoles,
    otherOrganization: 'not_found',
    // Decided by the first allowed role; the others are told the case no longer changes.
    alsoAllowedStatus: 409,
  },
  {
    name: 'close a recognition case without a result',
    method: 'POST',
    url: () => `/api/recognition/cases/${closedCaseId}/close`,
    body: () => ({ closedOn: '2026-03-01', reason: 'moved_away' }),
    allowed: caseRoles,
    otherOrganization: 'not_found',
    alsoAllowedStatus: 409,
  },
] as const;
