export const roles = [
  'counselor',
  'program_referent',
  'coordinator',
  'director',
  'administrator',
  'funder',
] as const;
export type Role = (typeof roles)[number];

/** Roles that work with individual people's files inside their organization. */
export const personDataRoles: readonly Role[] = [
  'counselor',
  'program_referent',
  'coordinator',
  'director',
  'administrator',
];

/** Roles allowed to see sensitive fields (immigration status details, health barriers). */
export const sensitiveDataRoles: readonly Role[] = [
  'counselor',
  'program_referent',
  'coordinator',
  'director',
];

/**
 * Who enrols participants in collective sessions, takes roll calls and lists sessions. Shared with the
 * web app, whose menu offers Sessions to these roles only.
 */
export const sessionStaffRoles: readonly Role[] = [
  'counselor',
  'program_referent',
  'coordinator',
  'director',
];

/** Who schedules appointments, writes notes and reads the agenda: staff who follow people (not administrators). */
export const followUpRoles: readonly Role[] = ['counselor', 'program_referent', 'coordinator', 'director'];

/** Roles that may configure programs (rules, targets, referents). */
export const programAdminRoles: readonly Role[] = ['coordinator', 'director', 'administrator'];

/** Roles that may override a failed eligibility rule with a written justification. */
export const eligibilityOverrideRoles: readonly Role[] = ['program_referent', 'coordinator', 'director'];

/** Roles that may see aggregate figures. Funders see only these. */
export const figuresRoles: readonly Role[] = [
  'program_referent',
  'coordinator',
  'director',
  'administrator',
  'funder',
];

/** Who hands a whole caseload (or a selection of people) over to colleagues at once, e.g. when a counselor leaves. */
export const referentReassignmentRoles: readonly Role[] = ['coordinator', 'director'];

export const staffAdminRoles: readonly Role[] = ['administrator', 'director'];
export const auditRoles: readonly Role[] = ['administrator'];

/** Loan fund: who files applications for the people they follow. */
export const loanFilingRoles: readonly Role[] = ['counselor', 'program_referent', 'coordinator', 'director'];
/** Loan fund: who pays out, records and reverses payments, and reads the fund's loans and journal. */
export const loanServicingRoles: readonly Role[] = ['program_referent', 'coordinator', 'director'];
/** Loan fund: who sits on the committee (decides), sets products, records capital, restructures and writes off. */
export const loanCommitteeRoles: readonly Role[] = ['coordinator', 'director'];
