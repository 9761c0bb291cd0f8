/**
 * What other modules may ask of the people module. They never read its tables.
 * The people module implements these functions in its adapters.
 */
export type { ImmigrationStatus } from './domain/immigration-status.js';
export { immigrationStatuses, internationalProtection } from './domain/immigration-status.js';

/** The facts eligibility rules are evaluated on; dates are 'YYYY-MM-DD'. */
export interface EligibilityFacts {
  personId: string;
  organizationId: string;
  birthDate: string | null;
  immigrationStatus: import('./domain/immigration-status.js').ImmigrationStatus | null;
  /** Date the current status was granted (or the application filed, for asylum seekers). */
  statusDate: string | null;
  asylumApplicationDate: string | null;
  arrivalDate: string | null;
  hasForeignDegree: boolean;
  residenceCountry: string | null;
  residenceRegion: string | null;
  residenceCity: string | null;
  householdSize: number;
  /** Shared by the members of one household, so that programs can count households (Québec). */
  householdKey: string;
}
