/** The front door's part in the person's rights (export, anonymization). */
import type { Executor } from '../../core/db/types.js';
import { frontDoorRepository } from './adapters/front-door-repository.js';

/** The requests through the front door that became this file (the status they gave is not repeated: the file has its own). */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const requests = await frontDoorRepository(db).ofPerson(organizationId, personId);
  return {
    frontDoorRequests: requests.map((r) => ({
      id: r.id,
      receivedAt: r.receivedAt.toISOString(),
      repeatCount: r.repeatCount,
      language: r.language,
      givenName: r.givenName,
      familyName: r.familyName,
      birthYear: r.birthYear,
      email: r.email,
      phone: r.phone,
      residenceCountry: r.residenceCountry,
      residenceCity: r.residenceCity,
      languages: r.languages,
      occupation: r.occupation,
      occupationCode: r.occupationCode,
      regionsSought: r.regionsSought,
      anyRegion: r.anyRegion,
      communityKinds: r.communityKinds,
      communityNeeds: r.communityNeeds,
      household: r.household,
      message: r.message,
      consentTextVersion: r.consentTextVersion,
      consentGivenAt: r.consentGivenAt.toISOString(),
    })),
  };
}

/** The requests stay counted (when, where routed, household size) but lose names, contacts and free text. */
export function anonymizePersonData(db: Executor, organizationId: string, personId: string, now: Date) {
  return frontDoorRepository(db).anonymize({ organizationId, personId }, now);
}
