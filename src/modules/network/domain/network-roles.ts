import { personDataRoles, type Role } from '../../../core/auth/roles.js';

/**
 * Who keeps the partner network, its convenings and attendance: the staff who work with people's files
 * (counselors meet partners every week); funders read figures only.
 */
export const networkRoles: readonly Role[] = personDataRoles;

/** Who keeps the bulletin's mailing list and sends an issue to every subscriber. */
export const bulletinRoles: readonly Role[] = ['program_referent', 'coordinator', 'director'];
