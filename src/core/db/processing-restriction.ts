import { type AppError, defineError } from '../errors.js';

/**
 * The SQLSTATE raised by the trigger of migration 0027 when a change touches a person whose
 * processing is restricted (GDPR art. 18), whichever module made it.
 */
export const processingRestrictedSqlState = 'PR018';

export const processingRestricted = defineError('PERSON_PROCESSING_RESTRICTED', 'conflict', {
  en: 'Processing of this person’s data is restricted at their request: their file can be read but not changed until the restriction is lifted. Nothing was changed.',
  fr: 'Le traitement des données de cette personne est limité à sa demande : son dossier se consulte mais ne se modifie plus jusqu’à la levée de la limitation. Rien n’a été modifié.',
});

/** The error a person sees for a change the database refused because of a restriction; undefined otherwise. */
export function processingRestrictedError(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return code === processingRestrictedSqlState ? processingRestricted() : undefined;
}
