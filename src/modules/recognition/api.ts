/**
 * What other modules may ask of the recognition module. They never read its tables. Privacy exports
 * and anonymizes through `recognitionPersonData`; outcomes counts the credentials recognition gave.
 */
import type { Executor } from '../../core/db/types.js';
import type { PersonIdQuery } from '../people/api.js';
import { readRecognitionCasesOf } from './adapters/outcome-facts-query.js';
import type { OccupationFootprint } from './domain/employed-in-field.js';
import type { OccupationScheme, RecognisedCredentialKind } from './domain/vocabulary.js';
import { footprintOf } from './use-cases/occupation-footprints.js';

export * from './domain/vocabulary.js';
export * as recognitionPersonData from './person-data.js';

/** A person's recognition case as the outcome measures see it: when it ran, and the credential it gave. */
export interface RecognitionSpell {
  personId: string;
  startedOn: string;
  /** The result's day or the closing day; null while the case is open. */
  endedOn: string | null;
  credential: { kind: RecognisedCredentialKind; obtainedOn: string } | null;
  /** The pathway's occupation and jurisdiction: "employed in one's field" compares a job's with it. */
  occupation: { scheme: OccupationScheme; code: string };
  jurisdiction: string;
}

/**
 * These people's recognition cases (a list of ids, or a query of them for a whole program), oldest
 * first per person. No permission is checked: the caller's use case decides who may count them.
 */
export async function recognitionSpellsOfPeople(
  db: Executor,
  personIds: readonly string[] | PersonIdQuery,
): Promise<RecognitionSpell[]> {
  const rows = await readRecognitionCasesOf(db, personIds);
  return rows.map((r) => ({
    personId: r.personId,
    startedOn: r.startedOn,
    endedOn: r.endedOn,
    credential:
      r.credentialKind && r.credentialObtainedOn
        ? { kind: r.credentialKind as RecognisedCredentialKind, obtainedOn: r.credentialObtainedOn }
        : null,
    occupation: { scheme: r.occupationScheme as OccupationScheme, code: r.occupationCode },
    jurisdiction: r.jurisdiction,
  }));
}

/**
 * The dated, typed credentials these people obtained through a recognised or partial result, oldest
 * first per person: what credential attainment and "employed in one's field" count.
 */
export async function credentialsOfPeople(
  db: Executor,
  personIds: readonly string[] | PersonIdQuery,
): Promise<
  {
    personId: string;
    obtainedOn: string;
    kind: RecognisedCredentialKind;
    occupation: RecognitionSpell['occupation'];
    jurisdiction: string;
  }[]
> {
  return (await recognitionSpellsOfPeople(db, personIds)).flatMap((s) =>
    s.credential
      ? [{ personId: s.personId, ...s.credential, occupation: s.occupation, jurisdiction: s.jurisdiction }]
      : [],
  );
}

/**
 * The credentials of `credentialsOfPeople`, each with the field it opens: what its pathway's occupation
 * stands on through the crosswalks (ESCO occupations, ISCO unit groups, national codes). Outcomes compares
 * an exit's job with them for "employed in one's field" (`sameField`, domain/employed-in-field.ts).
 */
export async function credentialFieldsOfPeople(
  db: Executor,
  personIds: readonly string[] | PersonIdQuery,
): Promise<(Awaited<ReturnType<typeof credentialsOfPeople>>[number] & { field: OccupationFootprint })[]> {
  return (await credentialsOfPeople(db, personIds)).map((c) => ({ ...c, field: footprintOf(c.occupation) }));
}

/** The cases of `recognitionSpellsOfPeople` as a query to embed, for figures the database counts. */
export { recognitionCasesQuery } from './adapters/outcome-facts-query.js';
export type { OccupationFootprint } from './domain/employed-in-field.js';
/**
 * What a contract's occupation (its ESCO occupation, the ISCO code it was recorded with) stands on, to
 * compare with a credential's field; empty when the contract names neither.
 */
export { footprintOfJob as jobOccupationFootprint } from './use-cases/occupation-footprints.js';
