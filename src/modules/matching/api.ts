/**
 * What other modules may ask of the matching module: its part in the person's rights. The web app and
 * the routes reach the matches through the use cases.
 */
export * as matchingPersonData from './person-data.js';
