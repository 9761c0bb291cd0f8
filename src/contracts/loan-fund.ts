/**
 * The loan fund's contracts, one file per part in ./loan-fund/. This file re-exports them all: the
 * modules, the web app and the tests that collect every route of src/contracts import from here.
 */

export * from './loan-fund/applications.js';
export * from './loan-fund/books.js';
export * from './loan-fund/funds.js';
export * from './loan-fund/loans.js';
export { applicationStatuses, loanPurposes, paymentMethods } from './loan-fund/shared.js';
