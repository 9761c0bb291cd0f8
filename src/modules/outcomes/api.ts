/**
 * What other modules may ask of the outcomes module. They never read its tables. Privacy exports and
 * anonymizes through `outcomesPersonData`.
 */
export * from './domain/vocabulary.js';
export * as outcomesPersonData from './person-data.js';
