/** What other modules may ask of the loan fund. They never read its tables. */
export * as loanFundPersonData from './person-data.js';
