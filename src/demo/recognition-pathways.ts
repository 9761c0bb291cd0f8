import type { z } from 'zod';
import type { createPathwayBody, pathwayStepInput } from '../contracts/recognition.js';

/**
 * ILLUSTRATIVE DATA. The credential-recognition pathways the demo's working groups keep: Kentucky's
 * (Louisville) and Missouri's (St. Louis), with the regulators, evaluators, tests and fees the seeds
 * name or imply. Costs and durations are orders of magnitude for a demonstration, not current fees:
 * every pathway is marked `illustrative`, and a working group checks its regulator's rules before use.
 */
type Step = z.input<typeof pathwayStepInput>;
export type DemoPathway = Omit<z.input<typeof createPathwayBody>, 'firstVersion' | 'illustrative'> & {
  steps: Step[];
};

const usd = 'USD' as const;
const step = (
  kind: Step['kind'],
  labelEn: string,
  labelFr: string,
  typicalCostCents: number | null,
  typicalDurationDays: number | null,
  more: Partial<Step> = {},
): Step => ({ kind, labelEn, labelFr, typicalCostCents, typicalDurationDays, currency: usd, ...more });

const onet = (code: string) => ({ scheme: 'onet' as const, code });

const nurseEvaluation = step(
  'credential_evaluation',
  'Credentials evaluation for nurses',
  'Évaluation des diplômes d’infirmier·ère',
  38_500,
  60,
  {
    evaluator: 'CGFNS International',
    reportType: 'Credentials Evaluation Service (CES) Professional Report',
    sourceUrl: 'https://www.cgfns.org/',
  },
);
const nurseEnglish = step('language_test', 'English test', 'Test d’anglais', 24_500, 30, {
  languageTest: 'IELTS Academic (or TOEFL iBT)',
  levelRequired: '6.5 overall, 7.0 speaking',
});
const nclex = step('exam', 'NCLEX-RN exam', 'Examen NCLEX-RN', 20_000, 45, {
  sourceUrl: 'https://www.ncsbn.org/exams.page',
});
const feExam = step(
  'exam',
  'Fundamentals of Engineering (FE) exam',
  'Examen Fundamentals of Engineering (FE)',
  17_500,
  90,
  {
    sourceUrl: 'https://ncees.org/exams/fe-exam/',
  },
);
const peExam = step(
  'exam',
  'Principles and Practice of Engineering (PE) exam',
  'Examen Principles and Practice of Engineering (PE)',
  37_500,
  120,
  {
    sourceUrl: 'https://ncees.org/exams/pe-exam/',
  },
);
const engineeringEvaluation = step(
  'credential_evaluation',
  'Engineering education evaluation',
  'Évaluation de la formation d’ingénieur',
  35_000,
  60,
  { evaluator: 'NCEES Credentials Evaluations', reportType: 'Engineering education evaluation' },
);
const fourYears = step(
  'supervised_practice',
  'Four years of experience under a licensed engineer',
  'Quatre ans d’expérience sous la responsabilité d’un ingénieur licencié',
  null,
  1460,
);
const teacherEvaluation = step(
  'credential_evaluation',
  'Degree evaluation, course by course',
  'Évaluation du diplôme, cours par cours',
  22_000,
  45,
  { evaluator: 'World Education Services', reportType: 'Course-by-course evaluation' },
);
const paProgram = step(
  'course',
  'Accredited physician assistant program (ARC-PA)',
  'Formation d’assistant·e médical·e accréditée (ARC-PA)',
  9_000_000,
  820,
  { sourceUrl: 'https://www.arc-pa.org/' },
);
const pance = step(
  'exam',
  'PANCE certification exam (NCCPA)',
  'Examen de certification PANCE (NCCPA)',
  55_000,
  30,
  {
    sourceUrl: 'https://www.nccpa.net/',
  },
);

/** Kentucky's pathways, kept by the Louisville working group. */
export const kentuckyPathways = {
  nurse: {
    occupation: onet('29-1141.00'),
    jurisdiction: 'US-KY',
    regulated: true,
    regulatorName: 'Kentucky Board of Nursing',
    regulatorUrl: 'https://kbn.ky.gov/',
    steps: [
      nurseEvaluation,
      nurseEnglish,
      step('course', 'NCLEX-RN review course', 'Préparation à l’examen NCLEX-RN', 120_000, 90),
      nclex,
      step(
        'application_fee',
        'Licensure by examination (KBN)',
        'Demande de licence par examen (KBN)',
        12_500,
        30,
      ),
      step('licence_issued', 'Registered nurse licence', 'Licence d’infirmier·ère autorisé·e', 0, 14),
    ],
  },
  pharmacyTechnician: {
    occupation: onet('29-2052.00'),
    jurisdiction: 'US-KY',
    regulated: true,
    regulatorName: 'Kentucky Board of Pharmacy',
    regulatorUrl: 'https://pharmacy.ky.gov/',
    steps: [
      step(
        'application_fee',
        'Pharmacy technician registration',
        'Inscription comme technicien·ne en pharmacie',
        2_500,
        14,
      ),
      step('course', 'Pharmacy technician program', 'Formation de technicien·ne en pharmacie', 180_000, 120),
      step('exam', 'PTCE certification exam (PTCB)', 'Examen de certification PTCE (PTCB)', 12_900, 30, {
        sourceUrl: 'https://www.ptcb.org/',
      }),
      step('licence_issued', 'Certified pharmacy technician', 'Technicien·ne en pharmacie certifié·e', 0, 14),
    ],
  },
  truckDriver: {
    occupation: onet('53-3032.00'),
    jurisdiction: 'US-KY',
    regulated: true,
    regulatorName: 'Kentucky Transportation Cabinet',
    regulatorUrl: 'https://drive.ky.gov/',
    steps: [
      step(
        'exam',
        'Commercial learner’s permit: knowledge tests',
        'Permis d’apprentissage : examens théoriques',
        3_000,
        14,
      ),
      step(
        'course',
        'Entry-level driver training (ELDT)',
        'Formation initiale des conducteurs (ELDT)',
        400_000,
        35,
        {
          sourceUrl: 'https://tpr.fmcsa.dot.gov/',
        },
      ),
      step('exam', 'CDL skills test', 'Examen pratique du permis CDL', 15_000, 14),
      step(
        'licence_issued',
        'Class A commercial driver’s licence',
        'Permis de conduire commercial de classe A',
        0,
        7,
      ),
    ],
  },
  hospitalitySupervisor: {
    occupation: onet('35-1012.00'),
    jurisdiction: 'US-KY',
    regulated: false,
    steps: [
      step('course', 'ServSafe Manager course', 'Formation ServSafe Manager', 15_000, 7),
      step('exam', 'ServSafe Manager exam', 'Examen ServSafe Manager', 9_900, 1, {
        sourceUrl: 'https://www.servsafe.com/',
      }),
      step(
        'other',
        'Supervision experience in a US kitchen',
        'Expérience d’encadrement dans une cuisine aux États-Unis',
        null,
        180,
      ),
    ],
  },
  engineer: {
    occupation: onet('17-2051.00'),
    jurisdiction: 'US-KY',
    regulated: true,
    regulatorName: 'Kentucky Board of Licensure for Professional Engineers and Land Surveyors',
    regulatorUrl: 'https://kyboels.ky.gov/',
    steps: [
      step(
        'other',
        'Certified translation of transcripts',
        'Traduction certifiée des relevés de notes',
        20_000,
        14,
      ),
      engineeringEvaluation,
      feExam,
      fourYears,
      peExam,
      step(
        'application_fee',
        'Professional engineer licence application',
        'Demande de licence d’ingénieur',
        6_500,
        30,
      ),
    ],
  },
  teacher: {
    occupation: onet('25-2031.00'),
    jurisdiction: 'US-KY',
    regulated: true,
    regulatorName: 'Education Professional Standards Board',
    regulatorUrl: 'https://epsb.ky.gov/',
    steps: [
      teacherEvaluation,
      step(
        'exam',
        'Praxis content knowledge test',
        'Examen Praxis de connaissances disciplinaires',
        15_000,
        45,
      ),
      step(
        'application_fee',
        'Teaching certificate application (EPSB)',
        'Demande de certificat d’enseignement (EPSB)',
        8_500,
        45,
      ),
    ],
  },
  physicianAssistant: {
    occupation: onet('29-1071.00'),
    jurisdiction: 'US-KY',
    routeName: 'Accredited PA program, then PANCE',
    regulated: true,
    regulatorName: 'Kentucky Board of Medical Licensure',
    regulatorUrl: 'https://kbml.ky.gov/',
    steps: [
      teacherEvaluation,
      paProgram,
      pance,
      step(
        'application_fee',
        'Physician assistant licence (KBML)',
        'Licence d’assistant·e médical·e (KBML)',
        15_000,
        30,
      ),
    ],
  },
} satisfies Record<string, DemoPathway>;

/** Missouri's pathways, kept by the St. Louis working group. */
export const missouriPathways = {
  nurse: {
    occupation: onet('29-1141.00'),
    jurisdiction: 'US-MO',
    regulated: true,
    regulatorName: 'Missouri State Board of Nursing',
    regulatorUrl: 'https://pr.mo.gov/nursing.asp',
    steps: [
      nurseEvaluation,
      nurseEnglish,
      nclex,
      step(
        'application_fee',
        'Licensure by examination (MSBN)',
        'Demande de licence par examen (MSBN)',
        4_500,
        30,
      ),
      step('licence_issued', 'Registered nurse licence', 'Licence d’infirmier·ère autorisé·e', 0, 14),
    ],
  },
  engineer: {
    occupation: onet('17-2051.00'),
    jurisdiction: 'US-MO',
    regulated: true,
    regulatorName:
      'Missouri Board for Architects, Professional Engineers, Professional Land Surveyors and Professional Landscape Architects',
    regulatorUrl: 'https://pr.mo.gov/apelsla.asp',
    steps: [
      engineeringEvaluation,
      feExam,
      step(
        'application_fee',
        'Engineer intern certificate',
        'Certificat d’ingénieur stagiaire (EI)',
        4_000,
        30,
      ),
      fourYears,
      peExam,
      step(
        'licence_issued',
        'Professional engineer licence',
        'Licence d’ingénieur professionnel (PE)',
        0,
        30,
      ),
    ],
  },
  teacher: {
    occupation: onet('25-2031.00'),
    jurisdiction: 'US-MO',
    regulated: true,
    regulatorName: 'Missouri Department of Elementary and Secondary Education (DESE)',
    regulatorUrl: 'https://dese.mo.gov/educator-quality/certification',
    steps: [
      teacherEvaluation,
      step('exam', 'Missouri Content Assessment', 'Examen Missouri Content Assessment', 9_500, 45),
      step(
        'course',
        'Coursework to fill the gaps the evaluation found',
        'Cours pour combler les écarts relevés',
        60_000,
        180,
      ),
      step(
        'application_fee',
        'Initial professional certificate (DESE)',
        'Certificat professionnel initial (DESE)',
        5_000,
        30,
      ),
    ],
  },
  physicianAssistant: {
    occupation: onet('29-1071.00'),
    jurisdiction: 'US-MO',
    routeName: 'Accredited PA program, then PANCE',
    regulated: true,
    regulatorName: 'Missouri Board of Registration for the Healing Arts',
    regulatorUrl: 'https://pr.mo.gov/healingarts.asp',
    steps: [
      teacherEvaluation,
      paProgram,
      pance,
      step('application_fee', 'Physician assistant licence', 'Licence d’assistant·e médical·e', 15_000, 30),
    ],
  },
  assistantPhysician: {
    occupation: onet('29-1229.00'),
    jurisdiction: 'US-MO',
    routeName: 'Assistant physician licence for international medical graduates',
    regulated: true,
    regulatorName: 'Missouri Board of Registration for the Healing Arts',
    regulatorUrl: 'https://pr.mo.gov/healingarts.asp',
    steps: [
      step('credential_evaluation', 'ECFMG certification', 'Certification ECFMG', 100_000, 120, {
        evaluator: 'ECFMG',
        reportType: 'Certification of medical education',
        sourceUrl: 'https://www.ecfmg.org/',
      }),
      step('exam', 'USMLE Step 1', 'USMLE Step 1', 100_000, 120),
      step('exam', 'USMLE Step 2 CK', 'USMLE Step 2 CK', 100_000, 120),
      step('application_fee', 'Assistant physician licence', 'Licence d’assistant physician', 15_000, 45),
      step(
        'supervised_practice',
        'Collaborative practice arrangement with a physician',
        'Exercice en collaboration avec un médecin',
        null,
        365,
      ),
    ],
  },
} satisfies Record<string, DemoPathway>;

export type KentuckyPathway = keyof typeof kentuckyPathways;
export type MissouriPathway = keyof typeof missouriPathways;
