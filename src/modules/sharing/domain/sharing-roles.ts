import { followUpRoles, type Role } from '../../../core/auth/roles.js';

/**
 * Who reads the files partners share: staff who follow people. Funders and administrators see figures
 * and settings, never a partner's file. Shared with the web app, whose menu offers "Shared with us" to
 * these roles only.
 */
export const sharedFileRoles: readonly Role[] = followUpRoles;
