/**
 * The outcomes contracts (docs/outcomes.md), one file per part in ./outcomes/. This file re-exports
 * them all: the modules, the web app and the tests that collect every route of src/contracts import
 * from here.
 */
export {
  attemptResults,
  exitOutcomes,
  exitVerdicts,
  followUpFormLanguages,
  wageBands,
} from '../modules/outcomes/domain/vocabulary.js';
export * from './outcomes/exits.js';
export * from './outcomes/figures.js';
export * from './outcomes/follow-ups.js';
export * from './outcomes/public-follow-up.js';
export * from './outcomes/rules.js';
