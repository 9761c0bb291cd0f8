/** The typed kinds of goal a career plan holds; funder figures count activities by these kinds. */
export const goalKinds = [
  'language_level',
  'credential_evaluation',
  'training_certification',
  'licensure',
  'job_search',
  'return_to_profession',
  'business_creation',
  'relocation',
  'housing',
  'other_barrier',
] as const;
export type GoalKind = (typeof goalKinds)[number];

/** Goals whose completion is a credential obtained or recognised (ORR "credentials" figure). */
export const credentialGoalKinds: readonly GoalKind[] = [
  'credential_evaluation',
  'training_certification',
  'licensure',
];

export const stepStatuses = ['planned', 'in_progress', 'done', 'abandoned'] as const;
export type StepStatus = (typeof stepStatuses)[number];

/** Who acts on a step. A partner is named. */
export const stepActors = ['person', 'counselor', 'partner'] as const;
export type StepActor = (typeof stepActors)[number];

export const planStatuses = ['draft', 'active', 'closed'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const planLanguages = ['fr', 'en'] as const;
export type PlanLanguage = (typeof planLanguages)[number];

/** How the person signed off their plan. */
export const signMethods = ['paper_in_person', 'electronic', 'verbal_with_witness'] as const;
export type SignMethod = (typeof signMethods)[number];

export const barrierKinds = [
  'language',
  'housing',
  'mobility',
  'childcare',
  'health',
  'digital',
  'credential',
  'finances',
  'other',
] as const;
export type BarrierKind = (typeof barrierKinds)[number];

export const experienceKinds = [
  'job_visit',
  'internship',
  'volunteering',
  'job_shadowing',
  'work_placement',
] as const;
export type ExperienceKind = (typeof experienceKinds)[number];

/** What the credential requires: an exam to pass or a training to follow. */
export const requirementKinds = ['exam', 'training'] as const;

/** CEFR levels, for language goals. */
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
