/**
 * What other modules may ask of the partner network: nothing reads its tables. Its roles and words are
 * here for the web app and the tests.
 */
export { bulletinRoles, networkRoles } from './domain/network-roles.js';
export * from './domain/vocabulary.js';
