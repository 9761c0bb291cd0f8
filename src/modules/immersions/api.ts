/**
 * What other modules may ask of the immersions module. They never read its tables. Privacy exports
 * and anonymizes through `immersionsPersonData`; outcomes may count immersions by their status.
 */
export { type ImmersionStatus, immersionStatuses, immersionStatusOf } from './domain/immersion-status.js';
export * from './domain/vocabulary.js';
export * as immersionsPersonData from './person-data.js';
