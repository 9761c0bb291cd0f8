/** What other modules may ask of outreach. They never read its tables. */
export * as outreachPersonData from './person-data.js';
