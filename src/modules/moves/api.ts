/** What other modules may use of the moves module. */
export * as movesPersonData from './person-data.js';
