/** What other modules may ask of the sessions module. They never read its tables. */
export * as sessionsPersonData from './person-data.js';
