import type { Role } from '../../../core/auth/roles.js';

/** Who merges two files of the organization and undoes a merge (the web hides the buttons from others). */
export const mergeRoles: readonly Role[] = ['counselor', 'coordinator'];

/** Who runs the batch over a consortium: coordinators and directors of its coordinating organization. */
export const duplicateRunRoles: readonly Role[] = ['coordinator', 'director'];
