/**
 * The credential recognition contracts (docs/recognition.md), one file per part in ./recognition/.
 * This file re-exports them all: the modules, the web app and the tests that collect every route of
 * src/contracts import from here.
 */
export {
  caseClosingReasons,
  caseStatuses,
  caseStepStatuses,
  occupationSchemes,
  pathwayCurrencies,
  pathwayStepKinds,
  recognisedCredentialKinds,
  recognitionResults,
  stepPayers,
} from '../modules/recognition/domain/vocabulary.js';
export * from './recognition/cases.js';
export * from './recognition/figures.js';
export * from './recognition/pathways.js';
