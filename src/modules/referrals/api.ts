/** What other modules may ask of referrals. They never read its tables. */

/**
 * A program's figures of what its organizations send each other, over facts a module gives as a query
 * of its own tables (the hand-offs' figures use it): aggregated in SQL, small cells suppressed.
 */
export type { ExchangeFactsQuery } from './adapters/exchange-aggregates.js';
export * as referralsPersonData from './person-data.js';
export { exchangeFiguresOfProgram } from './use-cases/exchange-figures-of-program.js';
