import { followUpRoles, programAdminRoles, type Role } from '../../../core/auth/roles.js';

/** Who files requests for the people they follow (the member organization). */
export const aidFilingRoles: readonly Role[] = followUpRoles;
/** Who decides and pays requests, on the side of the organization that steers the program. */
export const aidDecisionRoles: readonly Role[] = ['program_referent', 'coordinator', 'director'];
/** Who sets the rules and records allocations to the budget (the program's administrators). */
export const aidAdminRoles: readonly Role[] = programAdminRoles;
/** Who reads the budget and the aid reports of a program it steers. */
export const aidBudgetRoles: readonly Role[] = [
  'program_referent',
  'coordinator',
  'director',
  'administrator',
];
