import type { z } from 'zod';
import type { createPlanBody, goalBody, stepBody } from '../contracts/plans.js';
import type { RequestContext } from '../core/auth/actor.js';
import { fixedClock } from '../core/clock.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { personSummary } from '../modules/people/api.js';
import type { SignMethod, StepStatus } from '../modules/plans/domain/vocabulary.js';
import { addGoal } from '../modules/plans/use-cases/add-goal.js';
import { addStep } from '../modules/plans/use-cases/add-step.js';
import { changeStepStatus } from '../modules/plans/use-cases/change-step-status.js';
import { createPlan } from '../modules/plans/use-cases/create-plan.js';
import { signOffPlan } from '../modules/plans/use-cases/sign-off-plan.js';
import { loadSignedCareerPlans } from './signed-plans.js';

interface Staff {
  userId: string;
  organizationId: string;
}

export interface PlansCast {
  programIds: Map<string, string>;
  enrolledByProgram: Map<string, string[]>;
  stLouis: Staff;
  quebec: Staff;
  gironde: Staff;
  /** The Mission Locale de Toulouse counselor. */
  occitanie: Staff;
}

/** Days from today: negative is past. Due dates and moves are relative so the demo always has overdue steps. */
type Offset = number;
interface StepDemo extends Omit<z.input<typeof stepBody>, 'dueOn'> {
  due: Offset | null;
  moves?: { to: StepStatus; on: Offset; reason?: string; evidence?: string }[];
}
interface GoalDemo extends Omit<z.input<typeof goalBody>, 'targetDate'> {
  target?: Offset;
  steps: StepDemo[];
}
interface PlanDemo {
  program: string;
  staff: keyof Omit<PlansCast, 'programIds' | 'enrolledByProgram'>;
  /** Which of the program's people this staff member follows (0: the first). */
  nth: number;
  fields: Omit<z.input<typeof createPlanBody>, 'programId'>;
  goals: GoalDemo[];
  /** Signed before the steps moved (then "changed since signature"), or after (then "signed"). */
  signed?: { on: Offset; method: SignMethod; witness?: string; afterMoves?: boolean };
}

const dayMs = 86_400_000;

/**
 * Career plans for some demo people, built through the use cases: a civil engineer and a nurse in
 * St. Louis, a move to the Bas-Saint-Laurent and a bakery takeover in Québec, housing and mobility
 * barriers in Gironde, a young cook in Toulouse. Some steps are done, some abandoned, some overdue.
 */
export async function loadDemoPlans(deps: Deps, cast: PlansCast): Promise<{ plans: number }> {
  const now = deps.clock.now();
  const day = (offset: Offset) => new Date(now.getTime() + offset * dayMs).toISOString().slice(0, 10);
  const contexts = new Map<string, RequestContext>();
  const as = async (staff: Staff, locale: 'fr' | 'en'): Promise<RequestContext> => {
    const key = `${staff.organizationId}:${staff.userId}`;
    const cached = contexts.get(key);
    if (cached) return cached;
    const actor = await buildActor(
      deps.db,
      { id: staff.userId, displayName: 'demo', locale },
      'demo-loader',
      staff.organizationId,
    );
    if (!actor) throw new Error('demo plans: staff without membership');
    const ctx: RequestContext = { actor, requestId: 'demo-loader', locale, ip: null };
    contexts.set(key, ctx);
    return ctx;
  };
  const followed = async (program: string, staff: Staff, nth: number) => {
    const mine: string[] = [];
    for (const personId of cast.enrolledByProgram.get(program) ?? []) {
      if (await personSummary(deps.db, personId, staff.organizationId)) mine.push(personId);
      if (mine.length > nth) return mine[nth];
    }
    return undefined;
  };

  let plans = 0;
  for (const demo of demoPlans) {
    const staff = cast[demo.staff];
    const personId = await followed(demo.program, staff, demo.nth);
    if (!personId) continue;
    const ctx = await as(staff, demo.fields.language);
    // Drawn up with the person a week before anything in it moved or was signed, not on the day the
    // demo is loaded: the plan, its goals and steps are created on that day.
    const startedAt = new Date(now.getTime() + startOffset(demo) * dayMs);
    const atStart: Deps = { ...deps, clock: fixedClock(startedAt) };
    const { id: planId } = await createPlan(atStart)(ctx, {
      ...demo.fields,
      personId,
      programId: cast.programIds.get(demo.program) ?? null,
    });
    plans += 1;
    const moves: (() => Promise<unknown>)[] = [];
    for (const goal of demo.goals) {
      const { steps, target, ...goalInput } = goal;
      const { id: goalId } = await addGoal(atStart)(ctx, {
        ...goalInput,
        planId,
        targetDate: target === undefined ? null : day(target),
      });
      for (const step of steps) {
        const { due, moves: stepMoves, ...stepInput } = step;
        const { id: stepId } = await addStep(atStart)(ctx, {
          ...stepInput,
          goalId,
          dueOn: due === null ? null : day(due),
        });
        for (const move of stepMoves ?? [])
          moves.push(() =>
            changeStepStatus(deps)(ctx, {
              stepId,
              status: move.to,
              onDate: day(move.on),
              reason: move.reason ?? null,
              evidenceNote: move.evidence ?? null,
            }),
          );
      }
    }
    const sign = demo.signed
      ? () =>
          signOffPlan(deps)(ctx, {
            planId,
            signedOn: day(demo.signed!.on),
            method: demo.signed!.method,
            witness: demo.signed!.witness ?? null,
          })
      : null;
    if (sign && !demo.signed?.afterMoves) await sign();
    for (const move of moves) await move();
    if (sign && demo.signed?.afterMoves) await sign();
  }
  // Beyond the detailed plans, most of St. Louis' participants have a signed plan (every other one).
  const withPlan = new Set(
    await Promise.all(
      demoPlans.filter((d) => d.program === 'rcp').map((d) => followed('rcp', cast.stLouis, d.nth)),
    ),
  );
  const stLouisPeople: string[] = [];
  for (const [index, personId] of (cast.enrolledByProgram.get('rcp') ?? []).entries())
    if (
      index % 2 === 1 &&
      !withPlan.has(personId) &&
      (await personSummary(deps.db, personId, cast.stLouis.organizationId))
    )
      stLouisPeople.push(personId);
  plans += await loadSignedCareerPlans(
    deps,
    await as(cast.stLouis, 'en'),
    stLouisPeople,
    cast.programIds.get('rcp') ?? null,
  );
  return { plans };
}

/** Days from today the plan was drawn up: a week before its first move or its signature. */
export function startOffset(demo: Pick<PlanDemo, 'goals' | 'signed'>): Offset {
  const moves = demo.goals.flatMap((goal) =>
    goal.steps.flatMap((step) => (step.moves ?? []).map((m) => m.on)),
  );
  return Math.min(0, demo.signed?.on ?? 0, ...moves) - 7;
}

const demoPlans: PlanDemo[] = [
  {
    program: 'rcp',
    staff: 'stLouis',
    nth: 0,
    fields: {
      language: 'en',
      targetField: 'Civil engineering',
      targetJobTitles: ['Civil engineer', 'Civil engineering technician'],
      barriers: [
        {
          kind: 'language',
          description: 'Technical English for interviews and exams',
          mitigation: 'ESL for Professionals, then IELTS preparation',
        },
        {
          kind: 'credential',
          description: 'Degree from the University of Aleppo not yet evaluated',
          mitigation: 'WES course-by-course evaluation paid by the program',
        },
      ],
      courses: [
        { title: 'ESL for Professionals (B1 to B2)', provider: 'International Institute of St. Louis' },
      ],
      experienceOpportunities: [
        {
          kind: 'job_visit',
          title: 'Site visit of the I-70 bridge works',
          organization: 'Missouri Department of Transportation',
        },
        {
          kind: 'internship',
          title: 'Engineering technician internship (12 weeks)',
          organization: 'City of St. Louis — Board of Public Service',
        },
      ],
      credentialRequirements: [
        { kind: 'exam', title: 'Fundamentals of Engineering (FE) exam' },
        { kind: 'exam', title: 'Principles and Practice of Engineering (PE) exam, civil' },
        { kind: 'training', title: 'Four years of supervised experience as an engineer intern' },
      ],
      credentialRecognition: {
        credential: 'BSc Civil Engineering, University of Aleppo (2009)',
        country: 'Syria',
        evaluator: 'WES',
        plan: 'Course-by-course evaluation sent to the Missouri Board for Architects, Professional Engineers, Professional Land Surveyors and Professional Landscape Architects; transcripts requested through a relative in Aleppo.',
      },
      localEmployers: [
        {
          name: 'Missouri Department of Transportation, District 6',
          note: 'Hires engineering technicians twice a year',
        },
        { name: 'HNTB St. Louis', note: null },
        { name: 'Burns & McDonnell', note: 'Internship programme for career changers' },
      ],
      contacts: [
        {
          name: 'Volunteer mentor (retired PE, ASCE St. Louis Section)',
          role: 'Mentor',
          contact: 'Through the career specialist',
        },
      ],
    },
    signed: { on: -45, method: 'paper_in_person' },
    goals: [
      {
        kind: 'language_level',
        title: 'English B2',
        targetLevel: 'B2',
        target: 120,
        steps: [
          {
            title: 'English placement test',
            due: -50,
            actor: 'counselor',
            moves: [{ to: 'done', on: -52, evidence: 'Placement result: B1' }],
          },
          {
            title: 'ESL for Professionals, 12 weeks',
            due: 40,
            actor: 'person',
            moves: [{ to: 'in_progress', on: -30 }],
          },
          { title: 'IELTS Academic exam', due: 110, actor: 'person' },
        ],
      },
      {
        kind: 'credential_evaluation',
        title: 'Degree evaluated by WES',
        steps: [
          {
            title: 'Request transcripts from the University of Aleppo',
            due: -40,
            actor: 'person',
            moves: [{ to: 'done', on: -35 }],
          },
          { title: 'Submit the WES application', due: -10, actor: 'counselor' },
        ],
      },
      {
        kind: 'licensure',
        title: 'Professional Engineer licence in Missouri',
        target: 900,
        steps: [
          { title: 'Register and sit the FE exam', due: 150, actor: 'person' },
          {
            title: 'Engineer intern application',
            due: 200,
            actor: 'partner',
            partnerName: 'Missouri Board (APELSLA)',
          },
        ],
      },
      {
        kind: 'job_search',
        title: 'Engineering technician job',
        steps: [
          { title: 'Résumé in US format', due: -20, actor: 'counselor', moves: [{ to: 'done', on: -22 }] },
          {
            title: 'Five applications to public works employers',
            due: -3,
            actor: 'person',
            moves: [{ to: 'in_progress', on: -15 }],
          },
        ],
      },
    ],
  },
  {
    program: 'icp',
    staff: 'stLouis',
    nth: 0,
    fields: {
      language: 'en',
      targetField: 'Nursing',
      targetJobTitles: ['Registered nurse', 'Certified nursing assistant (bridge job)'],
      courses: [{ title: 'NCLEX-RN review course', provider: 'St. Louis Community College' }],
      credentialRequirements: [{ kind: 'exam', title: 'NCLEX-RN' }],
      credentialRecognition: {
        credential: 'Bachelor of Nursing',
        country: null,
        evaluator: 'CGFNS',
        plan: 'CGFNS Credentials Evaluation Service, then the Missouri State Board of Nursing application.',
      },
      localEmployers: [{ name: 'BJC HealthCare', note: 'CNA positions with tuition support' }],
    },
    signed: { on: -5, method: 'electronic', afterMoves: true },
    goals: [
      {
        kind: 'credential_evaluation',
        title: 'CGFNS evaluation',
        steps: [
          {
            title: 'CGFNS application and documents',
            due: 20,
            actor: 'person',
            moves: [{ to: 'in_progress', on: -12 }],
          },
        ],
      },
      {
        kind: 'licensure',
        title: 'Registered nurse licence',
        steps: [
          {
            title: 'NCLEX-RN review course',
            due: 90,
            actor: 'partner',
            partnerName: 'St. Louis Community College',
          },
          { title: 'Sit the NCLEX-RN', due: 150, actor: 'person' },
        ],
      },
      {
        kind: 'job_search',
        title: 'Bridge job as a nursing assistant',
        steps: [
          {
            title: 'CNA certification',
            due: -8,
            actor: 'person',
            moves: [{ to: 'done', on: -9, evidence: 'Certificate seen' }],
          },
        ],
      },
    ],
  },
  {
    program: 'emplois-en-regions',
    staff: 'quebec',
    nth: 0,
    fields: {
      language: 'fr',
      targetField: 'Soudure et fabrication métallique',
      targetJobTitles: ['Soudeur-monteur', 'Assembleur de structures métalliques'],
      barriers: [
        {
          kind: 'housing',
          description: 'Logement à trouver pour une famille de cinq',
          mitigation: 'Visite de logements avec l’organisme d’accueil régional',
        },
        {
          kind: 'childcare',
          description: 'Deux enfants à inscrire à l’école et un en CPE',
          mitigation: 'Inscription scolaire avant le déménagement',
        },
      ],
      experienceOpportunities: [
        {
          kind: 'job_visit',
          title: 'Visite d’une usine de structures d’acier',
          organization: 'Employeur de Rimouski',
        },
      ],
      localEmployers: [
        { name: 'Fabricants de structures métalliques du Bas-Saint-Laurent', note: 'Trois postes affichés' },
      ],
      contacts: [{ name: 'Agente d’accueil régionale', role: 'Accueil et intégration', contact: null }],
    },
    signed: { on: -25, method: 'verbal_with_witness', witness: 'Interprète de PROMIS' },
    goals: [
      {
        kind: 'relocation',
        title: 'Installation à Rimouski (Bas-Saint-Laurent)',
        targetLevel: 'Bas-Saint-Laurent',
        target: 75,
        steps: [
          {
            title: 'Séjour exploratoire de trois jours',
            due: -20,
            actor: 'person',
            moves: [{ to: 'done', on: -18 }],
          },
          {
            title: 'Accueil par l’organisme régional',
            due: 30,
            actor: 'partner',
            partnerName: 'Accueil et intégration Bas-Saint-Laurent',
          },
          { title: 'Inscription des enfants à l’école', due: 45, actor: 'person' },
        ],
      },
      {
        kind: 'housing',
        title: 'Logement de quatre chambres',
        steps: [
          {
            title: 'Trois visites de logements',
            due: -2,
            actor: 'person',
            moves: [{ to: 'in_progress', on: -10 }],
          },
        ],
      },
      {
        kind: 'job_search',
        title: 'Emploi de soudeur en région',
        steps: [
          {
            title: 'Entrevue par vidéo avec l’employeur',
            due: -12,
            actor: 'counselor',
            moves: [{ to: 'done', on: -12 }],
          },
          {
            title: 'Salon de l’emploi à Montréal',
            due: -30,
            actor: 'person',
            moves: [{ to: 'abandoned', on: -31, reason: 'Salon annulé par l’organisateur' }],
          },
        ],
      },
    ],
  },
  {
    program: 'emplois-en-regions',
    staff: 'quebec',
    nth: 1,
    fields: {
      language: 'fr',
      targetField: 'Boulangerie-pâtisserie',
      targetJobTitles: ['Propriétaire de boulangerie'],
      courses: [
        {
          title: 'Lancement d’une entreprise (ASP)',
          provider: 'Centre de formation professionnelle de la Beauce',
        },
      ],
      localEmployers: [
        { name: 'Boulangerie à céder à Saint-Georges', note: 'Cédant prêt à accompagner six mois' },
      ],
      contacts: [{ name: 'Conseiller du Réseau Mentorat', role: 'Mentor d’affaires', contact: null }],
    },
    goals: [
      {
        kind: 'business_creation',
        title: 'Reprise d’une boulangerie à Saint-Georges (Beauce)',
        steps: [
          { title: 'Rencontre avec le cédant', due: -15, actor: 'person', moves: [{ to: 'done', on: -14 }] },
          { title: 'Plan d’affaires', due: -1, actor: 'person', moves: [{ to: 'in_progress', on: -10 }] },
          {
            title: 'Formation « Lancement d’une entreprise »',
            due: 60,
            actor: 'partner',
            partnerName: 'Centre de formation professionnelle de la Beauce',
          },
        ],
      },
      {
        kind: 'language_level',
        title: 'Francisation, niveau 7',
        targetLevel: 'NCLC 7',
        steps: [
          {
            title: 'Cours de francisation à temps partiel',
            due: 100,
            actor: 'person',
            moves: [{ to: 'in_progress', on: -40 }],
          },
        ],
      },
    ],
  },
  {
    program: 'impulser',
    staff: 'gironde',
    nth: 0,
    fields: {
      language: 'fr',
      targetField: 'Logistique — préparation de commandes',
      targetJobTitles: ['Préparateur de commandes', 'Cariste'],
      barriers: [
        {
          kind: 'housing',
          description: 'Hébergement d’urgence',
          mitigation: 'Demande SIAO et dossier de logement social',
        },
        {
          kind: 'mobility',
          description: 'Pas de permis, entrepôts hors des lignes de bus',
          mitigation: 'Permis B financé, vélo à assistance prêté',
        },
        {
          kind: 'digital',
          description: 'Démarches en ligne difficiles',
          mitigation: 'Atelier numérique hebdomadaire',
        },
      ],
      experienceOpportunities: [
        {
          kind: 'work_placement',
          title: 'Période d’immersion de deux semaines',
          organization: 'Plateforme logistique de Bruges',
        },
      ],
      credentialRequirements: [{ kind: 'training', title: 'CACES R489 catégorie 1' }],
    },
    signed: { on: -30, method: 'paper_in_person' },
    goals: [
      {
        kind: 'housing',
        title: 'Accès à un logement autonome',
        steps: [
          { title: 'Dossier SIAO', due: -25, actor: 'counselor', moves: [{ to: 'done', on: -26 }] },
          { title: 'Demande de logement social', due: -5, actor: 'person' },
        ],
      },
      {
        kind: 'other_barrier',
        title: 'Mobilité : permis B',
        steps: [
          {
            title: 'Code de la route',
            due: -10,
            actor: 'person',
            moves: [{ to: 'done', on: -11, evidence: 'Résultat du code reçu' }],
          },
          {
            title: 'Vingt heures de conduite',
            due: 40,
            actor: 'partner',
            partnerName: 'Auto-école solidaire',
          },
        ],
      },
      {
        kind: 'training_certification',
        title: 'CACES R489',
        steps: [
          {
            title: 'Formation CACES de cinq jours',
            due: 70,
            actor: 'partner',
            partnerName: 'Organisme de formation agréé',
          },
        ],
      },
    ],
  },
  {
    program: 'ipr',
    staff: 'occitanie',
    nth: 0,
    fields: {
      language: 'fr',
      targetField: 'Restauration',
      targetJobTitles: ['Commis de cuisine'],
      barriers: [
        {
          kind: 'language',
          description: 'Français oral à consolider',
          mitigation: 'Atelier FLE deux fois par semaine',
        },
      ],
      courses: [{ title: 'CAP cuisine en apprentissage', provider: 'CFA de Toulouse' }],
      experienceOpportunities: [
        {
          kind: 'internship',
          title: 'Stage en cuisine de deux semaines',
          organization: 'Restaurant partenaire',
        },
      ],
    },
    goals: [
      {
        kind: 'language_level',
        title: 'Français B1 (DELF)',
        targetLevel: 'B1',
        steps: [{ title: 'Inscription au DELF B1', due: -7, actor: 'counselor' }],
      },
      {
        kind: 'training_certification',
        title: 'CAP cuisine',
        steps: [
          { title: 'Stage de découverte', due: -20, actor: 'person', moves: [{ to: 'done', on: -21 }] },
          {
            title: 'Trouver un employeur d’apprentissage',
            due: 25,
            actor: 'person',
            moves: [{ to: 'in_progress', on: -15 }],
          },
        ],
      },
    ],
  },
];
