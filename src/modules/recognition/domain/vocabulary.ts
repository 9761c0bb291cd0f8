import { programAdminRoles, type Role } from '../../../core/auth/roles.js';

/** Occupation classifications a pathway may name its occupation in. */
export const occupationSchemes = ['esco', 'rome', 'onet', 'noc'] as const;
export type OccupationScheme = (typeof occupationSchemes)[number];

/** What a step of a recognition pathway is. */
export const pathwayStepKinds = [
  'credential_evaluation',
  'language_test',
  'exam',
  'supervised_practice',
  'course',
  'application_fee',
  'licence_issued',
  'other',
] as const;
export type PathwayStepKind = (typeof pathwayStepKinds)[number];

/** Where a person stands on one step of their case. */
export const caseStepStatuses = ['not_started', 'in_progress', 'done', 'waived', 'failed'] as const;
export type CaseStepStatus = (typeof caseStepStatuses)[number];

/** Who paid a step's cost. A loan of the fund is set by financing the step, never by hand. */
export const stepPayers = ['fund_loan', 'person', 'employer', 'grant', 'other'] as const;
export type StepPayer = (typeof stepPayers)[number];

/** How the regulator decided. */
export const recognitionResults = ['recognised', 'partial', 'refused'] as const;
export type RecognitionResult = (typeof recognitionResults)[number];

/** The credential a recognition gives, typed like the outcomes module's credentials (WIOA 6.3). */
export const recognisedCredentialKinds = [
  'licence',
  'certification',
  'degree',
  'industry_certificate',
] as const;
export type RecognisedCredentialKind = (typeof recognisedCredentialKinds)[number];

/** A case is open, ended by the regulator's result, or closed without one (the person stopped). */
export const caseStatuses = ['open', 'decided', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Why a case closes without a result. */
export const caseClosingReasons = [
  'person_withdrew',
  'moved_away',
  'changed_goal',
  'no_contact',
  'other',
] as const;
export type CaseClosingReason = (typeof caseClosingReasons)[number];

/** Currencies a typical cost is given in. */
export const pathwayCurrencies = ['USD', 'CAD', 'EUR'] as const;

/** The working group's roles: who keeps the organization's catalogue of pathways. */
export const catalogueEditorRoles: readonly Role[] = programAdminRoles;
/** Who reads the catalogue: every staff role but funders. */
export const catalogueReaderRoles: readonly Role[] = [
  'counselor',
  'program_referent',
  'coordinator',
  'director',
  'administrator',
];
/** Who follows a person's recognition case: staff who work with people's files. */
export const caseRoles: readonly Role[] = ['counselor', 'program_referent', 'coordinator', 'director'];
/** Who reads the working group's figures (counts only, no names). */
export const recognitionFiguresRoles: readonly Role[] = [
  'program_referent',
  'coordinator',
  'director',
  'administrator',
];
