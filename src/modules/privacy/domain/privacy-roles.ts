import { personDataRoles, type Role, sensitiveDataRoles, staffAdminRoles } from '../../../core/auth/roles.js';

/** Who exports a person's data for them (art. 15 and 20): those who read files; sensitive parts as on the file. */
export const privacyExportRoles: readonly Role[] = personDataRoles;
export { sensitiveDataRoles };

/** Who restricts processing at the person's request, and lifts it: the staff who follow people. */
export const restrictionRoles: readonly Role[] = ['counselor', 'program_referent', 'coordinator', 'director'];

/** Who anonymizes a file, irreversibly: those who answer for the organization's files. */
export const anonymizationRoles: readonly Role[] = ['coordinator', 'director', 'administrator'];

/** Who sets retention periods: directors and administrators. */
export const retentionSettingsRoles: readonly Role[] = staffAdminRoles;

/** Who reads and prints the register of processing activities. */
export const registerRoles: readonly Role[] = ['coordinator', 'director', 'administrator'];
