import type {
  BarrierKind,
  ExperienceKind,
  GoalKind,
  SignMethod,
  StepActor,
  StepStatus,
} from '../domain/vocabulary.js';

/** The printed plan's words in the person's language. */
export interface PlanPdfLabels {
  colon: string;
  title: string;
  person: string;
  program: string;
  printedOn: (date: string) => string;
  revision: (n: number) => string;
  target: string;
  targetField: string;
  jobTitles: string;
  occupationCode: string;
  progress: (done: number, counted: number, percent: number | null) => string;
  goals: string;
  noGoal: string;
  targetDate: (date: string) => string;
  targetLevel: (level: string) => string;
  reachedOn: (date: string) => string;
  due: (date: string) => string;
  noDueDate: string;
  overdue: string;
  doneOn: (date: string) => string;
  abandonedOn: (date: string, reason: string) => string;
  evidence: string;
  goalKinds: Record<GoalKind, string>;
  statuses: Record<StepStatus, string>;
  actors: Record<StepActor, string>;
  barriers: string;
  barrierKinds: Record<BarrierKind, string>;
  mitigation: string;
  courses: string;
  experience: string;
  experienceKinds: Record<ExperienceKind, string>;
  requirements: string;
  requirementKinds: Record<'exam' | 'training', string>;
  recognition: string;
  recognitionLine: (credential: string, country: string | null, evaluator: string | null) => string;
  employers: string;
  contacts: string;
  signOff: string;
  signedOn: (date: string, method: string, revision: number) => string;
  witness: (name: string) => string;
  changedSinceSignature: string;
  signMethods: Record<SignMethod, string>;
  unsigned: string;
  signatureOfPerson: string;
  signatureOfCounselor: string;
  date: string;
}

export const planPdfEn: PlanPdfLabels = {
  colon: ':',
  title: 'Individual career plan',
  person: 'Participant',
  program: 'Program',
  printedOn: (date) => `Printed on ${date}`,
  revision: (n) => `Version ${n}`,
  target: 'Career goal',
  targetField: 'Target field',
  jobTitles: 'Target job titles',
  occupationCode: 'ESCO occupation',
  progress: (done, counted, percent) =>
    counted === 0 ? 'No step yet' : `${done} of ${counted} steps done (${percent} %)`,
  goals: 'Goals and steps',
  noGoal: 'No goal yet.',
  targetDate: (date) => `target date ${date}`,
  targetLevel: (level) => `target ${level}`,
  reachedOn: (date) => `reached on ${date}`,
  due: (date) => `due ${date}`,
  noDueDate: 'no due date',
  overdue: 'OVERDUE',
  doneOn: (date) => `done on ${date}`,
  abandonedOn: (date, reason) => `abandoned on ${date}: ${reason}`,
  evidence: 'evidence on file',
  goalKinds: {
    language_level: 'Language level',
    credential_evaluation: 'Credential evaluation',
    training_certification: 'Training or certification',
    licensure: 'Licensure',
    job_search: 'Job search',
    return_to_profession: 'Return to the former profession',
    business_creation: 'Business creation or takeover',
    relocation: 'Relocation to a region',
    housing: 'Housing',
    other_barrier: 'Other barrier',
  },
  statuses: { planned: 'Planned', in_progress: 'In progress', done: 'Done', abandoned: 'Abandoned' },
  actors: { person: 'you', counselor: 'your counselor', partner: 'partner' },
  barriers: 'Barriers and how we address them',
  barrierKinds: {
    language: 'Language',
    housing: 'Housing',
    mobility: 'Mobility',
    childcare: 'Childcare',
    health: 'Health',
    digital: 'Digital skills',
    credential: 'Credential',
    finances: 'Finances',
    other: 'Other',
  },
  mitigation: 'Strategy',
  courses: 'Courses',
  experience: 'Experience opportunities',
  experienceKinds: {
    job_visit: 'Job visit',
    internship: 'Internship',
    volunteering: 'Volunteering',
    job_shadowing: 'Job shadowing',
    work_placement: 'Work placement',
  },
  requirements: 'Exams and training required for the credential',
  requirementKinds: { exam: 'Exam', training: 'Training' },
  recognition: 'Recognition of the foreign credential',
  recognitionLine: (credential, country, evaluator) =>
    [credential, country, evaluator ? `evaluated by ${evaluator}` : null].filter(Boolean).join(', '),
  employers: 'Local employers hiring in this field',
  contacts: 'Mentors and contacts',
  signOff: 'Sign-off',
  signedOn: (date, method, revision) => `Version ${revision} signed on ${date} (${method}).`,
  witness: (name) => `Witness: ${name}`,
  changedSinceSignature: 'The plan has changed since it was signed: this version is not signed yet.',
  signMethods: {
    paper_in_person: 'on paper, in person',
    electronic: 'electronically',
    verbal_with_witness: 'verbally, with a witness',
  },
  unsigned: 'Not signed yet.',
  signatureOfPerson: 'Signature of the participant',
  signatureOfCounselor: 'Signature of the counselor',
  date: 'Date',
};

export const planPdfFr: PlanPdfLabels = {
  colon: ' :',
  title: 'Plan individuel de parcours professionnel',
  person: 'Personne accompagnée',
  program: 'Programme',
  printedOn: (date) => `Imprimé le ${date}`,
  revision: (n) => `Version ${n}`,
  target: 'Projet professionnel',
  targetField: 'Domaine visé',
  jobTitles: 'Métiers visés',
  occupationCode: 'Métier ESCO',
  progress: (done, counted, percent) =>
    counted === 0
      ? 'Aucune étape pour l’instant'
      : `${done} étape(s) réalisée(s) sur ${counted} (${percent} %)`,
  goals: 'Objectifs et étapes',
  noGoal: 'Aucun objectif pour l’instant.',
  targetDate: (date) => `échéance ${date}`,
  targetLevel: (level) => `niveau visé ${level}`,
  reachedOn: (date) => `atteint le ${date}`,
  due: (date) => `pour le ${date}`,
  noDueDate: 'sans échéance',
  overdue: 'EN RETARD',
  doneOn: (date) => `réalisée le ${date}`,
  abandonedOn: (date, reason) => `abandonnée le ${date} : ${reason}`,
  evidence: 'justificatif au dossier',
  goalKinds: {
    language_level: 'Niveau de langue',
    credential_evaluation: 'Évaluation du diplôme',
    training_certification: 'Formation ou certification',
    licensure: 'Autorisation d’exercer',
    job_search: 'Recherche d’emploi',
    return_to_profession: 'Retour au métier d’origine',
    business_creation: 'Création ou reprise d’entreprise',
    relocation: 'Installation en région',
    housing: 'Logement',
    other_barrier: 'Autre frein',
  },
  statuses: { planned: 'Prévue', in_progress: 'En cours', done: 'Réalisée', abandoned: 'Abandonnée' },
  actors: { person: 'vous', counselor: 'votre conseiller·e', partner: 'partenaire' },
  barriers: 'Freins et solutions',
  barrierKinds: {
    language: 'Langue',
    housing: 'Logement',
    mobility: 'Mobilité',
    childcare: 'Garde d’enfants',
    health: 'Santé',
    digital: 'Numérique',
    credential: 'Diplôme',
    finances: 'Finances',
    other: 'Autre',
  },
  mitigation: 'Solution',
  courses: 'Formations',
  experience: 'Mises en situation professionnelle',
  experienceKinds: {
    job_visit: 'Visite d’entreprise',
    internship: 'Stage',
    volunteering: 'Bénévolat',
    job_shadowing: 'Observation en poste',
    work_placement: 'Période d’immersion',
  },
  requirements: 'Examens et formations exigés pour le diplôme',
  requirementKinds: { exam: 'Examen', training: 'Formation' },
  recognition: 'Reconnaissance du diplôme étranger',
  recognitionLine: (credential, country, evaluator) =>
    [credential, country, evaluator ? `évalué par ${evaluator}` : null].filter(Boolean).join(', '),
  employers: 'Employeurs locaux qui recrutent dans ce domaine',
  contacts: 'Parrains, marraines et contacts',
  signOff: 'Signature',
  signedOn: (date, method, revision) => `Version ${revision} signée le ${date} (${method}).`,
  witness: (name) => `Témoin : ${name}`,
  changedSinceSignature: 'Le plan a changé depuis sa signature : cette version n’est pas encore signée.',
  signMethods: {
    paper_in_person: 'sur papier, en présence',
    electronic: 'électroniquement',
    verbal_with_witness: 'oralement, devant témoin',
  },
  unsigned: 'Pas encore signé.',
  signatureOfPerson: 'Signature de la personne',
  signatureOfCounselor: 'Signature du conseiller ou de la conseillère',
  date: 'Date',
};
