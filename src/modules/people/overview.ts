/**
 * Who the person is, for the overview that opens their file (composed by the caseload module): names
 * in both scripts, age, referent, consents, and the immigration status with its dates only for the
 * roles that may see it. Scoped like the file: the actor's organization must follow the person.
 */
import type { Actor } from '../../core/auth/actor.js';
import { ageOn } from '../../core/calendar.js';
import type { KeyRing } from '../../core/crypto/key-ring.js';
import type { Executor } from '../../core/db/types.js';
import { occupationNamer } from '../reference/api.js';
import { peopleRepository } from './adapters/people-repository.js';
import { isConsentInForce } from './domain/consent.js';
import { seesSensitive, visiblePerson } from './use-cases/person-access.js';

export interface PersonHighlights {
  id: string;
  givenName: string;
  familyName: string;
  givenNameOriginal: string | null;
  familyNameOriginal: string | null;
  age: number | null;
  city: string | null;
  preferredLanguage: string | null;
  /** Occupations held, the latest first; an ESCO occupation in the actor's language. */
  occupations: string[];
  referentUserId: string | null;
  /** Null for the roles that may not see it (then `sensitiveHidden`). */
  status: {
    immigrationStatus: string | null;
    statusDate: string | null;
    asylumApplicationDate: string | null;
  } | null;
  sensitiveHidden: boolean;
  consents: { purpose: string; inForce: boolean; expiresOn: string | null; revokedOn: string | null }[];
}

/** Throws the file's errors (role refused 403, not followed 404) so that the overview answers as the file. */
export async function personHighlights(
  db: Executor,
  keyRing: KeyRing | undefined,
  actor: Actor,
  personId: string,
  today: string,
): Promise<PersonHighlights> {
  const person = await visiblePerson(db, actor, personId);
  const repo = peopleRepository(db, keyRing);
  const sensitive = seesSensitive(actor);
  // Opened only for the roles that may see it: for the others it stays sealed, even in memory.
  const status = sensitive ? repo.statusOf(person) : null;
  const [consents, occupations] = await Promise.all([
    repo.consentsOf(person.id),
    repo.occupationsOf(person.id),
  ]);
  const occupationName = await occupationNamer(
    db,
    occupations.map((o) => o.esco_id),
    actor.locale,
  );
  return {
    id: person.id,
    givenName: person.givenName,
    familyName: person.familyName,
    givenNameOriginal: person.givenNameOriginal,
    familyNameOriginal: person.familyNameOriginal,
    age: person.birthDate ? ageOn(person.birthDate, today) : null,
    city: person.city,
    preferredLanguage: person.preferredLanguage,
    occupations: [
      ...new Set(occupations.map((o) => occupationName(o.esco_id, person.sex) ?? o.occupation_label)),
    ],
    referentUserId: person.referentUserId,
    status: status
      ? {
          immigrationStatus: status.immigrationStatus,
          statusDate: status.statusDate,
          asylumApplicationDate: status.asylumApplicationDate,
        }
      : null,
    sensitiveHidden: !sensitive,
    consents: consents.map((c) => {
      const record = {
        purpose: c.purpose,
        partnerOrganizationIds: c.partner_organization_ids,
        givenOn: c.given_on,
        expiresOn: c.expires_on,
        revokedOn: c.revoked_on,
      };
      return {
        purpose: c.purpose,
        inForce: isConsentInForce(record, today),
        expiresOn: c.expires_on,
        revokedOn: c.revoked_on,
      };
    }),
  };
}
