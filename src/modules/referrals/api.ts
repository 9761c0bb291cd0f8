/** What other modules may ask of referrals. They never read its tables. */
export * as referralsPersonData from './person-data.js';
