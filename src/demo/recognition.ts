import type { CaseView } from '../contracts/recognition.js';
import type { RequestContext } from '../core/auth/actor.js';
import { dayInZone } from '../core/time-zone.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { listEmployers } from '../modules/employers/use-cases/list-employers.js';
import { applicationFinancing } from '../modules/loan-fund/api.js';
import { personSummary } from '../modules/people/api.js';
import { recordPlacement } from '../modules/placements/use-cases/record-placement.js';
import type { PathwayStepKind, RecognisedCredentialKind } from '../modules/recognition/api.js';
import { createPathway } from '../modules/recognition/use-cases/create-pathway.js';
import { linkRecognitionFinancing } from '../modules/recognition/use-cases/finance-steps.js';
import { openRecognitionCase } from '../modules/recognition/use-cases/open-case.js';
import {
  closeRecognitionCase,
  recordRecognitionResult,
} from '../modules/recognition/use-cases/record-result.js';
import { updateRecognitionCaseStep } from '../modules/recognition/use-cases/update-case-step.js';
import { occupationRelations } from '../modules/reference/api.js';
import { addDays, demoTimeZones } from './demo-calendar.js';
import type { CurrentDemoLoan } from './loan-fund.js';
import {
  type DemoPathway,
  type KentuckyPathway,
  kentuckyPathways,
  missouriPathways,
} from './recognition-pathways.js';

interface Staff {
  userId: string;
  organizationId: string;
}

/** The fund's words for a pathway (loan-fund-plan.ts) → Kentucky's pathway it follows. */
const pathwayOfLoan: Record<string, KentuckyPathway> = {
  'Nursing licensure (NCLEX-RN)': 'nurse',
  'Pharmacy technician certification': 'pharmacyTechnician',
  'Commercial driver licence': 'truckDriver',
  'Engineer-in-training (FE exam)': 'engineer',
  'Teaching certificate': 'teacher',
};

/** Which step a cost of a loan paid; wraparound costs (rent, child care) pay none. */
const stepOfPurpose: Record<string, PathwayStepKind> = {
  exam_fee: 'exam',
  course: 'course',
  credential_evaluation: 'credential_evaluation',
  licensing_fee: 'application_fee',
  translation: 'other',
};

/** What the regulator decides once a Kentucky borrower's steps are done (partial: conditions remain). */
const kentuckyResults: Record<
  KentuckyPathway,
  { result: 'recognised' | 'partial'; kind: RecognisedCredentialKind; name: string; conditions?: string }
> = {
  nurse: { result: 'recognised', kind: 'licence', name: 'Registered Nurse (Kentucky)' },
  pharmacyTechnician: { result: 'recognised', kind: 'certification', name: 'Certified Pharmacy Technician' },
  truckDriver: { result: 'recognised', kind: 'licence', name: 'Class A commercial driver’s licence' },
  hospitalitySupervisor: { result: 'recognised', kind: 'industry_certificate', name: 'ServSafe Manager' },
  engineer: {
    result: 'partial',
    kind: 'certification',
    name: 'Engineer Intern (EI)',
    conditions: 'The PE licence follows four years of experience under a licensed engineer and the PE exam.',
  },
  teacher: {
    result: 'partial',
    kind: 'licence',
    name: 'Provisional teaching certificate',
    conditions: 'Two courses on Kentucky school law within the first year.',
  },
  physicianAssistant: { result: 'recognised', kind: 'licence', name: 'Physician Assistant (Kentucky)' },
};

type Move = Parameters<ReturnType<typeof updateRecognitionCaseStep>>[1];

/**
 * ILLUSTRATIVE DATA. The Louisville and St. Louis working groups' catalogues of recognition pathways
 * (recognition-pathways.ts), and people of their programs on them at various steps: this year's
 * Louisville borrowers on the pathway their loan paid, each loan linked to the steps its costs paid
 * (those a while ago decided, recognised or partly), others without a loan; in St. Louis, engineers
 * (one recognised as an engineer intern and hired as a civil engineering technician by the placements
 * demo), nurses, a teacher and an international medical graduate who stopped. Through the use cases.
 */
export async function loadDemoRecognition(
  deps: Deps,
  cast: {
    enrolledByProgram: Map<string, string[]>;
    louisville: { keeper: Staff; counselor: Staff; currentLoans: CurrentDemoLoan[] };
    stLouis: { keeper: Staff; counselor: Staff };
  },
): Promise<{ pathways: number; cases: number; linkedLoans: number }> {
  const contextOf = async ({ userId, organizationId }: Staff): Promise<RequestContext> => {
    const actor = await buildActor(
      deps.db,
      { id: userId, displayName: 'demo', locale: 'en' },
      'demo-loader',
      organizationId,
    );
    if (!actor) throw new Error('demo recognition: staff without membership');
    return { actor, requestId: 'demo-loader', locale: 'en', ip: null };
  };
  const catalogue = async (keeper: Staff, pathways: Record<string, DemoPathway>) => {
    const ctx = await contextOf(keeper);
    const ids = new Map<string, string>();
    for (const [key, { steps, ...pathway }] of Object.entries(pathways)) {
      const created = await createPathway(deps)(ctx, {
        ...pathway,
        illustrative: true,
        firstVersion: {
          effectiveOn: '2019-01-01',
          steps,
          changeNote: 'Illustrative data for the demonstration: check the regulator’s current rules.',
        },
      });
      ids.set(key, created.id);
    }
    return ids;
  };
  const followed = async (program: string, organizationId: string) => {
    const found: string[] = [];
    for (const id of cast.enrolledByProgram.get(program) ?? [])
      if (await personSummary(deps.db, id, organizationId)) found.push(id);
    return found;
  };

  const kentucky = await catalogue(cast.louisville.keeper, kentuckyPathways);
  const missouri = await catalogue(cast.stLouis.keeper, missouriPathways);
  let cases = 0;
  let linkedLoans = 0;

  /** Opens the case and moves its steps in order: `done` first ones done, then the next in progress. */
  const follow = async (
    ctx: RequestContext,
    personId: string,
    pathwayId: string,
    startedOn: string,
    progress: { done: number; inProgress?: boolean; paidBy?: Move['paidBy']; failedNext?: boolean },
  ): Promise<CaseView> => {
    let view = await openRecognitionCase(deps)(ctx, { personId, pathwayId, startedOn });
    cases += 1;
    let day = startedOn;
    for (const step of view.steps.slice(0, progress.done)) {
      const doneOn = addDays(day, Math.max(1, Math.round((step.typicalDurationDays ?? 10) / 3)));
      view = await updateRecognitionCaseStep(deps)(ctx, {
        stepId: step.id,
        status: 'done',
        startedOn: day,
        doneOn,
        ...(step.typicalCostCents
          ? { actualCostCents: step.typicalCostCents, paidBy: progress.paidBy ?? 'person' }
          : {}),
      });
      day = doneOn;
    }
    const next = view.steps[progress.done];
    if (next && progress.failedNext)
      view = await updateRecognitionCaseStep(deps)(ctx, {
        stepId: next.id,
        status: 'failed',
        startedOn: day,
        doneOn: addDays(day, 30),
      });
    else if (next && progress.inProgress)
      view = await updateRecognitionCaseStep(deps)(ctx, {
        stepId: next.id,
        status: 'in_progress',
        startedOn: day,
      });
    return view;
  };

  // ——— Louisville: this year's borrowers, each loan linked to the steps its costs paid ———
  const louisvilleToday = dayInZone(deps.clock.now(), demoTimeZones.louisville);
  const louisville = await contextOf(cast.louisville.counselor);
  for (const loan of cast.louisville.currentLoans) {
    const key = pathwayOfLoan[loan.pathway];
    const pathwayId = key && kentucky.get(key);
    if (!key || !pathwayId) continue;
    const startedOn = addDays(loan.filedOn, -21);
    let view = await openRecognitionCase(deps)(louisville, {
      personId: loan.personId,
      pathwayId,
      startedOn,
      note: 'Financed in part by the re-credentialing loan fund.',
    });
    cases += 1;
    const [application] = await applicationFinancing(deps.db, [loan.applicationId]);
    const paid: string[] = [];
    for (const cost of application?.costs ?? []) {
      const kind = stepOfPurpose[cost.purpose];
      const step = view.steps.find((s) => s.kind === kind && !paid.includes(s.id));
      if (!step) continue;
      await updateRecognitionCaseStep(deps)(louisville, {
        stepId: step.id,
        actualCostCents: cost.amountCents,
      });
      paid.push(step.id);
    }
    if (paid.length === 0) continue;
    view = await linkRecognitionFinancing(deps)(louisville, {
      caseId: view.id,
      applicationId: loan.applicationId,
      stepIds: paid,
    });
    linkedLoans += 1;
    // Steps before the first the loan paid were done before filing; the paid ones after the payout.
    const firstPaid = Math.min(...view.steps.filter((s) => paid.includes(s.id)).map((s) => s.position));
    const lastPaid = Math.max(...view.steps.filter((s) => paid.includes(s.id)).map((s) => s.position));
    const disbursedOn = addDays(loan.filedOn, 12);
    const decidedOn = addDays(loan.filedOn, 120);
    const decided = decidedOn <= louisvilleToday;
    const outcome = kentuckyResults[key];
    let day = startedOn;
    for (const step of view.steps) {
      if (step.position < firstPaid) {
        const doneOn = addDays(day, 2);
        await updateRecognitionCaseStep(deps)(louisville, {
          stepId: step.id,
          status: 'done',
          startedOn: day,
          doneOn,
          ...(step.typicalCostCents
            ? { actualCostCents: step.typicalCostCents, paidBy: 'person' as const }
            : {}),
        });
        day = doneOn;
      } else if (paid.includes(step.id)) {
        await updateRecognitionCaseStep(deps)(louisville, {
          stepId: step.id,
          status: decided ? 'done' : 'in_progress',
          startedOn: disbursedOn,
          ...(decided ? { doneOn: addDays(disbursedOn, 20 + step.position * 5) } : {}),
        });
      } else if (decided && (step.position < lastPaid || outcome.result === 'recognised')) {
        // Done after the payout, paid by the person (a partial recognition stops at the last paid step).
        await updateRecognitionCaseStep(deps)(louisville, {
          stepId: step.id,
          status: 'done',
          startedOn: addDays(disbursedOn, 60),
          doneOn: addDays(disbursedOn, 60 + step.position * 5),
          ...(step.typicalCostCents
            ? { actualCostCents: step.typicalCostCents, paidBy: 'person' as const }
            : {}),
        });
      }
    }
    if (decided)
      await recordRecognitionResult(deps)(louisville, {
        caseId: view.id,
        result: outcome.result,
        decidedOn,
        conditions: outcome.conditions ?? null,
        credential: { kind: outcome.kind, name: outcome.name, obtainedOn: decidedOn },
      });
  }

  // ——— Louisville: people on a pathway without a loan ———
  const borrowers = new Set(cast.louisville.currentLoans.map((l) => l.personId));
  const others = (
    await followed('louisville-recredentialing', cast.louisville.counselor.organizationId)
  ).filter((id) => !borrowers.has(id));
  const [recognisedNurse, supervisor, driver] = others;
  if (recognisedNurse) {
    const nurse = await follow(
      louisville,
      recognisedNurse,
      kentucky.get('nurse')!,
      addDays(louisvilleToday, -420),
      {
        done: 6,
        paidBy: 'grant',
      },
    );
    await recordRecognitionResult(deps)(louisville, {
      caseId: nurse.id,
      result: 'recognised',
      decidedOn: addDays(louisvilleToday, -150),
      credential: {
        kind: 'licence',
        name: 'Registered Nurse (Kentucky)',
        obtainedOn: addDays(louisvilleToday, -150),
      },
    });
    await hireAsRegisteredNurse(deps, louisville, recognisedNurse, addDays(louisvilleToday, -120));
  }
  if (supervisor)
    await follow(
      louisville,
      supervisor,
      kentucky.get('hospitalitySupervisor')!,
      addDays(louisvilleToday, -40),
      {
        done: 1,
        inProgress: true,
        paidBy: 'employer',
      },
    );
  if (driver) {
    const truck = await follow(
      louisville,
      driver,
      kentucky.get('truckDriver')!,
      addDays(louisvilleToday, -200),
      {
        done: 1,
      },
    );
    await closeRecognitionCase(deps)(louisville, {
      caseId: truck.id,
      closedOn: addDays(louisvilleToday, -120),
      reason: 'moved_away',
      note: 'Moved to Nashville for family reasons.',
    });
  }

  // ——— St. Louis: engineers, nurses, a teacher, an international medical graduate ———
  const stLouisToday = dayInZone(deps.clock.now(), demoTimeZones.stLouis);
  const stLouis = await contextOf(cast.stLouis.counselor);
  const rcp = await followed('rcp', cast.stLouis.counselor.organizationId);
  const icp = await followed('icp', cast.stLouis.counselor.organizationId);
  if (rcp[0])
    await follow(stLouis, rcp[0], missouri.get('engineer')!, addDays(stLouisToday, -150), {
      done: 1,
      inProgress: true,
    });
  // The refugee hired as a civil engineering technician (placements demo): an engineer intern now.
  if (rcp[2]) {
    const intern = await follow(stLouis, rcp[2], missouri.get('engineer')!, addDays(stLouisToday, -330), {
      done: 3,
      paidBy: 'grant',
    });
    await recordRecognitionResult(deps)(stLouis, {
      caseId: intern.id,
      result: 'partial',
      decidedOn: addDays(stLouisToday, -60),
      conditions:
        'Engineer intern: the PE licence after four years under a licensed engineer and the PE exam.',
      credential: {
        kind: 'certification',
        name: 'Engineer Intern (EI), Missouri',
        obtainedOn: addDays(stLouisToday, -60),
      },
    });
  }
  if (icp[0])
    await follow(stLouis, icp[0], missouri.get('nurse')!, addDays(stLouisToday, -180), {
      done: 2,
      inProgress: true,
    });
  if (icp[1])
    await follow(stLouis, icp[1], missouri.get('teacher')!, addDays(stLouisToday, -30), {
      done: 0,
      inProgress: true,
    });
  if (icp[2]) {
    const physician = await follow(
      stLouis,
      icp[2],
      missouri.get('assistantPhysician')!,
      addDays(stLouisToday, -400),
      { done: 1, failedNext: true },
    );
    await closeRecognitionCase(deps)(stLouis, {
      caseId: physician.id,
      closedOn: addDays(stLouisToday, -200),
      reason: 'changed_goal',
      note: 'Chose the physician assistant route after Step 1.',
    });
  }
  if (icp[3]) {
    const nurse = await follow(stLouis, icp[3], missouri.get('nurse')!, addDays(stLouisToday, -300), {
      done: 5,
      paidBy: 'grant',
    });
    await recordRecognitionResult(deps)(stLouis, {
      caseId: nurse.id,
      result: 'recognised',
      decidedOn: addDays(stLouisToday, -100),
      credential: {
        kind: 'licence',
        name: 'Registered Nurse (Missouri)',
        obtainedOn: addDays(stLouisToday, -100),
      },
    });
  }
  return { pathways: kentucky.size + missouri.size, cases, linkedLoans };
}

/**
 * The licensed nurse hired as a registered nurse at a hospital of Louisville's directory: employed in
 * her field (the contract's ESCO occupation is one the O*NET code of the pathway maps to).
 */
async function hireAsRegisteredNurse(deps: Deps, ctx: RequestContext, personId: string, startsOn: string) {
  const directory = await listEmployers(deps)(ctx, { kind: 'all', scope: 'own', page: 1, pageSize: 100 });
  const hospital = directory.items.find((e) => e.name === 'Ohio Valley Health System');
  const escoId = occupationRelations()
    .escoIdsOf('onet', '29-1141.00')
    .find((link) => link.relation === 'exactMatch' || link.relation === 'closeMatch')?.escoId;
  if (!hospital || !escoId) return;
  await recordPlacement(deps)(ctx, {
    personId,
    employerId: hospital.id,
    jobTitle: 'Registered Nurse',
    escoId,
    contractType: 'permanent',
    workingTime: 'full_time',
    hoursPerWeek: 36,
    wage: { cents: 3_650, period: 'hour' },
    startsOn,
    plannedEndOn: null,
  });
}
