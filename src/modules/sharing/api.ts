/** What other modules may ask of sharing: the sections of a file as a partner reads them. */
export {
  documentsOf,
  employmentOf,
  planOf,
  regionalizationPlanOf,
  sessionsOf,
} from './section-readers.js';
