/**
 * What other modules may ask of the recognition module. They never read its tables. Privacy exports
 * and anonymizes through `recognitionPersonData`; outcomes counts the credentials recognition gave.
 */
import type { Executor } from '../../core/db/types.js';
import { casesRepository } from './adapters/cases-repository.js';
import type { RecognisedCredentialKind } from './domain/vocabulary.js';

export * from './domain/vocabulary.js';
export * as recognitionPersonData from './person-data.js';

export interface RecognisedCredential {
  personId: string;
  /** The day the credential was obtained. */
  obtainedOn: string;
  /** Typed like the outcomes module's credentials (a licence, a certification, a degree's equivalence…). */
  kind: RecognisedCredentialKind;
  /** A partial recognition gives a credential with conditions still to meet. */
  result: 'recognised' | 'partial';
  /** The pathway (an occupation in a jurisdiction) it was obtained on: "employed in one's field" compares it. */
  pathwayId: string;
}

/**
 * The dated, typed credentials these people obtained through a recognised or partial result, oldest
 * first per person. No permission is checked: the caller's use case decides who may count them.
 */
export async function credentialsOfPeople(
  db: Executor,
  personIds: readonly string[],
): Promise<RecognisedCredential[]> {
  const rows: RecognisedCredential[] = [];
  // A large program would bind more parameters than a statement takes: a few thousand ids at a time.
  for (let start = 0; start < personIds.length; start += 5_000)
    rows.push(...(await casesRepository(db).credentialsOfPeople(personIds.slice(start, start + 5_000))));
  return rows;
}
