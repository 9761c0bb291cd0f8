/** Where an offer came from: the employer directly, France Travail or another job board, the network. */
export const offerSources = [
  'employer',
  'public_employment_service',
  'job_board',
  'network',
  'other',
] as const;
export type OfferSource = (typeof offerSources)[number];

/** Who reads offers and who writes them: the same roles as the employers directory. */
export {
  employerReadRoles as offerReadRoles,
  employerWriteRoles as offerWriteRoles,
} from '../../employers/api.js';
