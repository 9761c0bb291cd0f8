import { followUpRoles, personDataRoles, type Role } from '../../../core/auth/roles.js';

/**
 * Who reads the employers directory (and its contacts' names): the staff who work with people's files;
 * funders read figures only (employment design note).
 */
export const employerReadRoles: readonly Role[] = personDataRoles;

/** Who adds and changes employers, their sites, contacts, commitments and engagement history. */
export const employerWriteRoles: readonly Role[] = followUpRoles;
