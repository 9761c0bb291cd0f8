/** What other modules may use of the hand-offs module. */
export * as handoffsPersonData from './person-data.js';
