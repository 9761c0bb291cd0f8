import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenRecognitionScene } from '../../../../test/support/recognition-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { decideApplication } from '../../loan-fund/use-cases/decide-application.js';
import { disburse } from '../../loan-fund/use-cases/disburse.js';
import { fileApplication } from '../../loan-fund/use-cases/file-application.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';
import { credentialsOfPeople, recognitionPersonData } from '../api.js';
import { financeRecognitionSteps, linkRecognitionFinancing } from './finance-steps.js';
import { getRecognitionCase, listPersonRecognitionCases } from './get-case.js';
import { openRecognitionCase } from './open-case.js';
import { recognitionFigures } from './recognition-figures.js';
import { closeRecognitionCase, recordRecognitionResult } from './record-result.js';
import { updateRecognitionCaseStep } from './update-case-step.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenRecognitionScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenRecognitionScene(database);
});
afterAll(() => database.close());

const count = async (table: string) =>
  Number(
    (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(database.db)).rows[0]!.n,
  );
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { code?: string }) => error.code,
  );
const snapshot = async () => ({
  applications: await count('loan_applications'),
  caseSteps: await database.db
    .selectFrom('recognition_case_steps')
    .select(['id', 'status', 'paid_by', 'actual_cost_cents', 'loan_application_id', 'note'])
    .orderBy('id')
    .execute(),
  cases: await database.db.selectFrom('recognition_cases').selectAll().orderBy('id').execute(),
  audit: await count('audit_events'),
  timeline: await count('timeline_events'),
});

async function openNurseCase(givenName: string, options: { consent?: boolean } = {}) {
  const personId = await scene.givenPerson(givenName, options);
  const opened = await openRecognitionCase(scene.deps)(scene.staff.counselor, {
    personId,
    pathwayId: scene.nurse.id,
    startedOn: '2026-02-01',
  });
  return { personId, opened, step: (kind: string) => opened.steps.find((s) => s.kind === kind)! };
}

describe('a person’s recognition case', () => {
  it('copies the pathway’s steps, moves them, records the result and the credential, each move audited and on the timeline', async () => {
    const { deps, staff } = scene;
    const { personId, opened, step } = await openNurseCase('Chioma');
    expect(opened).toMatchObject({
      status: 'open',
      pathway: { jurisdiction: 'US-KY', regulatorName: 'Kentucky Board of Nursing', illustrative: true },
      version: { number: 1, effectiveOn: '2026-01-01' },
      progress: { done: 0, total: 4 },
      result: null,
    });
    expect(opened.steps.every((s) => s.status === 'not_started' && s.financing === null)).toBe(true);

    await updateRecognitionCaseStep(deps)(staff.counselor, {
      stepId: step('credential_evaluation').id,
      status: 'done',
      startedOn: '2026-02-03',
      doneOn: '2026-03-20',
      actualCostCents: 38_000,
      paidBy: 'person',
    });
    await updateRecognitionCaseStep(deps)(staff.counselor, {
      stepId: step('language_test').id,
      status: 'waived',
      doneOn: '2026-02-10',
      note: 'IELTS exempt: nursing degree taught in English.',
    });
    const moved = await updateRecognitionCaseStep(deps)(staff.counselor, {
      stepId: step('exam').id,
      status: 'in_progress',
      startedOn: '2026-04-01',
    });
    expect(moved.progress).toEqual({ done: 2, total: 4 });
    expect(moved.costs).toEqual({
      currency: 'USD',
      actualCents: 38_000,
      byPayer: [{ paidBy: 'person', cents: 38_000 }],
    });

    // Refused moves change nothing.
    const before = await snapshot();
    expect(
      await updateRecognitionCaseStep(deps)(staff.counselor, {
        stepId: step('exam').id,
        status: 'done',
      }).catch((e: { code: string; details: unknown }) => [e.code, e.details]),
    ).toEqual(['RECOGNITION_STEP_CHANGE_REFUSED', [{ path: 'body.doneOn', code: 'done_needs_date' }]]);
    expect(
      await codeOf(
        updateRecognitionCaseStep(deps)(staff.counselor, {
          stepId: step('exam').id,
          documentIds: ['01900000-0000-7000-8000-000000000000'],
        }),
      ),
    ).toBe('RECOGNITION_DOCUMENT_NOT_OF_PERSON');
    expect(
      await codeOf(
        recordRecognitionResult(deps)(staff.counselor, {
          caseId: opened.id,
          result: 'refused',
          decidedOn: '2026-05-01',
          credential: { kind: 'licence', name: 'RN', obtainedOn: '2026-05-01' },
        }),
      ),
    ).toBe('RECOGNITION_RESULT_REFUSED');
    expect(await snapshot()).toEqual(before);

    await updateRecognitionCaseStep(deps)(staff.counselor, {
      stepId: step('exam').id,
      status: 'done',
      doneOn: '2026-05-02',
    });
    const decided = await recordRecognitionResult(deps)(staff.counselor, {
      caseId: opened.id,
      result: 'recognised',
      decidedOn: '2026-05-20',
      credential: { kind: 'licence', name: 'Registered Nurse (Kentucky)', obtainedOn: '2026-05-20' },
    });
    expect(decided).toMatchObject({
      status: 'decided',
      result: {
        result: 'recognised',
        decidedOn: '2026-05-20',
        credential: { kind: 'licence', obtainedOn: '2026-05-20' },
      },
    });
    expect(
      await codeOf(
        updateRecognitionCaseStep(deps)(staff.counselor, {
          stepId: step('application_fee').id,
          status: 'done',
        }),
      ),
    ).toBe('RECOGNITION_CASE_NOT_OPEN');

    expect(await credentialsOfPeople(database.db, [personId])).toEqual([
      {
        personId,
        kind: 'licence',
        obtainedOn: '2026-05-20',
        occupation: { scheme: 'onet', code: '29-1141.00' },
        jurisdiction: 'US-KY',
      },
    ]);
    const actions = await database.db
      .selectFrom('audit_events')
      .select('action')
      .where('resource_id', '=', opened.id)
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'recognition.case_opened',
      'recognition.step_moved',
      'recognition.step_moved',
      'recognition.step_moved',
      'recognition.step_moved',
      'recognition.result_recorded',
    ]);
    const timeline = await listPersonTimeline(deps)(staff.counselor, { personId, modules: ['recognition'] });
    expect(timeline.items.map((e) => e.kind)).toContain('recognition.result_recorded');
    expect(JSON.stringify(timeline.items)).not.toContain('IELTS exempt');
  });

  it('is scoped like the person’s file: another organization finds nothing', async () => {
    const { opened, step } = await openNurseCase('Emeka');
    const { deps, staff } = scene;
    expect(await codeOf(getRecognitionCase(deps)(staff.outsiderCounselor, { caseId: opened.id }))).toBe(
      'RECOGNITION_CASE_NOT_FOUND',
    );
    expect(
      await codeOf(
        updateRecognitionCaseStep(deps)(staff.outsiderCounselor, {
          stepId: step('exam').id,
          status: 'in_progress',
        }),
      ),
    ).toBe('RECOGNITION_CASE_STEP_NOT_FOUND');
    expect(
      await codeOf(listPersonRecognitionCases(deps)(staff.outsiderCounselor, { personId: opened.personId })),
    ).toBe('RECOGNITION_PERSON_NOT_FOUND');
    expect(await codeOf(getRecognitionCase(deps)(staff.funder, { caseId: opened.id }))).toBe('FORBIDDEN');
  });
});

describe('financing steps through the fund', () => {
  it('files one application for the chosen steps’ costs and links them, then shows the disbursement on the steps', async () => {
    const { deps, staff } = scene;
    const { opened, step } = await openNurseCase('Ngozi');
    const financed = await financeRecognitionSteps(deps)(staff.counselor, {
      caseId: opened.id,
      stepIds: [step('language_test').id, step('exam').id],
      fundId: scene.fundId,
      productId: scene.productId,
      termMonths: 12,
      filedOn: '2026-03-01',
    });
    const language = financed.steps.find((s) => s.kind === 'language_test')!;
    const exam = financed.steps.find((s) => s.kind === 'exam')!;
    expect(language).toMatchObject({ paidBy: 'fund_loan', actualCostCents: 25_000 });
    expect(exam).toMatchObject({ paidBy: 'fund_loan', actualCostCents: 20_000 });
    expect(language.financing).toMatchObject({
      status: 'submitted',
      loanId: null,
      disbursedOn: null,
      disbursedCents: 0,
    });
    const applicationId = language.financing!.applicationId;
    expect(exam.financing?.applicationId).toBe(applicationId);
    const application = await database.db
      .selectFrom('loan_applications')
      .select(['requested_cents', 'costs', 'person_id', 'status'])
      .where('id', '=', applicationId)
      .executeTakeFirstOrThrow();
    expect(application).toMatchObject({
      requested_cents: 45_000,
      person_id: opened.personId,
      status: 'submitted',
    });
    expect(application.costs.map((c) => [c.purpose, c.amountCents])).toEqual([
      ['exam_fee', 25_000],
      ['exam_fee', 20_000],
    ]);

    // A step a loan pays keeps its cost and payer.
    expect(
      await codeOf(updateRecognitionCaseStep(deps)(staff.counselor, { stepId: exam.id, paidBy: 'person' })),
    ).toBe('RECOGNITION_STEP_CHANGE_REFUSED');

    const decided = await decideApplication(deps)(staff.coordinator, {
      applicationId,
      outcome: 'approve',
      approvedCents: 45_000,
      reasons: 'Complete file',
      decidedOn: '2026-03-05',
    });
    await disburse(deps)(staff.referent, {
      loanId: decided.loanId as string,
      amountCents: 45_000,
      payeeKind: 'borrower',
      payeeName: 'Ngozi Okafor',
      purpose: 'Exam fees',
      paidOn: '2026-03-10',
    });
    const read = await getRecognitionCase(deps)(staff.counselor, { caseId: opened.id });
    expect(read.steps.find((s) => s.kind === 'exam')!.financing).toMatchObject({
      status: 'approved',
      loanId: decided.loanId,
      disbursedOn: '2026-03-10',
      disbursedCents: 45_000,
    });
    expect(read.costs.byPayer).toEqual([{ paidBy: 'fund_loan', cents: 45_000 }]);

    const figures = await recognitionFigures(deps)(staff.coordinator, {});
    const nurse = figures.pathways.find((p) => p.pathwayId === scene.nurse.id)!;
    expect(nurse.fundPaid).toEqual([{ currency: 'USD', disbursedCents: 45_000, loans: 1 }]);
    expect(JSON.stringify(figures)).not.toContain('Ngozi');
  });

  it('writes nothing in either module when the fund refuses the application', async () => {
    const { deps, staff } = scene;
    const { opened, step } = await openNurseCase('Tunde');
    const before = await snapshot();
    // The product does not finance credential evaluations.
    expect(
      await codeOf(
        financeRecognitionSteps(deps)(staff.counselor, {
          caseId: opened.id,
          stepIds: [step('credential_evaluation').id, step('exam').id],
          fundId: scene.fundId,
          productId: scene.productId,
          termMonths: 12,
        }),
      ),
    ).toBe('LOAN_PURPOSE_NOT_COVERED');
    // Above the product's term.
    expect(
      await codeOf(
        financeRecognitionSteps(deps)(staff.counselor, {
          caseId: opened.id,
          stepIds: [step('exam').id],
          fundId: scene.fundId,
          productId: scene.productId,
          termMonths: 36,
        }),
      ),
    ).toBe('LOAN_TERM_ABOVE_MAXIMUM');
    expect(await snapshot()).toEqual(before);
    // A step twice, or a step of another case.
    const other = await openNurseCase('Kemi');
    expect(
      await financeRecognitionSteps(deps)(staff.counselor, {
        caseId: opened.id,
        stepIds: [step('exam').id, step('exam').id, other.step('exam').id],
        fundId: scene.fundId,
        productId: scene.productId,
        termMonths: 12,
      }).catch((e: { code: string; details: unknown }) => [e.code, e.details]),
    ).toEqual([
      'RECOGNITION_FINANCING_REFUSED',
      [
        { path: 'body.stepIds', code: 'repeated_step' },
        { path: 'body.stepIds.2', code: 'not_a_step_of_case' },
      ],
    ]);
    // A person who did not agree to share their file with the lender.
    const unconsented = await openNurseCase('Ada', { consent: false });
    const beforeUnconsented = await snapshot();
    expect(
      await codeOf(
        financeRecognitionSteps(deps)(staff.counselor, {
          caseId: unconsented.opened.id,
          stepIds: [unconsented.step('exam').id],
          fundId: scene.fundId,
          productId: scene.productId,
          termMonths: 12,
        }),
      ),
    ).toBe('CONSENT_REQUIRED');
    expect(await snapshot()).toEqual(beforeUnconsented);
    expect(before.applications).toBe(beforeUnconsented.applications);
  });

  it('links steps to an application already filed for the same person, within its amount', async () => {
    const { deps, staff } = scene;
    const { opened, personId, step } = await openNurseCase('Femi');
    const application = await fileApplication(deps)(staff.counselor, {
      fundId: scene.fundId,
      productId: scene.productId,
      personId,
      termMonths: 12,
      costs: [{ purpose: 'exam_fee', description: 'NCLEX-RN', amountCents: 20_000 }],
      filedOn: '2026-02-15',
    });
    expect(
      await codeOf(
        linkRecognitionFinancing(deps)(staff.counselor, {
          caseId: opened.id,
          applicationId: application.id,
          stepIds: [step('exam').id, step('language_test').id],
        }),
      ),
    ).toBe('RECOGNITION_APPLICATION_NOT_LINKABLE');
    const linked = await linkRecognitionFinancing(deps)(staff.counselor, {
      caseId: opened.id,
      applicationId: application.id,
      stepIds: [step('exam').id],
    });
    expect(linked.steps.find((s) => s.kind === 'exam')!.financing).toMatchObject({
      applicationId: application.id,
      status: 'submitted',
    });
    // Someone else's application is not linkable.
    const { opened: another, step: anotherStep } = await openNurseCase('Segun');
    expect(
      await codeOf(
        linkRecognitionFinancing(deps)(staff.counselor, {
          caseId: another.id,
          applicationId: application.id,
          stepIds: [anotherStep('language_test').id],
        }),
      ),
    ).toBe('RECOGNITION_APPLICATION_NOT_LINKABLE');
  });
});

describe('the working group’s figures and the person’s rights', () => {
  it('counts people, results, median days and drop-outs per step, for the catalogue’s readers only', async () => {
    const { deps, staff } = scene;
    const dropped = await openNurseCase('Obi');
    await updateRecognitionCaseStep(deps)(staff.counselor, {
      stepId: dropped.step('credential_evaluation').id,
      status: 'done',
      startedOn: '2026-02-01',
      doneOn: '2026-02-21',
    });
    await closeRecognitionCase(deps)(staff.counselor, {
      caseId: dropped.opened.id,
      closedOn: '2026-04-01',
      reason: 'moved_away',
    });
    const figures = await recognitionFigures(deps)(staff.coordinator, {});
    const nurse = figures.pathways.find((p) => p.pathwayId === scene.nurse.id)!;
    expect(nurse.results).toEqual({ recognised: 1, partial: 0, refused: 0 });
    expect(nurse.closedWithoutResult).toBe(1);
    expect(nurse.people).toBe(nurse.open + 2);
    const steps = nurse.versions[0]!.steps;
    expect(steps[0]).toMatchObject({ position: 1, kind: 'credential_evaluation', done: 2, dropOuts: 0 });
    // Chioma's evaluation took 45 days, Obi's 20: the median of two is their mean.
    expect(steps[0]!.medianDays).toBe(32.5);
    expect(steps[1]).toMatchObject({ position: 2, kind: 'language_test', dropOuts: 1 });
    // The lender reads the shared pathway's figures; a counselor and a funder do not read figures.
    expect(
      (await recognitionFigures(deps)(staff.lenderDirector, {})).pathways.map((p) => p.pathwayId),
    ).toContain(scene.nurse.id);
    expect(await codeOf(recognitionFigures(deps)(staff.counselor, {}))).toBe('FORBIDDEN');
    expect(await codeOf(recognitionFigures(deps)(staff.funder, {}))).toBe('FORBIDDEN');
  });

  it('exports the cases with the person’s data and anonymizes their texts, keeping what is counted', async () => {
    const { opened, personId, step } = await openNurseCase('Ify');
    await updateRecognitionCaseStep(scene.deps)(scene.staff.counselor, {
      stepId: step('exam').id,
      status: 'in_progress',
      startedOn: '2026-03-01',
      note: 'Books the exam in April',
    });
    const exported = await recognitionPersonData.personDataFor(database.db, scene.partner.id, personId);
    expect(exported.cases).toHaveLength(1);
    expect(exported.cases[0]!.steps.find((s) => s.kind === 'exam')).toMatchObject({
      status: 'in_progress',
      note: 'Books the exam in April',
    });
    await database.db.transaction().execute(async (trx) => {
      await sql`select set_config('passerelle.privacy_override', 'on', true)`.execute(trx);
      expect(await recognitionPersonData.anonymizePersonData(trx, scene.partner.id, personId)).toBe(1);
    });
    const after = await recognitionPersonData.personDataFor(database.db, scene.partner.id, personId);
    expect(after.cases[0]!.steps.find((s) => s.kind === 'exam')).toMatchObject({
      status: 'in_progress',
      note: null,
    });
    expect(after.cases[0]!.id).toBe(opened.id);
  });
});
